// The score of a run: the five families judged from the run's events and final state, weighted into a
// total by the level's weights, with the award and what would have helped, by takeaway. Pure: the same
// run always gets the same score, and nothing in it is written for a particular replay.

import type { SimConfig } from '../config';
import type { SimEvent } from '../events';
import type { SimState } from '../state';
import { threeArmedSweater } from './award';
import { adjustTotal, unresolvedBecause } from './total-adjustments';
import { scoreCustomerImpact } from './customer-impact';
import { round, type SheetResult } from './family-sheet';
import { scoreKillSwitches } from './kill-switches';
import { runFacts } from './run-facts';
import { FAMILY_KEYS, type FamilyId, type ScoringConfig } from './scoring-config';
import type { FamilyScore, HelpedItem, RunScore, TakeawaySummary } from './score-types';
import { scoreStaging } from './staging';
import { TAKEAWAYS } from './takeaways';
import { scoreTeamCommunication } from './team-communication';
import { scoreVisibility } from './visibility';

export const FAMILY_LABELS: Record<FamilyId, string> = {
  'kill-switches': 'Kill switches',
  staging: 'Staging',
  'team-communication': 'Team communication',
  'customer-impact': 'Customer impact',
  visibility: 'Visibility',
};

/**
 * Scores a run from every event it produced (from tick 0, in order) and the state it ended in, with the
 * level's scoring section (`level.scoring`; `DEFAULT_SCORING` in src/levels/to-level.ts when it has none).
 * A run still going can be scored too: it is judged as it stands.
 */
export function scoreRun(config: SimConfig, events: readonly SimEvent[], finalState: SimState, scoring: ScoringConfig): RunScore {
  const facts = runFacts(config, events, finalState);
  const sheets: SheetResult[] = [
    scoreKillSwitches(facts, scoring.killSwitches),
    scoreStaging(facts, scoring.staging),
    scoreTeamCommunication(facts, scoring.teamCommunication),
    scoreCustomerImpact(facts, scoring.customerImpact),
    scoreVisibility(facts, scoring.visibility, scoring.staging),
  ];
  const families: FamilyScore[] = sheets.map((sheet) => ({
    id: sheet.id,
    label: FAMILY_LABELS[sheet.id],
    // A family nothing in the run called for says so and stays out of the total.
    score: sheet.outOf > 0 ? Math.round((100 * sheet.earned) / sheet.outOf) : 100,
    weight: scoring.weights[FAMILY_KEYS[sheet.id]],
    counted: sheet.outOf > 0,
    earned: sheet.earned,
    outOf: sheet.outOf,
    reasons: sheet.reasons,
  }));
  const weightSum = families.reduce((sum, family) => sum + (family.counted ? family.weight : 0), 0);
  const familyTotal = weightSum > 0 ? Math.round(families.reduce((sum, family) => sum + (family.counted ? family.score * family.weight : 0), 0) / weightSum) : 0;
  const { total, adjustments } = adjustTotal(facts, familyTotal, scoring.total);

  const helped: HelpedItem[] = sheets
    .flatMap((sheet) => {
      const family = families.find((candidate) => candidate.id === sheet.id)!;
      return sheet.misses.map((miss) => ({
        family: sheet.id,
        rule: miss.rule,
        takeaway: miss.helped.takeaway,
        text: miss.helped.text,
        missedPoints: miss.missedPoints,
        missedTotalPoints: weightSum > 0 && family.counted ? round((miss.missedPoints / family.outOf) * 100 * (family.weight / weightSum)) : 0,
      }));
    })
    .sort((a, b) => b.missedTotalPoints - a.missedTotalPoints);

  const takeaways: TakeawaySummary[] = TAKEAWAYS.map((takeaway) => {
    const items = helped.filter((item) => item.takeaway === takeaway.id);
    return { ...takeaway, missedTotalPoints: round(items.reduce((sum, item) => sum + item.missedTotalPoints, 0)), helped: items };
  });

  const why = unresolvedBecause(facts);
  return {
    resolution: { resolved: why === null, why },
    total,
    familyTotal,
    adjustments,
    families,
    award: threeArmedSweater(facts, scoring.award, scoring.staging, why === null),
    helped,
    takeaways,
  };
}
