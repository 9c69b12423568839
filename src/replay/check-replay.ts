// Checks a replay against its level the way a trainer needs before a session: the file's shape first,
// then whether it belongs to this level, then a headless play-through in which any command the world
// refuses (an unknown host, a switch the level lacks) is reported at its place in the file.

import type { Level } from '../levels/level';
import type { LevelProblem } from '../levels/level-problem';
import type { SimEvent } from '../sim/events';
import { playRun } from './play-run';
import { parseReplay, type Replay } from './replay-file';

export type ReplayCheck = { ok: true; replay: Replay; outcome: string } | { ok: false; problems: LevelProblem[] };

export function checkReplay(json: unknown, file: string, levelFor: (levelId: string) => Level | string): ReplayCheck {
  const parsed = parseReplay(json, file);
  if (!parsed.ok) return parsed;
  const replay = parsed.replay;
  const level = levelFor(replay.level);
  if (typeof level === 'string') return { ok: false, problems: [{ file, path: '$.level', message: level }] };

  const { state, events } = playRun(level.sim, replay.seed ?? 1, replay.commands);
  const problems = refusals(events).map((refusal) => ({
    file,
    path: `$.commands[${indexOfRefused(replay, refusal)}]`,
    message: `refused at tick ${refusal.tick}: ${refusal.reason}`,
  }));
  if (problems.length > 0) return { ok: false, problems };
  const outcome = state.incident.outcome;
  return { ok: true, replay, outcome: outcome ? `${outcome.result} at tick ${outcome.endedAtTick}` : 'still running at the time limit' };
}

type Refusal = Extract<SimEvent, { type: 'command-refused' }>;

function refusals(events: readonly SimEvent[]): Refusal[] {
  return events.filter((event): event is Refusal => event.type === 'command-refused');
}

/** The first command at the refusal's tick with the refused type: commands at one tick run in file order. */
function indexOfRefused(replay: Replay, refusal: Refusal): number {
  return replay.commands.findIndex((entry) => entry.atTick === refusal.tick && entry.command.type === refusal.command);
}
