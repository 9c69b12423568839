// Visibility, as the score judges it: looking out of band soon after the first sign and while the
// monitoring is dark, keeping or restoring the monitoring first, and checking the fix took. Filtering the
// dev-VM noise is a view setting with no event, so it is not scored.

import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../src/replay/play-run';
import { at, familyScores, reasons, rulePoints, scoreOf, STOP_CHEF } from './score-of';

describe('looking out of band', () => {
  it("a look at the load balancer's own numbers soon after the first sign raises visibility, and nothing else", () => {
    const nothing = scoreOf();
    const looked = scoreOf([at(100, { type: 'read-lb-stats' })]);
    expect(rulePoints(looked, 'visibility.first-look')).toBe(20);
    expect(familyScores(looked).visibility).toBeGreaterThan(familyScores(nothing).visibility);
    const { visibility: _a, ...othersLooked } = familyScores(looked);
    const { visibility: _b, ...othersNothing } = familyScores(nothing);
    expect(othersLooked).toEqual(othersNothing);
  });

  it('a look while the graphs are dark earns the blind-look rule', () => {
    const blindLook = scoreOf([at(800, { type: 'check-host', host: 'web-050', method: 'ssh' })]);
    expect(rulePoints(blindLook, 'visibility.blind-look')).toBe(20);
    expect(rulePoints(scoreOf(), 'visibility.blind-look')).toBe(0);
  });
});

describe('the monitoring', () => {
  const fix: TimedCommand = at(650, { type: 'fix-cookbook' });
  const rollOut: TimedCommand = at(900, { type: 'run-chef', hosts: ['@web', '@api', '-@php7'], concurrency: 25 });

  it('restored before the main roll-out earns its points; left to Chef it earns none', () => {
    const toolsFirst = scoreOf([fix, at(720, { type: 'run-chef', hosts: ['@tools'], concurrency: 7 }), rollOut]);
    const leftToChef = scoreOf([fix, rollOut]);
    expect(rulePoints(toolsFirst, 'visibility.sight-dashboards')).toBe(20);
    expect(rulePoints(toolsFirst, 'visibility.sight-host-status')).toBe(20);
    expect(rulePoints(leftToChef, 'visibility.sight-dashboards')).toBe(0);
    expect(rulePoints(leftToChef, 'visibility.sight-host-status')).toBe(0);
  });

  it('kept seeing, by stopping Chef on its hosts in time, earns them and the blind look is not needed', () => {
    const kept = scoreOf([at(65, STOP_CHEF)]);
    expect(rulePoints(kept, 'visibility.sight-host-status')).toBe(20);
    expect(reasons(kept, 'visibility.blind-look')[0]).toMatchObject({ points: 0, outOf: 0 });
  });
});
