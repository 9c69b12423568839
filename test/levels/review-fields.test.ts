// The level fields of the Hindsight level: the author's review of the change (when they ask, what they
// say, when they push anyway), meta-monitoring, and the cap on a bad change that went out, each checked
// and reported at its path like every other field.

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   these tests break a level file on purpose, so the JSON they edit is untyped by design. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/levels/parse-level';
import { repoPath } from '../support/level-files';

const FILE = 'levels/hindsight.json';
const text = readFileSync(repoPath(FILE), 'utf8');
const json = (): Record<string, any> => JSON.parse(text) as Record<string, any>;

function parsed(change: (level: Record<string, any>) => void = () => undefined) {
  const level = json();
  change(level);
  return parseLevel(level, FILE);
}

function problems(change: (level: Record<string, any>) => void): string[] {
  const result = parsed(change);
  return result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('the review and meta-monitoring fields', () => {
  it('read into the simulation’s config, with the level’s own cap', () => {
    const result = parsed();
    if (!result.ok) throw new Error('the bundled level must parse');
    expect(result.level.sim.change.review).toEqual({ askAtSecond: 5, askText: expect.stringContaining('Could you have a look') as string, pushesAnywayAtSecond: 900 });
    expect(result.level.sim.monitoring.metaMonitoring).toBe(true);
    expect(result.level.scoring.total.badChangeCap).toBe(70);
  });

  it('may be left out: no review, no meta-monitoring, no cap', () => {
    const result = parsed((level) => {
      delete level.change.review;
      level.change.pushAtSecond = 20;
      delete level.monitoring.metaMonitoring;
      delete level.scoring.total.badChangeCap;
    });
    if (!result.ok) throw new Error('a level without them must parse');
    expect(result.level.sim.change.review).toBeUndefined();
    expect(result.level.sim.monitoring.metaMonitoring).toBeUndefined();
    expect(result.level.scoring.total.badChangeCap).toBe(100);
  });

  it('refuses a review on a change that is also pushed at a set second', () => {
    expect(problems((level) => (level.change.pushAtSecond = 20))).toEqual([
      '$.change.pushAtSecond: a change with a review is pushed when the player approves it, or at review.pushesAnywayAtSecond; set pushAtSecond to null (it is 20)',
    ]);
  });

  it('refuses a deadline before the ask, and either past the time limit', () => {
    expect(problems((level) => (level.change.review.pushesAnywayAtSecond = 2))).toEqual([
      '$.change.review.pushesAnywayAtSecond: the author must ask (askAtSecond 5) before pushing anyway (pushesAnywayAtSecond 2)',
    ]);
    expect(problems((level) => (level.change.review.pushesAnywayAtSecond = 4000))).toEqual([
      "$.change.review.pushesAnywayAtSecond: second 4000 is after the level's time limit (resolution.timeLimitSeconds is 3600)",
    ]);
  });

  it('names a wrong field, a missing one and a wrong type at their paths', () => {
    expect(problems((level) => (level.change.review.askAt = 5))).toEqual(expect.arrayContaining([expect.stringMatching(/^\$\.change\.review\.askAt: unknown field "askAt"/)]));
    expect(problems((level) => delete level.change.review.askText)).toEqual([expect.stringMatching(/^\$\.change\.review\.askText: /)]);
    expect(problems((level) => (level.monitoring.metaMonitoring = 'yes'))).toEqual([expect.stringMatching(/^\$\.monitoring\.metaMonitoring: expected/)]);
    expect(problems((level) => (level.scoring.total.badChangeCap = 120))).toEqual([expect.stringMatching(/^\$\.scoring\.total\.badChangeCap: expected a whole number from 0 to 100/)]);
  });
});
