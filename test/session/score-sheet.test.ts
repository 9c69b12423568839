// The JSON export's score sheet lets a facilitator audit every point: each family's lines add up to what
// it earned, its score follows from earned and outOf, the weighted families and the adjustments give the
// total, and every piece of evidence names an event of the run by its place, its tick and its type.

import { describe, expect, it, vi } from 'vitest';
import { parseReplay } from '../../src/replay/replay-file';
import { debriefExport } from '../../src/session/debrief-export';
import type { ScoreSheet } from '../../src/session/score-sheet';
import type { SimEvent } from '../../src/sim/events';
import type { RunScore } from '../../src/sim/scoring/score-types';
import { REFERENCE_RUNS, referenceRun, type ReferenceRun } from '../support/debrief-of';

// Each test plays whole shifts (a second or two each, more on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

/** What a facilitator would check by hand, as a list of problems. */
function auditProblems(sheet: ScoreSheet, events: readonly SimEvent[]): string[] {
  const problems: string[] = [];
  const evidenceProblems = (where: string, evidence: ScoreSheet['adjustments'][number]['evidence']): void => {
    for (const cited of evidence) {
      const event = events[cited.event];
      if (!event || event.type !== cited.type || event.tick !== cited.tick) problems.push(`${where}: event ${cited.event} is not a ${cited.type} at tick ${cited.tick}`);
    }
  };
  for (const family of sheet.families) {
    const sum = family.lines.reduce((total, line) => total + line.points, 0);
    if (Math.abs(sum - family.earned) > 0.05) problems.push(`${family.id}: lines add up to ${sum}, not ${family.earned}`);
    const outOf = family.lines.reduce((total, line) => total + line.outOf, 0);
    if (outOf !== family.outOf) problems.push(`${family.id}: lines could give ${outOf}, not ${family.outOf}`);
    if (family.counted && family.score !== Math.round((100 * family.earned) / family.outOf)) problems.push(`${family.id}: ${family.score} is not 100 × ${family.earned} / ${family.outOf}`);
    for (const line of family.lines) {
      if (!line.counted && line.points !== 0) problems.push(`${line.rule}: not counted, yet ${line.points} points`);
      evidenceProblems(line.rule, line.evidence);
    }
  }
  const counted = sheet.families.filter((family) => family.counted);
  const weights = counted.reduce((sum, family) => sum + family.weight, 0);
  const weighted = Math.round(counted.reduce((sum, family) => sum + family.score * family.weight, 0) / weights);
  if (weighted !== sheet.familyTotal) problems.push(`the families weigh to ${weighted}, not ${sheet.familyTotal}`);
  for (const adjustment of sheet.adjustments) {
    if (adjustment.points > 0) problems.push(`${adjustment.rule}: an adjustment adds ${adjustment.points}`);
    evidenceProblems(adjustment.rule, adjustment.evidence);
  }
  const total = sheet.adjustments.reduce((sum, adjustment) => sum + adjustment.points, sheet.familyTotal);
  if (Math.abs(total - sheet.total) > 0.5) problems.push(`familyTotal and the adjustments give ${total}, not ${sheet.total}`);
  return problems;
}

/** The export as the facilitator gets it: through JSON and back. */
const downloaded = (score: RunScore | null, name: ReferenceRun, seed = 1) => {
  const run = referenceRun(name, seed);
  const debrief = score ? { ...run.debrief, score } : run.debrief;
  return { ...run, exported: JSON.parse(JSON.stringify(debriefExport(debrief, { player: null, playedAt: '2026-12-01T10:00:00.000Z' }))) as ReturnType<typeof debriefExport> };
};

describe.each(REFERENCE_RUNS)('the score sheet of %s', (name) => {
  it('adds up, family by family and to the total, with evidence that names the run’s own events', () => {
    const { exported, events } = downloaded(null, name);
    expect(auditProblems(exported.scoreSheet, events)).toEqual([]);
    expect(exported.scoreSheet.total).toBe(exported.score.total);
  });
});

describe('the score sheet', () => {
  it('carries every family and every rule line with its points, what it could give, its moment and its evidence', () => {
    const { exported } = downloaded(null, 'historical');
    const sheet = exported.scoreSheet;
    expect(Object.keys(sheet).sort()).toEqual(['adjustments', 'families', 'familyTotal', 'total']);
    expect(sheet.families.map((family) => family.id)).toEqual(['kill-switches', 'staging', 'team-communication', 'customer-impact', 'visibility']);
    for (const family of sheet.families) {
      expect(Object.keys(family).sort()).toEqual(['counted', 'earned', 'id', 'label', 'lines', 'outOf', 'score', 'weight']);
      const score = exported.score.families.find((candidate) => candidate.id === family.id)!;
      expect(family.lines.map((line) => [line.rule, line.text, line.points, line.outOf, line.tick])).toEqual(
        score.reasons.map((reason) => [reason.rule, reason.text, reason.points, reason.outOf, reason.tick]),
      );
      for (const line of family.lines) expect(Object.keys(line).sort()).toEqual(['counted', 'evidence', 'outOf', 'points', 'rule', 'text', 'tick']);
    }
  });

  it('keeps the evidence and the adjustments the score gives it, and the audit catches evidence that is wrong', () => {
    const run = referenceRun('historical');
    const events = run.events;
    const index = events.findIndex((event) => event.type === 'pin-changed');
    const cited = { event: index, tick: events[index]!.tick, type: 'pin-changed' };
    const score = run.debrief.score;
    const staging = score.families.find((family) => family.id === 'staging')!;
    const withEvidence: RunScore = {
      ...score,
      total: score.familyTotal - 5,
      adjustments: [{ rule: 'total.minutes-down', text: 'The site was fully down for a while.', points: -5, tick: cited.tick, evidence: [cited] }],
      families: score.families.map((family) =>
        family === staging ? { ...family, reasons: family.reasons.map((reason, i) => (i === 0 ? { ...reason, evidence: [cited] } : reason)) } : family,
      ),
    };
    const { exported } = downloaded(withEvidence, 'historical');
    expect(exported.scoreSheet.adjustments).toEqual([{ rule: 'total.minutes-down', text: 'The site was fully down for a while.', points: -5, tick: cited.tick, evidence: [cited] }]);
    expect(exported.scoreSheet.families[1]!.lines[0]!.evidence).toEqual([cited]);
    expect(auditProblems(exported.scoreSheet, events)).toEqual([]);
    const wrong = { ...exported.scoreSheet, adjustments: [{ ...exported.scoreSheet.adjustments[0]!, evidence: [{ ...cited, event: index + 1 }] }] };
    expect(auditProblems(wrong, events)).toEqual([`total.minutes-down: event ${index + 1} is not a pin-changed at tick ${cited.tick}`]);
  });

  it('marks the lines of rules that did not apply as not counted', () => {
    const { exported } = downloaded(null, 'nothing');
    const lines = exported.scoreSheet.families.flatMap((family) => family.lines);
    const notCounted = lines.filter((line) => !line.counted);
    expect(notCounted.length).toBeGreaterThan(0);
    for (const line of notCounted) expect(line.text).toMatch(/\(not counted\)$/);
  });
});

describe('the JSON export', () => {
  it('still carries the run as a replay file, read from the whole export', () => {
    const { exported, commands } = downloaded(null, 'skilled', 2);
    expect(exported).toMatchObject({ format: 'apache-snafu-debrief', version: 1, seed: 2, headline: expect.any(String) as string, ending: { result: expect.any(String) as string } });
    const parsed = parseReplay(exported, 'debrief.json');
    expect(parsed.ok && parsed.replay).toMatchObject({ level: 'apache-snafu', seed: 2 });
    expect(parsed.ok && parsed.replay.commands).toEqual(commands);
  });
});
