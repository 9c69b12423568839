// The simulation's fixed step. One tick is one second of game time; every timer in the state counts
// ticks, so the same level, seed and commands always play out the same way.

export const SECONDS_PER_TICK = 1;

/** Game seconds to whole ticks, never less than one for a positive duration. */
export function ticksFor(seconds: number): number {
  if (seconds <= 0) return 0;
  return Math.max(1, Math.round(seconds / SECONDS_PER_TICK));
}

export function secondsAt(tick: number): number {
  return tick * SECONDS_PER_TICK;
}
