// `npm run levels:check -- levels/*.json`: checks level files the way the game will read them, so a
// trainer sees every problem (file, JSON path, what was expected) before a session, not during one.
// Exits 1 if any file is bad or missing, or none was given. Never prints a stack trace.

import { readFileSync } from 'node:fs';
import { formatLevelProblems, parseLevelText, type LevelProblem } from '../src/levels/parse-level';

const USAGE = 'usage: npm run levels:check -- levels/my-level.json [more.json …]';

/** Reference replays live beside their level, so `levels/*.json` names them too; they are not levels. */
const REPLAY_SUFFIX = '.replay.json';

function checkFile(file: string): boolean {
  if (file.endsWith(REPLAY_SUFFIX)) {
    process.stdout.write(`skip ${file} (a replay, not a level; npm run sim -- --replay reads it)\n`);
    return true;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`;
    report([{ file, path: '$', message: why }]);
    return false;
  }
  const parsed = parseLevelText(text, file);
  if (!parsed.ok) {
    report(parsed.problems);
    return false;
  }
  const hosts = parsed.level.sim.tiers.reduce((sum, tier) => sum + tier.count, 0);
  process.stdout.write(`ok  ${file} (${parsed.level.meta.title}, ${hosts} hosts)\n`);
  return true;
}

function report(problems: readonly LevelProblem[]): void {
  process.stdout.write(`${formatLevelProblems(problems)}\n`);
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  let allGood = true;
  // Every file is checked, even after a bad one, so one run lists all there is to fix.
  for (const file of files) if (!checkFile(file)) allGood = false;
  return allGood ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`levels:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
