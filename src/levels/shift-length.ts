// A page option (`?shift-minutes=6`) may give a shift another length, for a short demo or a test of how a
// shift ends: the same level with another time limit. The level's file stays as it is.

import type { Level } from './level';

/** The longest shift a page or a room may ask for: ten hours. */
export const MAX_SHIFT_MINUTES = 600;

export function withShiftMinutes(level: Level, minutes: number | null): Level {
  if (minutes === null) return level;
  return { ...level, sim: { ...level.sim, resolution: { ...level.sim.resolution, timeLimitSeconds: minutes * 60 } } };
}
