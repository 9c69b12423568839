// The catalog's rules, apart from where its files come from: each file is checked as levels:check checks
// it, a bad file is left out with its problems, and a second level with an id already taken (a copied file
// that kept its id) is left out and named while the original stays. The build runs these on levels/*.json
// (scripts/levels-plugin.ts), so the browser gets levels already checked and carries no schema library.

import type { Level } from './level';
import { duplicateIdProblems } from './level-ids';
import { formatLevelProblems, parseLevel, type LevelParseResult } from './parse-level';

export interface LevelCatalog {
  levels: Level[];
  /** One line a problem, as the title screen shows them: the file, the JSON path and what is wrong. */
  problems: string[];
}

/** A level file as read: its name (`levels/apache-snafu.json`) and what its checks said. */
export interface CheckedLevelFile {
  file: string;
  parsed: LevelParseResult;
}

/** The catalog of files already checked, in the order given (the build gives them sorted by name). */
export function catalogOfChecked(files: readonly CheckedLevelFile[]): LevelCatalog {
  const read: Array<{ file: string; level: Level }> = [];
  const problems: string[] = [];
  for (const { file, parsed } of files) {
    if (parsed.ok) read.push({ file, level: parsed.level });
    else problems.push(formatLevelProblems(parsed.problems));
  }
  const duplicates = duplicateIdProblems(
    read.map(({ file, level }) => ({ file, id: level.meta.id })),
    true,
  );
  for (const duplicate of duplicates) problems.push(formatLevelProblems([duplicate]));
  const leftOut = new Set(duplicates.map((problem) => problem.file));
  const levels = read.filter(({ file }) => !leftOut.has(file)).map(({ level }) => level);
  levels.sort(newcomerOrder);
  return { levels, problems };
}

/**
 * The order a newcomer meets the levels in, and the title's chooser shows them: the tutorial first (a new
 * player starts there), then the true story, then the same morning with hindsight (the tools the team
 * wished for, and a look at the change before it goes out), then the rest by title.
 */
export const NEWCOMER_FIRST: readonly string[] = ['a-quiet-shift', 'apache-snafu', 'hindsight'];

export function newcomerOrder(a: Level, b: Level): number {
  const rank = (level: Level): number => {
    const index = NEWCOMER_FIRST.indexOf(level.meta.id);
    return index === -1 ? NEWCOMER_FIRST.length : index;
  };
  return rank(a) - rank(b) || a.meta.title.localeCompare(b.meta.title);
}

/** The catalog of these files (their path from src/, `../levels/x.json` → their JSON, already read). */
export function catalogOf(jsonByPath: Readonly<Record<string, unknown>>): LevelCatalog {
  return catalogOfChecked(
    Object.keys(jsonByPath)
      .sort()
      .map((path) => {
        const file = path.replace(/^\.\.\//, '');
        return { file, parsed: parseLevel(jsonByPath[path], file) };
      }),
  );
}
