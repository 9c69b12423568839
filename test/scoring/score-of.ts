// Small verbs for the score's tests: play a run of a level (the real one unless told) with commands at
// given seconds, score it with the level's own scoring section, and read a family or a reason line.

import { DEFAULT_SCORING } from '../../src/levels/to-level';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import type { Command } from '../../src/sim/commands';
import type { SimConfig } from '../../src/sim/config';
import { scoreRun } from '../../src/sim/scoring/score-run';
import type { FamilyId, ScoringConfig } from '../../src/sim/scoring/scoring-config';
import type { FamilyScore, RunScore, ScoreReason } from '../../src/sim/scoring/score-types';
import { bundledLevel } from '../support/level-files';

export const level = bundledLevel();

/** Commands at game seconds: `at(65, { type: 'stop-chef', … })`. */
export function at(atTick: number, command: Command): TimedCommand {
  return { atTick, command };
}

export interface RunOptions {
  config?: SimConfig;
  scoring?: ScoringConfig;
  seed?: number;
  untilTick?: number;
}

export function scoreOf(commands: readonly TimedCommand[] = [], options: RunOptions = {}): RunScore {
  const config = options.config ?? level.sim;
  const run = playRun(config, options.seed ?? 1, commands, options.untilTick === undefined ? {} : { untilTick: options.untilTick });
  return scoreRun(config, run.events, run.state, options.scoring ?? (options.config ? DEFAULT_SCORING : level.scoring));
}

export function family(score: RunScore, id: FamilyId): FamilyScore {
  return score.families.find((candidate) => candidate.id === id)!;
}

/** The points a rule gave, net of what it cost (`kill-switches.stop-spread`). */
export function rulePoints(score: RunScore, rule: string): number {
  return reasons(score, rule).reduce((sum, reason) => sum + reason.points, 0);
}

export function reasons(score: RunScore, rule: string): ScoreReason[] {
  return score.families.flatMap((candidate) => candidate.reasons).filter((reason) => reason.rule === rule);
}

/** Each family's score, by id: to show a change moved one family and left the others alone. */
export function familyScores(score: RunScore): Record<FamilyId, number> {
  return Object.fromEntries(score.families.map((candidate) => [candidate.id, candidate.score])) as Record<FamilyId, number>;
}

/** chef-client stopped on every web, api and tool host but the php7 survivors, as the skilled replay does. */
export const STOP_CHEF: Extract<Command, { type: 'stop-chef' }> = { type: 'stop-chef', hosts: ['@web', '@api', '@tools', '-@php7'], concurrency: 30 };
