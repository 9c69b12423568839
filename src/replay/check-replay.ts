// Checks a replay against its level the way a trainer needs before a session: the file's shape first,
// then whether it belongs to this level, then a headless play-through in which any command the world
// refuses (an unknown host, a switch the level lacks) is reported at its place in the file.

import type { Level } from '../levels/level';
import type { LevelProblem } from '../levels/level-problem';
import type { SimEvent } from '../sim/events';
import type { SimConfig } from '../sim/config';
import { playRun, type PlayResult, type TimedCommand } from './play-run';
import { parseReplay, replayMismatch, type Replay } from './replay-file';

/** The play that checks it: the one a caller then scores too (the facilitator's page), so a run is played once. */
export type ReplayCheck = { ok: true; replay: Replay; outcome: string; played: PlayResult } | { ok: false; problems: LevelProblem[] };

/** How a run is played: playRun, or a test's wrapper that counts the plays. */
export type PlayFunction = (config: SimConfig, seed: number, commands: readonly TimedCommand[]) => PlayResult;

export function checkReplay(
  json: unknown,
  file: string,
  levelFor: (levelId: string) => Level | string,
  play: PlayFunction = (config, seed, commands) => playRun(config, seed, commands),
): ReplayCheck {
  const parsed = parseReplay(json, file);
  if (!parsed.ok) return parsed;
  const replay = parsed.replay;
  const level = levelFor(replay.level);
  if (typeof level === 'string') return { ok: false, problems: [{ file, path: '$.level', message: level }] };
  const mismatch = replayMismatch(replay, level, file);
  if (mismatch.length > 0) return { ok: false, problems: mismatch };

  const played = play(level.sim, replay.seed ?? 1, replay.commands);
  const { state, events } = played;
  const problems = refusals(events).map((refusal) => refusalProblem(file, replay, refusal));
  const outcome = state.incident.outcome;
  // Commands after the level ended were never given: a replay that only looks fine is worse than none.
  // A hand-over ends the level in the tick it is given: it was given, and so was what came before it then.
  const handOver = outcome?.reason === 'player-ended' ? replay.commands.findIndex((entry) => entry.atTick === outcome.endedAtTick && entry.command.type === 'end-incident') : -1;
  replay.commands.forEach((entry, index) => {
    const given = index <= handOver && entry.atTick === outcome?.endedAtTick;
    if (outcome && entry.atTick >= outcome.endedAtTick && !given) {
      problems.push({ file, path: `$.commands[${index}]`, message: `never given: the level ended at tick ${outcome.endedAtTick}, before tick ${entry.atTick}` });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, replay, outcome: outcome ? `${outcome.result} at tick ${outcome.endedAtTick}` : 'still running at the time limit', played };
}

type Refusal = Extract<SimEvent, { type: 'command-refused' }>;

function refusals(events: readonly SimEvent[]): Refusal[] {
  return events.filter((event): event is Refusal => event.type === 'command-refused');
}

/**
 * Where in the file a refused command is: the command at the refusal's tick with the refused type. When
 * several commands of that type share the tick, the message says so rather than guess which one it was.
 */
function refusalProblem(file: string, replay: Replay, refusal: Refusal): LevelProblem {
  const candidates = replay.commands.flatMap((entry, index) => (entry.atTick === refusal.tick && entry.command.type === refusal.command ? [index] : []));
  const path = candidates.length === 1 ? `$.commands[${candidates[0]}]` : `$.commands[${candidates.join(' or ')}]`;
  const which = candidates.length > 1 ? ` (one of the ${candidates.length} ${refusal.command} commands at that tick)` : '';
  return { file, path, message: `refused at tick ${refusal.tick}${which}: ${refusal.reason}` };
}
