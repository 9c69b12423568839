// The bundled level and replay files, read the way the tools read them, for tests of the true story.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Level } from '../../src/levels/level';
import { parseJsonText } from '../../src/levels/parse-json-text';
import { formatLevelProblems, parseLevelText } from '../../src/levels/parse-level';
import { parseReplay, type Replay } from '../../src/replay/replay-file';

export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

export function bundledLevel(id = 'apache-snafu'): Level {
  const file = `levels/${id}.json`;
  const parsed = parseLevelText(readFileSync(repoPath(file), 'utf8'), file);
  if (!parsed.ok) throw new Error(formatLevelProblems(parsed.problems));
  return parsed.level;
}

export function bundledReplay(name: string, levelId = 'apache-snafu'): Replay {
  const file = `levels/${levelId}.${name}.replay.json`;
  const json = parseJsonText(readFileSync(repoPath(file), 'utf8'), file);
  if (!json.ok) throw new Error(formatLevelProblems(json.problems));
  const parsed = parseReplay(json.value, file);
  if (!parsed.ok) throw new Error(formatLevelProblems(parsed.problems));
  return parsed.replay;
}
