// A run's total score, as the debrief gives it: the level played from a seed with the commands, scored
// with the level's own scoring section. The levels' contract tests rank their reference runs by it.

import type { Level } from '../../src/levels/level';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { scoreRun } from '../../src/sim/scoring/score-run';

export function totalOf(level: Level, seed: number, commands: readonly TimedCommand[]): number {
  const run = playRun(level.sim, seed, commands);
  return scoreRun(level.sim, run.events, run.state, level.scoring).total;
}
