// The three reference runs of the true story, scored as the debrief scores them: on seeds 1-20 doing
// nothing scores at most 20, what the real team did scores in the middle, a skilled response at least 95,
// each at least 20 points apart; on seeds 1-3, family by family, and only the run that learned most (and
// fixed the incident) earns the three-armed sweater.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { reportRun } from '../../src/replay/run-report';
import { scoreRun } from '../../src/sim/scoring/score-run';
import { LEARNING_IDS, type RunScore } from '../../src/sim/scoring/score-types';
import { TAKEAWAYS } from '../../src/sim/scoring/takeaways';
import { LESSONS } from '../../src/sim/scoring/award';
import { bundledReplay } from '../support/level-files';
import { family, level } from './score-of';

const SEEDS = [1, 2, 3];
const MANY_SEEDS = Array.from({ length: 20 }, (_, index) => index + 1);
const runs: Record<'nothing' | 'historical' | 'skilled', readonly TimedCommand[]> = {
  nothing: [],
  historical: bundledReplay('historical').commands,
  skilled: bundledReplay('skilled').commands,
};
const scores = Object.fromEntries(
  Object.entries(runs).map(([name, commands]) => [
    name,
    SEEDS.map((seed) => {
      const run = playRun(level.sim, seed, commands);
      return scoreRun(level.sim, run.events, run.state, level.scoring);
    }),
  ]),
) as Record<keyof typeof runs, RunScore[]>;

describe.each(SEEDS.map((seed, index) => ({ seed, index })))('the reference runs on seed $seed', ({ index }) => {
  const nothing = scores.nothing[index]!;
  const historical = scores.historical[index]!;
  const skilled = scores.skilled[index]!;

  it('ranks them in that order, family by family where the behaviour differs', () => {
    expect(nothing.total).toBeLessThan(historical.total);
    expect(historical.total).toBeLessThan(skilled.total);
    for (const id of ['kill-switches', 'staging', 'team-communication', 'customer-impact', 'visibility'] as const) {
      expect(family(skilled, id).score).toBeGreaterThan(family(historical, id).score);
      expect(family(historical, id).score).toBeGreaterThanOrEqual(family(nothing, id).score);
    }
  });

  it('gives the sweater to the skilled run, which found out most, and not to the others', () => {
    expect(skilled.award.earned).toBe(true);
    expect(historical.award.earned).toBe(false);
    expect(nothing.award.earned).toBe(false);
    // The team did learn why the second run works and that there is no way back.
    expect(historical.award.learnings.filter((learning) => learning.learned).map((learning) => learning.id)).toEqual(['second-run-fixes', 'mirror-lacks-old-package']);
  });
});

describe('on seeds 1 to 20, the ordering a facilitator relies on', () => {
  const totals = MANY_SEEDS.map((seed) => {
    const total = (commands: readonly TimedCommand[]): number => {
      const run = playRun(level.sim, seed, commands);
      return scoreRun(level.sim, run.events, run.state, level.scoring).total;
    };
    return { seed, nothing: total(runs.nothing), historical: total(runs.historical), skilled: total(runs.skilled) };
  });

  it.each(totals)('seed $seed: nothing $nothing <= 20, historical $historical in the middle, skilled $skilled >= 95, 20 points apart', ({ nothing, historical, skilled }) => {
    expect(nothing).toBeLessThanOrEqual(20);
    expect(skilled).toBeGreaterThanOrEqual(95);
    expect(historical - nothing).toBeGreaterThanOrEqual(20);
    expect(skilled - historical).toBeGreaterThanOrEqual(20);
  });
});

describe('every point is explained', () => {
  const all = Object.values(scores).flat();

  it('each family is the sum of its reason lines, out of the rules that applied', () => {
    for (const score of all) {
      for (const entry of score.families) {
        const sum = entry.reasons.reduce((total, reason) => total + reason.points, 0);
        expect(sum).toBeCloseTo(entry.earned, 5);
        expect(entry.outOf).toBe(entry.reasons.reduce((total, reason) => total + reason.outOf, 0));
        expect(entry.score).toBe(Math.round((100 * entry.earned) / entry.outOf));
        for (const reason of entry.reasons) expect(reason.text).not.toMatch(/\n/);
      }
    }
  });

  it('the total is the families weighted by the level, then what the run as a whole took off, line by line', () => {
    for (const score of all) {
      const counted = score.families.filter((entry) => entry.counted);
      const weights = counted.reduce((sum, entry) => sum + entry.weight, 0);
      expect(score.familyTotal).toBe(Math.round(counted.reduce((sum, entry) => sum + entry.score * entry.weight, 0) / weights));
      const taken = score.adjustments.reduce((sum, line) => sum + line.points, 0);
      expect(score.total).toBe(Math.round(score.familyTotal + taken));
    }
  });

  it('each line names the events it rests on, by their place in the run', () => {
    const run = playRun(level.sim, 1, runs.skilled);
    const score = scoreRun(level.sim, run.events, run.state, level.scoring);
    const lines = score.families.flatMap((entry) => entry.reasons).filter((reason) => reason.points !== 0);
    expect(lines.filter((reason) => reason.evidence.length > 0).length).toBeGreaterThan(lines.length / 2);
    for (const reason of lines) {
      for (const cited of reason.evidence) {
        expect(run.events[cited.event]!.type).toBe(cited.type);
        expect(run.events[cited.event]!.tick).toBe(cited.tick);
      }
    }
  });

  it('every missed point says which of the five takeaways would have helped', () => {
    for (const score of all) {
      const missed = score.families.reduce((sum, entry) => sum + (entry.counted ? entry.outOf - entry.earned : 0), 0);
      expect(missed > 0).toBe(score.helped.length > 0);
      expect(score.takeaways.map((takeaway) => takeaway.id)).toEqual(TAKEAWAYS.map((takeaway) => takeaway.id));
      for (const item of score.helped) {
        expect(TAKEAWAYS.some((takeaway) => takeaway.id === item.takeaway)).toBe(true);
        expect(item.missedPoints).toBeGreaterThan(0);
        expect(item.text.length).toBeGreaterThan(20);
      }
    }
    const rules = scores.historical[0]!.helped.map((item) => item.rule);
    expect(rules).toContain('kill-switches.stop-spread');
    expect(rules).toContain('team-communication.status-page');
  });

  it('is plain data: the same after a trip through JSON', () => {
    for (const score of all) expect(JSON.parse(JSON.stringify(score))).toEqual(score);
  });

  it('knows one lesson for each thing worth learning', () => {
    expect(LESSONS.map((lesson) => lesson.id)).toEqual(LEARNING_IDS);
  });
});

describe('the run report', () => {
  it('carries the score, the same as scoring the run directly', () => {
    const report = reportRun(level, 2, runs.skilled, 'A skilled response');
    expect(report.score).toEqual(scores.skilled[1]);
  });
});
