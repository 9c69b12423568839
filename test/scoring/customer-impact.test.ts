// Customer impact, as the score judges it: orders lost against a normal morning, minutes slow, minutes
// down, read from the run's own sums and nothing else.

import { describe, expect, it } from 'vitest';
import { playRun } from '../../src/replay/play-run';
import { scoreRun } from '../../src/sim/scoring/score-run';
import { at, familyScores, level, rulePoints, scoreOf, STOP_CHEF } from './score-of';

describe('customer impact', () => {
  it('reads only what customers got: the same run with more orders lost moves this family alone', () => {
    const run = playRun(level.sim, 1, []);
    const worse = structuredClone(run.state);
    worse.totals.ordersCompleted -= 1000;
    worse.totals.degradedSeconds += 300;
    const asPlayed = scoreRun(level.sim, run.events, run.state, level.scoring);
    const asWorse = scoreRun(level.sim, run.events, worse, level.scoring);
    expect(familyScores(asWorse)['customer-impact']).toBeLessThan(familyScores(asPlayed)['customer-impact']);
    const { 'customer-impact': _a, ...othersPlayed } = familyScores(asPlayed);
    const { 'customer-impact': _b, ...othersWorse } = familyScores(asWorse);
    expect(othersWorse).toEqual(othersPlayed);
  });

  it('stopping Chef early saves orders and slow minutes', () => {
    const nothing = scoreOf();
    const stopped = scoreOf([at(65, STOP_CHEF)]);
    expect(rulePoints(stopped, 'customer-impact.orders')).toBeGreaterThan(rulePoints(nothing, 'customer-impact.orders'));
    expect(rulePoints(stopped, 'customer-impact.degraded')).toBeGreaterThan(rulePoints(nothing, 'customer-impact.degraded'));
  });

  it('"fixing" the php7 survivors early takes the site down, and that costs the minutes-down rule', () => {
    const early = scoreOf([at(9 * 60, { type: 'repair-chef', hosts: ['@php7'], concurrency: 7 })]);
    expect(rulePoints(early, 'customer-impact.down')).toBeLessThan(20);
    expect(rulePoints(scoreOf(), 'customer-impact.down')).toBe(20);
  });
});
