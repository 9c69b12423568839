// A replay file: which level it is for, and the commands of a run with the tick each was given at.
// Read like a level file: every problem named with the file, the JSON path and what was expected.

import { z } from 'zod';
import { capProblems, checkJsonLimits } from '../levels/check-json-limits';
import { fields, list, matching, name, text, wholeNumber, wholeNumberUpTo } from '../levels/field-schemas';
import type { Level } from '../levels/level';
import type { LevelProblem } from '../levels/level-problem';
import { MAX_SHIFT_SECONDS } from '../levels/level-schema';
import { schemaProblems } from '../levels/schema-problems';
import { ticksFor } from '../sim/ticks';
import { allCommandShapes, commandSchema } from './command-schema';
import type { TimedCommand } from './play-run';
import { DEBRIEF_EXPORT_FORMAT } from './replay-json';

export { DEBRIEF_EXPORT_FORMAT, replayJson } from './replay-json';

export interface Replay {
  level: string;
  title: string;
  description: string;
  /** The seed the run was recorded with, if it was recorded; reference replays work with any seed. */
  seed: number | null;
  commands: TimedCommand[];
}

/** A shift of 12 hours with a command every 10 seconds; a real run has tens. */
export const MAX_REPLAY_COMMANDS = 5_000;
/** No one types faster; a team at one tick gives a few. More is a file whose ticks went wrong. */
export const MAX_COMMANDS_PER_TICK = 50;
/** The last tick any level has (ticksFor(MAX_SHIFT_SECONDS)); the level at hand may end sooner. */
const MAX_TICK = ticksFor(MAX_SHIFT_SECONDS);

const entrySchema = z.looseObject({ atTick: wholeNumberUpTo(0, { max: MAX_TICK, words: `tick ${MAX_TICK} (a tick is a game second; no level lasts more than 12 hours)` }) });

const replaySchema = fields('a replay: a JSON object with replayVersion, level, title and commands', {
  replayVersion: z.literal(1, { error: (issue) => `expected 1 (the only replay format so far), got ${JSON.stringify(issue.input)}` }),
  level: matching(/^[a-z0-9-]+$/, 'the id of the level this replay is for, such as "apache-snafu"'),
  title: name(),
  description: text().optional(),
  seed: wholeNumber(0).optional(),
  commands: list(entrySchema, 'commands, each with an atTick and a type', 0, MAX_REPLAY_COMMANDS),
});

export type ReplayParse = { ok: true; replay: Replay } | { ok: false; problems: LevelProblem[] };

export function parseReplay(json: unknown, file: string): ReplayParse {
  // A debrief downloaded from the game carries its run: read that as the replay. Only its replay is read
  // (a debrief within a debrief is not one), so nothing here recurses however the file nests.
  const exported = json as { format?: unknown; replay?: unknown } | null;
  const isExport = typeof exported === 'object' && exported !== null && !Array.isArray(exported) && Object.hasOwn(exported, 'replay') && exported.format === DEBRIEF_EXPORT_FORMAT;
  try {
    const result = isExport ? readReplay(exported.replay, `${file} (its replay)`) : readReplay(json, file);
    return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
  } catch (error) {
    // Only a bug in the checks can land here; the trainer still gets a line instead of a stack trace.
    return { ok: false, problems: [{ file, path: '$', message: `the replay could not be checked (${error instanceof Error ? error.message : String(error)})` }] };
  }
}

function readReplay(json: unknown, file: string): ReplayParse {
  // Depth, odd field names (`__proto__`) and broken text before the schema, which walks recursively and
  // would drop a `__proto__` field without a word.
  const limits = checkJsonLimits(json, file);
  if (limits.length > 0) return { ok: false, problems: limits };
  const parsed = replaySchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(replaySchema, parsed.error.issues, file) };
  const problems: LevelProblem[] = [];
  const commands: TimedCommand[] = [];
  const perTick = new Map<number, number>();
  parsed.data.commands.forEach((entry, index) => {
    const { atTick, ...command } = entry;
    const checked = commandSchema.safeParse(command);
    if (!checked.success) {
      const issues = checked.error.issues.map((issue) => ({ ...issue, path: ['commands', index, ...issue.path] }));
      // The command's own shape, so an unknown field gets the fields that command does take.
      const shape = allCommandShapes.find((candidate) => candidate.shape.type.value === command['type']) ?? commandSchema;
      problems.push(...schemaProblems(z.object({ commands: z.array(shape) }), issues, file));
      return;
    }
    // The last command read well: one that failed its shape above is not in the list.
    const previous = commands.at(-1);
    if (previous !== undefined && atTick < previous.atTick) {
      problems.push({ file, path: `$.commands[${index}].atTick`, message: `expected commands in time order, got tick ${atTick} after tick ${previous.atTick}` });
    }
    const atThisTick = (perTick.get(atTick) ?? 0) + 1;
    perTick.set(atTick, atThisTick);
    if (atThisTick === MAX_COMMANDS_PER_TICK + 1) {
      problems.push({
        file,
        path: `$.commands[${index}]`,
        message: `more than ${MAX_COMMANDS_PER_TICK} commands at tick ${atTick}; a replay gives at most ${MAX_COMMANDS_PER_TICK} in one tick (are the atTick values right?)`,
      });
    }
    commands.push({ atTick, command: checked.data });
  });
  if (problems.length > 0) return { ok: false, problems };
  const { level, title, description, seed } = parsed.data;
  return { ok: true, replay: { level, title, description: description ?? '', seed: seed ?? null, commands } };
}

/**
 * What a replay must agree on with the level it is played on: it is for that level, and none of its
 * commands comes after the level's time limit, where it would never be given.
 */
export function replayMismatch(replay: Replay, level: Level, file: string): LevelProblem[] {
  if (replay.level !== level.meta.id) return [{ file, path: '$.level', message: `this replay is for level "${replay.level}", not "${level.meta.id}"` }];
  const lastTick = ticksFor(level.sim.resolution.timeLimitSeconds);
  const index = replay.commands.findIndex((entry) => entry.atTick > lastTick);
  if (index < 0) return [];
  const late = replay.commands.length - index;
  return [
    {
      file,
      path: `$.commands[${index}].atTick`,
      message: `tick ${replay.commands[index]!.atTick} is after the level's time limit (tick ${lastTick}: resolution.timeLimitSeconds of level "${level.meta.id}"), so ${late === 1 ? 'this command' : `this command and the ${late - 1} after it`} would never be given`,
    },
  ];
}
