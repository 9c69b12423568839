// `npm run levels:check -- levels/*.json`: checks level files the way the game will read them, so a
// trainer sees every problem (file, JSON path, what was expected) before a session, not during one.
// Replays beside a level (`*.replay.json`) are checked too: their shape, and a headless play-through
// against the level they name in which no command may be refused. Level ids must be unique across the
// files given: the game's menu would show only one of two levels with the same id.
// Exits 1 if any file is bad or missing, or none was given. Never prints a stack trace.

import { dirname, join } from 'node:path';
import { duplicateIdProblems } from '../src/levels/level-ids';
import { parseJsonText } from '../src/levels/parse-json-text';
import { formatLevelProblems, parseLevelText, type LevelParseResult, type LevelProblem } from '../src/levels/parse-level';
import { checkReplay } from '../src/replay/check-replay';
import { readFileText } from './load-level-file';

const USAGE = 'usage: npm run levels:check -- levels/my-level.json [more.json …]';

const REPLAY_SUFFIX = '.replay.json';

function checkReplayFile(file: string, text: string): boolean {
  const json = parseJsonText(text, file);
  if (!json.ok) return fail(json.problems);
  const checked = checkReplay(json.value, file, (levelId) => {
    const levelFile = join(dirname(file), `${levelId}.json`);
    const levelText = readFileText(levelFile);
    if (!levelText.ok) return `this replay is for level "${levelId}", and ${levelFile} cannot be read (${levelText.problems[0]?.message ?? 'unknown reason'})`;
    const level = parseLevelText(levelText.text, levelFile);
    return level.ok ? level.level : `this replay is for level "${levelId}", and ${levelFile} has problems of its own`;
  });
  if (!checked.ok) return fail(checked.problems);
  process.stdout.write(`ok  ${file} (replay "${checked.replay.title}": ${checked.replay.commands.length} commands, ${checked.outcome})\n`);
  return true;
}

function checkLevelFile(file: string, parsed: LevelParseResult, duplicate: LevelProblem | undefined): boolean {
  if (!parsed.ok) return fail(parsed.problems);
  if (duplicate) return fail([duplicate]);
  const hosts = parsed.level.sim.tiers.reduce((sum, tier) => sum + tier.count, 0);
  process.stdout.write(`ok  ${file} (${parsed.level.meta.title}, ${hosts} hosts)\n`);
  return true;
}

function fail(problems: readonly LevelProblem[]): false {
  process.stdout.write(`${formatLevelProblems(problems)}\n`);
  return false;
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  // Every file is read first, so a level whose id an earlier one has is known before anything is printed.
  const read = [...new Set(files)].map((file) => {
    const text = readFileText(file);
    const isReplay = file.endsWith(REPLAY_SUFFIX);
    return { file, text, level: text.ok && !isReplay ? parseLevelText(text.text, file) : null };
  });
  const ids = read.flatMap(({ file, level }) => (level?.ok ? [{ file, id: level.level.meta.id }] : []));
  const duplicates = new Map(duplicateIdProblems(ids, false).map((problem) => [problem.file, problem]));
  let allGood = true;
  // Every file is checked, even after a bad one, so one run lists all there is to fix.
  for (const { file, text, level } of read) {
    const good = !text.ok ? fail(text.problems) : level ? checkLevelFile(file, level, duplicates.get(file)) : checkReplayFile(file, text.text);
    if (!good) allGood = false;
  }
  return allGood ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`levels:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
