// The level settings behind "cats that ask first" and the site check: each is checked with a bound and
// a message a trainer can act on, and each may be left out (the defaults below stand).

/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the tests break a level file on purpose, so the JSON they edit is untyped. */

import { describe, expect, it } from 'vitest';
import { parseLevel, type LevelProblem } from '../../src/levels/parse-level';
import { levelJson, type LevelJson } from '../support/level-variants';

const FILE = 'levels/mine.json';

function parsed(change: (level: LevelJson) => void) {
  const json = levelJson();
  change(json);
  return parseLevel(json, FILE);
}

function problemsOf(change: (level: LevelJson) => void): LevelProblem[] {
  const result = parsed(change);
  return result.ok ? [] : result.problems;
}

describe('coordination.announceSeconds', () => {
  it('is the shipped level’s 30 seconds, and 30 when left out', () => {
    const shipped = parsed(() => undefined);
    expect(shipped.ok && shipped.level.sim.coordination.announceSeconds).toBe(30);
    const left = parsed((level) => delete level.coordination.announceSeconds);
    expect(left.ok && left.level.sim.coordination.announceSeconds).toBe(30);
  });

  it('may be 0 (they start as they say it), never negative or past ten minutes', () => {
    expect(problemsOf((level) => (level.coordination.announceSeconds = 0))).toEqual([]);
    expect(problemsOf((level) => (level.coordination.announceSeconds = -1))).toEqual([
      { file: FILE, path: '$.coordination.announceSeconds', message: 'expected a number of seconds, 0 or more, got -1' },
    ]);
    expect(problemsOf((level) => (level.coordination.announceSeconds = 601))[0]!.message).toMatch(/^expected at most 600 seconds \(10 minutes/);
  });
});

describe('monitoring.siteCheck', () => {
  it('reads both thresholds; left out or null, the level has no site check', () => {
    const shipped = parsed(() => undefined);
    expect(shipped.ok && shipped.level.sim.monitoring.siteCheck).toEqual({ errorRate: 0.05, p50LatencyMs: 1000 });
    expect(problemsOf((level) => delete level.monitoring.siteCheck)).toEqual([]);
    expect(problemsOf((level) => (level.monitoring.siteCheck = null))).toEqual([]);
  });

  it('says what is wrong with a threshold that could never, or would always, fail', () => {
    expect(problemsOf((level) => (level.monitoring.siteCheck.errorRate = 0))[0]).toMatchObject({
      path: '$.monitoring.siteCheck.errorRate',
      message: 'expected a number greater than 0, got 0',
    });
    expect(problemsOf((level) => (level.monitoring.siteCheck.errorRate = 1.5))[0]!.message).toMatch(/^expected at most 1 \(every request failing/);
    expect(problemsOf((level) => delete level.monitoring.siteCheck.p50LatencyMs)[0]).toMatchObject({ path: '$.monitoring.siteCheck.p50LatencyMs' });
  });
});
