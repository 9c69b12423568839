// The debrief of one run, as data: how it ended, what it cost customers, the score with its reasons,
// the award, what would have helped, the timeline beside what could be seen at each moment, and the
// site's health over time with the player's actions marked. Where the change was held and never went
// out, the counterfactual: what the fleet would have done had it gone out (played by the simulation).
// The end screen draws it, and the Markdown and JSON exports write it, so all three always agree.

import type { Level } from '../levels/level';
import type { TimedCommand } from '../replay/play-run';
import type { TimelineSample } from '../replay/timeline';
import type { SimEvent } from '../sim/events';
import type { RunScore } from '../sim/scoring/score-types';
import type { Outcome, SimState } from '../sim/state';
import { counterfactualOf, type Counterfactual } from './counterfactual';
import { endingText, headlineOf } from './headline';
import { runEnding, type RunEnding } from './run-ending';
import { SeenThen } from './seen-then';
import { shiftTimeline } from './shift-timeline';

export interface DebriefEntry {
  tick: number;
  who: 'you' | 'world';
  text: string;
  /** For the player's own actions: what could be seen just before. */
  seen: string | null;
}

export interface HealthPoint {
  tick: number;
  /** Share of web hosts serving, 0 to 1. */
  serving: number;
  errorRate: number;
}

export interface Debrief {
  level: { id: string; title: string };
  seed: number;
  outcome: Outcome;
  /** The facts the headline is true of: how it ended, the site's state then, and whose fix brought hosts back. */
  ending: RunEnding;
  headline: string;
  /** How the shift closed, in words, for "ended at 10:52 (…)": "you handed over", "you held the change…". */
  endedBecause: string;
  impact: { ordersLost: number; ordersExpected: number; lostShare: number; minutesDegraded: number; minutesDown: number };
  score: RunScore;
  timeline: DebriefEntry[];
  health: HealthPoint[];
  /**
   * Where the change was held and never went out: what the fleet would have done had it gone out at that
   * moment with nobody doing anything more, from the simulation itself. Null for every other run.
   */
  counterfactual: Counterfactual | null;
  /** The run itself: replaying these on the same level and seed shows it again. */
  commands: TimedCommand[];
}

export interface RunRecord {
  level: Level;
  seed: number;
  state: SimState;
  events: readonly SimEvent[];
  samples: readonly TimelineSample[];
  commands: readonly TimedCommand[];
  score: RunScore;
}

export function buildDebrief(run: RunRecord): Debrief {
  const { level, state } = run;
  const outcome = state.incident.outcome!;
  const totals = state.totals;
  const lost = Math.max(0, totals.ordersExpected - totals.ordersCompleted);
  const seen = new SeenThen(run.events);
  const webHosts = Math.max(1, state.pools.web.hosts);
  const ending = runEnding(level.sim, state, run.events);
  return {
    level: { id: level.meta.id, title: level.meta.title },
    seed: run.seed,
    outcome,
    ending,
    headline: ending.averted ? avertedHeadline(ending.averted) : headlineOf(ending, run.score.resolution.why),
    endedBecause: ending.averted ? 'you held the change on what trying it showed' : endingText(outcome.reason),
    impact: {
      ordersLost: Math.round(lost),
      ordersExpected: Math.round(totals.ordersExpected),
      lostShare: totals.ordersExpected > 0 ? lost / totals.ordersExpected : 0,
      minutesDegraded: Math.round((totals.degradedSeconds / 60) * 10) / 10,
      minutesDown: Math.round((totals.downSeconds / 60) * 10) / 10,
    },
    score: run.score,
    timeline: shiftTimeline(run.events).map((entry) => ({ ...entry, seen: entry.who === 'you' ? seen.at(entry.tick) : null })),
    health: run.samples.map((sample) => ({ tick: sample.tick, serving: sample.site.serving / webHosts, errorRate: sample.site.errorRate })),
    counterfactual: counterfactualOf(level.sim, run.seed, run.commands, run.events),
    commands: [...run.commands],
  };
}

/** The incident that did not happen, said as what it was: a change held on what a try of it showed. */
function avertedHeadline(averted: NonNullable<RunEnding['averted']>): string {
  const tried = averted.evidence === 'staging' ? 'Staging showed the change breaking Apache' : 'A canary showed the change breaking Apache';
  return `The incident that did not happen. ${tried}, you held it, and ${averted.hostsKept} production hosts never took it.`;
}
