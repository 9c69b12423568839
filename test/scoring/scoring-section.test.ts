// The level file's `scoring` section: optional, every field with a default, and a bad one refused with
// the file, the JSON path and what was expected, like the rest of the level.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLevelProblems, parseLevel } from '../../src/levels/parse-level';
import { DEFAULT_SCORING } from '../../src/levels/to-level';
import { repoPath } from '../support/level-files';
import { family, scoreOf } from './score-of';

const FILE = 'levels/apache-snafu.json';
const bundled = (): Record<string, unknown> => JSON.parse(readFileSync(repoPath(FILE), 'utf8')) as Record<string, unknown>;
const problemsWith = (scoring: unknown): string => {
  const parsed = parseLevel({ ...bundled(), scoring }, FILE);
  return parsed.ok ? '' : formatLevelProblems(parsed.problems);
};

describe('the scoring section', () => {
  it('may be left out: the defaults stand', () => {
    const parsed = parseLevel({ ...bundled(), scoring: undefined }, FILE);
    expect(parsed.ok && parsed.level.scoring).toEqual(DEFAULT_SCORING);
  });

  it('may give only what it changes', () => {
    const parsed = parseLevel({ ...bundled(), scoring: { teamCommunication: { statusPageSeconds: 120 } } }, FILE);
    expect(parsed.ok && parsed.level.scoring.teamCommunication).toEqual({ ...DEFAULT_SCORING.teamCommunication, statusPageSeconds: 120 });
    expect(parsed.ok && parsed.level.scoring.weights).toEqual(DEFAULT_SCORING.weights);
  });

  it('refuses a bad value with its JSON path and what was expected', () => {
    expect(problemsWith({ killSwitches: { stopSpreadSeconds: -5 } })).toBe(`${FILE}: $.scoring.killSwitches.stopSpreadSeconds: expected a number of seconds, 0 or more, got -5`);
    expect(problemsWith({ staging: { batchMaxShare: 2 } })).toBe(`${FILE}: $.scoring.staging.batchMaxShare: expected a share from 0 to 1 (0.25 is a quarter), got 2`);
    expect(problemsWith({ award: { minLearnings: 9 } })).toBe(`${FILE}: $.scoring.award.minLearnings: expected a whole number from 1 to 5, got 9`);
  });

  it('refuses a misspelt field with a guess at the one meant', () => {
    expect(problemsWith({ staging: { canaryMaxHost: 2 } })).toBe(`${FILE}: $.scoring.staging.canaryMaxHost: unknown field "canaryMaxHost" (did you mean "canaryMaxHosts"?)`);
  });

  it('wants every family weighed when weights are given, and not all of them at 0', () => {
    expect(problemsWith({ weights: { killSwitches: 1 } })).toContain(`${FILE}: $.scoring.weights.staging: expected a number of at least 0, got nothing (the field is missing)`);
    expect(problemsWith({ weights: { killSwitches: 0, staging: 0, teamCommunication: 0, customerImpact: 0, visibility: 0 } })).toBe(
      `${FILE}: $.scoring.weights: expected at least one family with a weight above 0, got 0 for every family`,
    );
  });

  it("weighs the total by the level's weights", () => {
    const onlyKillSwitches = { ...DEFAULT_SCORING, weights: { killSwitches: 1, staging: 0, teamCommunication: 0, customerImpact: 0, visibility: 0 } };
    const score = scoreOf([], { scoring: onlyKillSwitches });
    expect(score.total).toBe(family(score, 'kill-switches').score);
  });
});
