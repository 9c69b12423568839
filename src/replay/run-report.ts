// One JSON document for a whole run: the level, the seed, how it ended, what it cost customers, the
// score (families, reasons, award, what would have helped), the timeline sampled every game minute, and
// every event. `npm run sim` prints it.

import type { SimEvent } from '../sim/events';
import type { Level } from '../levels/level';
import { scoreRun } from '../sim/scoring/score-run';
import type { RunScore } from '../sim/scoring/score-types';
import type { Outcome, SimState } from '../sim/state';
import { playRun, type TimedCommand } from './play-run';
import { sampleTimeline, TICKS_PER_SAMPLE, type TimelineSample } from './timeline';

export interface RunReport {
  level: { id: string; title: string };
  seed: number;
  replay: string | null;
  outcome: Outcome | null;
  impact: {
    changePushedAtTick: number | null;
    customersAffectedAtTick: number | null;
    resolvedAtTick: number | null;
    ordersLost: number;
    ordersLostShare: number;
    minutesDegraded: number;
    minutesDown: number;
  };
  score: RunScore;
  timeline: TimelineSample[];
  events: SimEvent[];
}

export function reportRun(level: Level, seed: number, commands: readonly TimedCommand[], replayTitle: string | null): RunReport {
  const timeline: TimelineSample[] = [];
  const result = playRun(level.sim, seed, commands, {
    onTick: (state) => {
      if (state.tick % TICKS_PER_SAMPLE === 0 || state.incident.outcome) timeline.push(sampleTimeline(level.sim, state));
    },
  });
  return {
    level: { id: level.meta.id, title: level.meta.title },
    seed,
    replay: replayTitle,
    outcome: result.state.incident.outcome,
    impact: impactOf(result.state),
    score: scoreRun(level.sim, result.events, result.state, level.scoring),
    timeline,
    events: result.events,
  };
}

function impactOf(state: SimState): RunReport['impact'] {
  const { totals, incident } = state;
  const lost = Math.max(0, totals.ordersExpected - totals.ordersCompleted);
  return {
    changePushedAtTick: incident.changePushedAtTick,
    customersAffectedAtTick: incident.impactStartedAtTick,
    resolvedAtTick: incident.resolvedAtTick,
    ordersLost: Math.round(lost),
    ordersLostShare: totals.ordersExpected > 0 ? Math.round((lost / totals.ordersExpected) * 1000) / 1000 : 0,
    minutesDegraded: Math.round((totals.degradedSeconds / 60) * 10) / 10,
    minutesDown: Math.round((totals.downSeconds / 60) * 10) / 10,
  };
}
