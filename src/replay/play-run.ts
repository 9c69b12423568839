// Plays a run: a level's simulation from a seed, with commands handed in at their ticks, through the
// same step the live game uses. Replays, the headless runner, bots, tests and benchmarks all go through here.

import type { Command } from '../sim/commands';
import type { SimConfig } from '../sim/config';
import { createState } from '../sim/create-state';
import type { SimEvent } from '../sim/events';
import type { SimState } from '../sim/state';
import { step } from '../sim/step';

export interface TimedCommand {
  atTick: number;
  command: Command;
}

export interface PlayOptions {
  /** Stop before this tick even if the level has not ended. */
  untilTick?: number;
  /** Called after every tick with the state and that tick's events. */
  onTick?: (state: SimState, events: readonly SimEvent[]) => void;
  /** Start from this state instead of a fresh one (a restored snapshot); it is moved on in place. */
  from?: SimState;
  /** Keep every event in the result (the headless runner and the debrief want them; benchmarks do not). */
  keepEvents?: boolean;
}

export interface PlayResult {
  state: SimState;
  events: SimEvent[];
}

export function playRun(config: SimConfig, seed: number, commands: readonly TimedCommand[], options: PlayOptions = {}): PlayResult {
  const state = options.from ?? createState(config, seed);
  const queue = [...commands].sort((a, b) => a.atTick - b.atTick);
  const events: SimEvent[] = [];
  const until = options.untilTick ?? Number.POSITIVE_INFINITY;
  let next = 0;
  while (next < queue.length && queue[next]!.atTick < state.tick) next++;
  while (state.incident.outcome === null && state.tick < until) {
    const due: Command[] = [];
    while (next < queue.length && queue[next]!.atTick === state.tick) due.push(queue[next++]!.command);
    const tickEvents = step(config, state, due);
    if (options.keepEvents !== false) for (const event of tickEvents) events.push(event);
    options.onTick?.(state, tickEvents);
  }
  return { state, events };
}
