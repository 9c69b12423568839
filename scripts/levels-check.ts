// `npm run levels:check -- levels/*.json`: checks level files the way the game will read them, so a
// trainer sees every problem (file, JSON path, what was expected) before a session, not during one.
// Replays beside a level (`*.replay.json`) are checked too: their shape, and a headless play-through
// against the level they name in which no command may be refused.
// Exits 1 if any file is bad or missing, or none was given. Never prints a stack trace.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseJsonText } from '../src/levels/parse-json-text';
import { formatLevelProblems, parseLevelText, type LevelProblem } from '../src/levels/parse-level';
import { checkReplay } from '../src/replay/check-replay';

const USAGE = 'usage: npm run levels:check -- levels/my-level.json [more.json …]';

const REPLAY_SUFFIX = '.replay.json';

function checkFile(file: string): boolean {
  const text = readText(file);
  if (text === null) return false;
  return file.endsWith(REPLAY_SUFFIX) ? checkReplayFile(file, text) : checkLevelFile(file, text);
}

function checkReplayFile(file: string, text: string): boolean {
  const json = parseJsonText(text, file);
  if (!json.ok) return fail(json.problems);
  const checked = checkReplay(json.value, file, (levelId) => {
    const levelFile = join(dirname(file), `${levelId}.json`);
    const levelText = readText(levelFile);
    if (levelText === null) return `this replay is for level "${levelId}", and ${levelFile} cannot be read`;
    const level = parseLevelText(levelText, levelFile);
    return level.ok ? level.level : `this replay is for level "${levelId}", and ${levelFile} has problems of its own`;
  });
  if (!checked.ok) return fail(checked.problems);
  process.stdout.write(`ok  ${file} (replay "${checked.replay.title}": ${checked.replay.commands.length} commands, ${checked.outcome})\n`);
  return true;
}

function fail(problems: readonly LevelProblem[]): false {
  report(problems);
  return false;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`;
    report([{ file, path: '$', message: why }]);
    return null;
  }
}

function checkLevelFile(file: string, text: string): boolean {
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
