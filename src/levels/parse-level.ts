// Reads a level file into a Level, or says everything that is wrong with it. Three stages: the schema
// (types, ranges, unknown fields), then cross-references between fields, then conversion to the
// simulation's config. Never throws: a bad file, or no file at all, comes back as problems.

import { capProblems, checkJsonLimits } from './check-json-limits';
import { checkReferences } from './check-references';
import type { Level } from './level';
import { jsonPath, type LevelProblem } from './level-problem';
import { levelSchema } from './level-schema';
import { parseJsonText } from './parse-json-text';
import { schemaProblems } from './schema-problems';
import { toLevel } from './to-level';

export { formatLevelProblems, type LevelProblem } from './level-problem';

export type LevelParseResult = { ok: true; level: Level } | { ok: false; problems: LevelProblem[] };

export function parseLevel(json: unknown, fileName: string): LevelParseResult {
  try {
    // Depth, odd field names and broken text first: the schema below walks the file recursively.
    const limits = checkJsonLimits(json, fileName);
    if (limits.length > 0) return { ok: false, problems: limits };
    const parsed = levelSchema.safeParse(json);
    if (!parsed.success) return { ok: false, problems: capProblems(schemaProblems(levelSchema, parsed.error.issues, fileName)) };
    const level = toLevel(parsed.data);
    const problems = checkReferences(level.sim).map((problem) => ({ file: fileName, path: jsonPath(problem.path), message: problem.message }));
    return problems.length > 0 ? { ok: false, problems: capProblems(problems) } : { ok: true, level };
  } catch (error) {
    // Only a bug in the checks can land here; the trainer still gets a line instead of a crashed menu.
    return { ok: false, problems: [{ file: fileName, path: '$', message: `the level could not be checked (${errorText(error)})` }] };
  }
}

/** Parses the file's text as JSON first; a syntax error is reported with its line and column. */
export function parseLevelText(text: string, fileName: string): LevelParseResult {
  const json = parseJsonText(text, fileName);
  return json.ok ? parseLevel(json.value, fileName) : json;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
