// The game clock a room reads: the game's own clock (src/session/game-clock.ts) to the minute.

import { clockOf } from '../session/game-clock';

export function clockAt(clockStart: string, tick: number): string {
  return clockOf(clockStart, Math.max(0, tick)).slice(0, 5);
}

/** A span of game time in minutes to a tenth, for "3.5 min after customers were hurt" (a room argues over seconds early on). */
export function minutesBetween(fromTick: number, toTick: number): number {
  return Math.round((toTick - fromTick) / 6) / 10;
}
