// The headless runner: plays a level without a browser, with an optional replay of commands, and prints
// one JSON document (outcome, impact, the score, a timeline sampled every game minute, and every event;
// --no-events leaves the events out, after they have been scored).
//   npm run sim -- --level levels/apache-snafu.json --seed 7 [--replay levels/apache-snafu.historical.replay.json] [--no-events]

import { reportRun } from '../src/replay/run-report';
import { fail, loadLevelFile, loadReplayFile } from './load-level-file';

const USAGE = 'usage: npm run sim -- --level FILE [--seed N] [--replay FILE] [--no-events]';

function parseArguments(args: readonly string[]): { level: string; seed: number | null; replay: string | null; events: boolean } {
  const options = { level: '', seed: null as number | null, replay: null as string | null, events: true };
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) usage(`${name} needs a value`);
      return next;
    };
    if (name === '--level') options.level = value();
    else if (name === '--replay') options.replay = value();
    else if (name === '--no-events') options.events = false;
    else if (name === '--seed') {
      const seed = Number(value());
      if (!Number.isSafeInteger(seed) || seed < 0) usage('--seed takes a whole number, 0 or more');
      options.seed = seed;
    } else usage(`unknown option ${name}`);
  }
  if (options.level === '') usage('--level is required');
  return options;
}

function usage(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  process.exit(2);
}

const options = parseArguments(process.argv.slice(2));
try {
  const level = loadLevelFile(options.level);
  const replay = options.replay === null ? null : loadReplayFile(options.replay, level);
  const seed = options.seed ?? replay?.seed ?? 1;
  const report = reportRun(level, seed, replay?.commands ?? [], replay?.title ?? null);
  if (!options.events) report.events = [];
  process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
} catch (error) {
  // Only a bug lands here (a bad file is reported by the loaders): still one line, never a stack trace.
  fail([{ file: options.level, path: '$', message: `the simulation stopped: ${error instanceof Error ? error.message : String(error)}` }]);
}
