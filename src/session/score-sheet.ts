// The score sheet of the JSON export: every number of the score with where it comes from, flat and
// plain, so a facilitator (or a script) can audit each point. Each family's line points add up to its
// `earned`, its `score` is round(100 × earned / outOf), the counted families weighted by `weight` give
// `familyTotal`, and the adjustments' points added to that give `total`. Evidence names events by their
// index in the run's event list, which `npm run sim -- --replay <the export>` prints.

import type { RunScore, ScoreEvidence } from '../sim/scoring/score-types';
import { isNotCounted } from './score-words';

export interface ScoreSheetLine {
  rule: string;
  text: string;
  points: number;
  /** What the rule could give, on the line that opens it; 0 on cost lines. */
  outOf: number;
  /** False for a rule nothing in this run called for: it gives and costs nothing. */
  counted: boolean;
  tick: number | null;
  evidence: ScoreEvidence[];
}

export interface ScoreSheetFamily {
  id: string;
  label: string;
  weight: number;
  /** False when no rule applied to the run: the family is left out of `familyTotal`. */
  counted: boolean;
  score: number;
  earned: number;
  outOf: number;
  lines: ScoreSheetLine[];
}

export interface ScoreSheetAdjustment {
  rule: string;
  text: string;
  points: number;
  tick: number | null;
  evidence: ScoreEvidence[];
}

export interface ScoreSheet {
  total: number;
  familyTotal: number;
  adjustments: ScoreSheetAdjustment[];
  families: ScoreSheetFamily[];
}

export function scoreSheetOf(score: RunScore): ScoreSheet {
  return {
    total: score.total,
    familyTotal: score.familyTotal,
    adjustments: score.adjustments.map(({ rule, text, points, tick, evidence }) => ({ rule, text, points, tick, evidence: evidence.map(copyEvidence) })),
    families: score.families.map((family) => ({
      id: family.id,
      label: family.label,
      weight: family.weight,
      counted: family.counted,
      score: family.score,
      earned: family.earned,
      outOf: family.outOf,
      lines: family.reasons.map((reason) => ({
        rule: reason.rule,
        text: reason.text,
        points: reason.points,
        outOf: reason.outOf,
        counted: !isNotCounted(reason),
        tick: reason.tick,
        evidence: reason.evidence.map(copyEvidence),
      })),
    })),
  };
}

function copyEvidence({ event, tick, type }: ScoreEvidence): ScoreEvidence {
  return { event, tick, type };
}
