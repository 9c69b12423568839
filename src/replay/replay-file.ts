// A replay file: which level it is for, and the commands of a run with the tick each was given at.
// Read like a level file: every problem named with the file, the JSON path and what was expected.

import { z } from 'zod';
import { fields, list, matching, text, wholeNumber } from '../levels/field-schemas';
import type { LevelProblem } from '../levels/level-problem';
import { schemaProblems } from '../levels/schema-problems';
import { allCommandShapes, commandSchema } from './command-schema';
import type { TimedCommand } from './play-run';

export interface Replay {
  level: string;
  title: string;
  description: string;
  /** The seed the run was recorded with, if it was recorded; reference replays work with any seed. */
  seed: number | null;
  commands: TimedCommand[];
}

const entrySchema = z.looseObject({ atTick: wholeNumber(0) });

const replaySchema = fields('a replay: a JSON object with replayVersion, level, title and commands', {
  replayVersion: z.literal(1, { error: (issue) => `expected 1 (the only replay format so far), got ${JSON.stringify(issue.input)}` }),
  level: matching(/^[a-z0-9-]+$/, 'the id of the level this replay is for, such as "apache-snafu"'),
  title: text(),
  description: text().optional(),
  seed: wholeNumber(0).optional(),
  commands: list(entrySchema, 'commands, each with an atTick and a type'),
});

export type ReplayParse = { ok: true; replay: Replay } | { ok: false; problems: LevelProblem[] };

/** What the game's debrief export calls itself; its `replay` block is a replay file. */
export const DEBRIEF_EXPORT_FORMAT = 'apache-snafu-debrief';

/** A run as a replay file's JSON: what `npm run sim -- --replay` and the level check read. */
export function replayJson(level: string, title: string, seed: number, commands: readonly TimedCommand[]): object {
  return { replayVersion: 1, level, title, seed, commands: commands.map(({ atTick, command }) => ({ atTick, ...command })) };
}

export function parseReplay(json: unknown, file: string): ReplayParse {
  // A debrief downloaded from the game carries its run: read that as the replay.
  const exported = json as { format?: unknown; replay?: unknown } | null;
  if (typeof exported === 'object' && exported !== null && exported.format === DEBRIEF_EXPORT_FORMAT && 'replay' in exported) return parseReplay(exported.replay, `${file} (its replay)`);
  const parsed = replaySchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(replaySchema, parsed.error.issues, file) };
  const problems: LevelProblem[] = [];
  const commands: TimedCommand[] = [];
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
    if (index > 0 && atTick < commands.at(-1)!.atTick) {
      problems.push({ file, path: `$.commands[${index}].atTick`, message: `expected commands in time order, got tick ${atTick} after tick ${commands.at(-1)!.atTick}` });
    }
    commands.push({ atTick, command: checked.data });
  });
  if (problems.length > 0) return { ok: false, problems };
  const { level, title, description, seed } = parsed.data;
  return { ok: true, replay: { level, title, description: description ?? '', seed: seed ?? null, commands } };
}
