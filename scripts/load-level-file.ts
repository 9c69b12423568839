// Reading level and replay files from disk for the command-line tools: a bad file prints its problems
// (file, JSON path, what was expected) and exits non-zero, never a stack trace. A file that is not a
// plain file (a folder, /dev/zero), is too big to be a level, or is not UTF-8 text is refused before
// it is read as JSON.

import { readFileSync, statSync } from 'node:fs';
import type { Level } from '../src/levels/level';
import { formatLevelProblems, type LevelProblem } from '../src/levels/level-problem';
import { parseLevelText } from '../src/levels/parse-level';
import { MAX_FILE_CHARS, parseJsonText } from '../src/levels/parse-json-text';
import { parseReplay, replayMismatch, type Replay } from '../src/replay/replay-file';

export type TextRead = { ok: true; text: string } | { ok: false; problems: LevelProblem[] };

/** The file's text, or why it cannot be a level or replay file. */
export function readFileText(file: string): TextRead {
  const problem = (message: string): TextRead => ({ ok: false, problems: [{ file, path: '$', message }] });
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return problem('is a folder, not a file');
    // A device or a pipe may never end (/dev/zero): only plain files are read.
    if (!stat.isFile()) return problem('is not a plain file');
    if (stat.size > MAX_FILE_CHARS) return problem(`the file has ${stat.size} bytes; a level or replay file has at most ${MAX_FILE_CHARS}`);
    const bytes = readFileSync(file);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return problem(`${notUtf8At(bytes)}: the file is not UTF-8 text; save it as UTF-8 in your editor`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`);
  }
}

/** Where the first byte that is not UTF-8 is, as "line L, column C" of the text an editor shows. */
function notUtf8At(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  const before = text.slice(0, Math.max(0, at));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `at line ${line}, column ${column}`;
}

export function readText(file: string): string {
  const read = readFileText(file);
  return read.ok ? read.text : fail(read.problems);
}

export function loadLevelFile(file: string): Level {
  const parsed = parseLevelText(readText(file), file);
  return parsed.ok ? parsed.level : fail(parsed.problems);
}

export function loadReplayFile(file: string, level: Level): Replay {
  const json = parseJsonText(readText(file), file);
  if (!json.ok) return fail(json.problems);
  const parsed = parseReplay(json.value, file);
  if (!parsed.ok) return fail(parsed.problems);
  const mismatch = replayMismatch(parsed.replay, level, file);
  return mismatch.length > 0 ? fail(mismatch) : parsed.replay;
}

export function fail(problems: readonly LevelProblem[]): never {
  process.stderr.write(`${formatLevelProblems(problems)}\n`);
  process.exit(1);
}
