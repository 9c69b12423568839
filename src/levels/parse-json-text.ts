// Reads a file's text as JSON, for levels and replays alike: a syntax error becomes a problem with its
// line and column (path `$`), so a trainer is pointed at the exact spot rather than given a stack trace.

import { findJsonSyntaxError } from './find-json-error';
import type { LevelProblem } from './level-problem';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problems: LevelProblem[] };

/** A level is about 20 kB and a downloaded debrief of a long shift a few MB: past this, it is not one. */
export const MAX_FILE_CHARS = 20_000_000;

export function parseJsonText(text: string, fileName: string): JsonTextResult {
  if (text.length > MAX_FILE_CHARS) {
    return { ok: false, problems: [{ file: fileName, path: '$', message: `the file has ${text.length} characters; a level or replay file has at most ${MAX_FILE_CHARS}` }] };
  }
  // Some Windows editors start files with a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(body);
    const message = found
      ? `not valid JSON at line ${found.line}, column ${found.column}: ${found.message}`
      : `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, problems: [{ file: fileName, path: '$', message }] };
  }
}
