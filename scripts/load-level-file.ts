// Reading level and replay files from disk for the command-line tools: a bad file prints its problems
// (file, JSON path, what was expected) and exits non-zero, never a stack trace.

import { readFileSync } from 'node:fs';
import type { Level } from '../src/levels/level';
import { formatLevelProblems, type LevelProblem } from '../src/levels/level-problem';
import { parseLevelText } from '../src/levels/parse-level';
import { parseJsonText } from '../src/levels/parse-json-text';
import { parseReplay, type Replay } from '../src/replay/replay-file';

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail([{ file, path: '$', message: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})` }]);
  }
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
  if (parsed.replay.level !== level.meta.id) {
    return fail([{ file, path: '$.level', message: `this replay is for level "${parsed.replay.level}", not "${level.meta.id}"` }]);
  }
  return parsed.replay;
}

export function fail(problems: readonly LevelProblem[]): never {
  process.stderr.write(`${formatLevelProblems(problems)}\n`);
  process.exit(1);
}
