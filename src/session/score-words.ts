// How each number of the score comes about, in words the end screen and the Markdown share: a family's
// 0-100 from the points its rules gave, each line's points out of what its rule could give, and the
// total from the weighted families and what the run as a whole did to it. A facilitator should be able
// to add every number up by eye.

import type { FamilyScore, RunScore, ScoreReason, TakeawaySummary } from '../sim/scoring/score-types';

const NOT_COUNTED = ' (not counted)';

/** A line for a rule nothing in this run called for: it says so, and gives and costs nothing. */
export function isNotCounted(reason: ScoreReason): boolean {
  return reason.text.endsWith(NOT_COUNTED);
}

/** The line's own words, without the "(not counted)" its points column already says. */
export function reasonText(reason: ScoreReason): string {
  return isNotCounted(reason) ? reason.text.slice(0, -NOT_COUNTED.length) : reason.text;
}

/** "+12.5", "-5", "±0". */
export function signedPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded === 0 ? '±0' : `${rounded}`;
}

/** What a line's points column shows: "+12.5 of 25" where the rule opens, "-5" for a cost, "not counted". */
export function reasonPoints(reason: ScoreReason): { points: string; of: string } {
  if (isNotCounted(reason)) return { points: 'not counted', of: '' };
  if (reason.outOf > 0) return { points: reason.points === 0 ? '0' : signedPoints(reason.points), of: `of ${reason.outOf}` };
  return { points: signedPoints(reason.points), of: '' };
}

/** "71 of 90 points from the rules that applied", or why the family is left out. */
export function familySum(family: FamilyScore): string {
  if (!family.counted) return 'no rule applied to this run, so it is left out of the total';
  return `${family.earned} of ${family.outOf} points from the rules that applied`;
}

/** "Kill switches 79 (71 of 90 points from the rules that applied)". */
export function familyHeading(family: FamilyScore): string {
  return family.counted ? `${family.label} ${family.score} (${familySum(family)})` : `${family.label}: not called for (${familySum(family)})`;
}

export interface TotalSteps {
  /** "(79 × 25 + 58 × 20) ÷ 45 = 69.4, which rounds to" (`familyTotal` follows), or null when the families' arithmetic cannot be shown exactly. */
  weighting: string | null;
  /** What the sum of score × weight is divided by (the counted families' weights), or null as above. */
  divisor: number | null;
  familyTotal: number;
  adjustments: RunScore['adjustments'];
  total: number;
}

/** The total's computation, step by step: the families weighted by the level, then each adjustment. */
export function totalSteps(score: RunScore): TotalSteps {
  const counted = score.families.filter((family) => family.counted);
  const weights = counted.reduce((sum, family) => sum + family.weight, 0);
  const exact = weights > 0 ? counted.reduce((sum, family) => sum + family.score * family.weight, 0) / weights : 0;
  // Shown only when it is the very sum the score made: a formula that disagreed with the number would mislead.
  const agrees = weights > 0 && Math.round(exact) === score.familyTotal;
  const terms = counted.map((family) => `${family.score} × ${family.weight}`).join(' + ');
  const shown = Math.round(exact * 10) / 10;
  return {
    weighting: agrees ? `(${terms}) ÷ ${weights} ${shown === score.familyTotal ? '=' : `= ${shown}, which rounds to`}` : null,
    divisor: agrees ? weights : null,
    familyTotal: score.familyTotal,
    adjustments: score.adjustments,
    total: score.total,
  };
}

export interface HelpedLine {
  text: string;
  /** What it would have added to the total. */
  points: number;
}

/** A takeaway's missed points, one line per piece of advice: two rules with the same advice say it once, with both rules' points. */
export function helpedLines(takeaway: TakeawaySummary): HelpedLine[] {
  const lines = new Map<string, HelpedLine>();
  for (const item of takeaway.helped) {
    const line = lines.get(item.text);
    if (line) line.points = Math.round((line.points + item.missedTotalPoints) * 10) / 10;
    else lines.set(item.text, { text: item.text, points: item.missedTotalPoints });
  }
  return [...lines.values()].sort((a, b) => b.points - a.points);
}
