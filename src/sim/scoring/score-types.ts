// The score as data: plain, JSON-serialisable, every number traceable to a reason line, and every missed
// point tied to one of the five takeaways. The debrief, the exports and `npm run sim` all print this.

import type { FamilyId } from './scoring-config';
import type { TakeawayId } from './takeaways';

/** One line of the judgement: what happened, and the points it gave (positive) or cost (negative). */
export interface ScoreReason {
  /** The rule it comes from, e.g. `kill-switches.stop-spread`; a rule may have several lines. */
  rule: string;
  /** Plain, warm, blameless English, one line. */
  text: string;
  points: number;
  /** The most the rule could give, on the line that opens it; 0 on cost lines and rules that do not apply. */
  outOf: number;
  /** The game second it refers to, where there is one. */
  tick: number | null;
  /** The events this line rests on (their place in the run's event list, and their tick), so a facilitator can audit it. */
  evidence: ScoreEvidence[];
}

/** One event a reason line rests on: `event` is its index in the run's events, from tick 0, in order. */
export interface ScoreEvidence {
  event: number;
  tick: number;
  type: string;
}

export interface FamilyScore {
  id: FamilyId;
  label: string;
  /** 0-100: 100 × earned / outOf. */
  score: number;
  weight: number;
  /** False when nothing in this run called for the family (every rule did not apply): left out of the total. */
  counted: boolean;
  earned: number;
  outOf: number;
  reasons: ScoreReason[];
}

/** For points a run missed: which takeaway would have helped, and how, in a line. */
export interface HelpedItem {
  family: FamilyId;
  rule: string;
  takeaway: TakeawayId;
  text: string;
  /** Points missed in the family… */
  missedPoints: number;
  /** …and what they are worth in the total. */
  missedTotalPoints: number;
}

export interface TakeawaySummary {
  id: TakeawayId;
  label: string;
  gist: string;
  missedTotalPoints: number;
  helped: HelpedItem[];
}

/** Things worth learning during the incident: the team's award went to whoever learned most, not the fastest. */
export type LearningId = 'second-run-fixes' | 'php7-failing-chef' | 'mirror-lacks-old-package' | 'monitoring-down' | 'dangerous-parts-named';
export const LEARNING_IDS: readonly LearningId[] = ['second-run-fixes', 'php7-failing-chef', 'mirror-lacks-old-package', 'monitoring-down', 'dangerous-parts-named'];

export interface Learning {
  id: LearningId;
  label: string;
  learned: boolean;
  /** When it was learned, and how (or, when not, a hint at how it could have been). */
  tick: number | null;
  text: string;
}

export interface AwardResult {
  id: 'three-armed-sweater';
  label: string;
  earned: boolean;
  /** One line: why it was or was not earned. */
  why: string;
  needed: number;
  learnings: Learning[];
}

/**
 * What the whole run does to the total beyond the families: an incident never resolved caps it, and
 * minutes with the site fully down take points straight off it. Each says why, as a reason line does.
 */
export interface TotalAdjustment {
  rule: string;
  text: string;
  /** What it took off the total (0 or less). */
  points: number;
  tick: number | null;
  evidence: ScoreEvidence[];
}

export interface RunScore {
  /** Whether the incident was over at the end (see total-adjustments.ts), and if not, why, in words. */
  resolution: { resolved: boolean; why: string | null };
  /** 0-100: the families' scores weighted by the level's weights (`familyTotal`), then the adjustments. */
  total: number;
  /** The families' scores weighted by the level's weights, before the adjustments. */
  familyTotal: number;
  /** In order: each one's points are what it took off what was left; `total` is `familyTotal` plus their points. */
  adjustments: TotalAdjustment[];
  families: FamilyScore[];
  award: AwardResult;
  /** Every rule that missed points, most costly first. */
  helped: HelpedItem[];
  /** The same, grouped under the five takeaways (all five, in their order, even when nothing was missed). */
  takeaways: TakeawaySummary[];
}
