// The Hindsight level's review, as the score judges it: an answer earns what it rested on and what it did,
// never the command. Runs written to game the review (a "no" without a look, a look at the wrong thing, a
// "canary" that cannot show anything, a yes and then a no, a storm of both) each first prove they did what
// they claim, then are held to the score a fair facilitator would give them.

import { describe, expect, it } from 'vitest';
import { playRun, type PlayResult, type TimedCommand } from '../../src/replay/play-run';
import type { Command } from '../../src/sim/commands';
import { scoreRun } from '../../src/sim/scoring/score-run';
import type { RunScore } from '../../src/sim/scoring/score-types';
import { bundledLevel, bundledReplay } from '../support/level-files';
import { familyScores, reasons, rulePoints } from './score-of';

const level = bundledLevel('hindsight');
const SEEDS = [1, 2, 3];
const SLOW = 60_000;
const at = (atTick: number, command: Command): TimedCommand => ({ atTick, command });

interface Scored extends PlayResult {
  score: RunScore;
}

const played = new Map<string, Scored>();
function play(commands: readonly TimedCommand[], seed = 1): Scored {
  const key = JSON.stringify({ commands, seed });
  if (!played.has(key)) {
    const run = playRun(level.sim, seed, commands);
    played.set(key, { ...run, score: scoreRun(level.sim, run.events, run.state, level.scoring) });
  }
  return played.get(key)!;
}

const refusals = (run: Scored): string[] => run.events.flatMap((event) => (event.type === 'command-refused' ? [event.reason] : []));
const averted = (run: Scored): boolean => run.events.some((event) => event.type === 'incident-averted');
const wentOut = (run: Scored): boolean => run.events.some((event) => event.type === 'pin-changed' && event.hosts === null && event.version === '2.2.22');

const stagedHold = [at(8, { type: 'hold-change' }), at(9, { type: 'test-in-staging', version: '2.2.22' })];
const blindHold = [at(8, { type: 'hold-change' })];
const canaryHold = [at(8, { type: 'hold-change' }), at(9, { type: 'set-pin', version: '2.2.22', hosts: ['web-050'] }), at(45, { type: 'run-chef', hosts: ['web-050'] })];
const nothing: TimedCommand[] = [];

/** Approve at once, then the faithful level's skilled response with the fleet-wide pause for the hand stops. */
function approveThenFightWell(): TimedCommand[] {
  const skilled = bundledReplay('skilled', 'apache-snafu').commands.map((entry): TimedCommand => {
    const atTick = entry.atTick - 12;
    if (entry.command.type === 'stop-chef') return at(atTick, { type: 'pause-chef' });
    if (entry.command.type === 'start-chef') return at(atTick, { type: 'resume-chef' });
    return { ...entry, atTick };
  });
  return [at(8, { type: 'approve-change' }), ...skilled];
}

describe('a held change', () => {
  it('tried in staging first: the incident that did not happen, and the whole score', () => {
    for (const seed of SEEDS) {
      const run = play(stagedHold, seed);
      expect(averted(run)).toBe(true);
      expect(run.score.total).toBeGreaterThanOrEqual(95);
      expect(rulePoints(run.score, 'staging.review')).toBe(40);
      expect(rulePoints(run.score, 'staging.tried-first')).toBe(30);
      expect(familyScores(run.score)['customer-impact']).toBeGreaterThanOrEqual(99);
    }
  });

  it('families with nothing to do are left out, not scored at zero', () => {
    const run = play(stagedHold);
    const counted = run.score.families.filter((family) => family.counted).map((family) => family.id);
    expect(counted).toEqual(['staging', 'customer-impact']);
    expect(reasons(run.score, 'staging.stages')[0]!.text).toMatch(/never went out to the fleet.*\(not counted\)$/);
  });

  it('tried on one canary host first: as good, with the hosts it kept named, and the canary’s own page not held against it', () => {
    const run = play(canaryHold);
    expect(run.events.filter((event) => event.type === 'apache-failed-to-start').map((event) => event.type === 'apache-failed-to-start' && event.host)).toEqual(['web-050']);
    expect(run.events.some((event) => event.type === 'page-sent')).toBe(true);
    expect(averted(run)).toBe(true);
    expect(run.score.total).toBeGreaterThanOrEqual(95);
    expect(reasons(run.score, 'staging.review')[0]!.text).toMatch(/179 of the 180 production hosts at risk never took it\.$/);
  });

  it(
    'without a look, earns no more than an unresolved incident: nobody found out whether it was safe',
    () => {
      for (const seed of SEEDS) {
        const run = play(blindHold, seed);
        expect(wentOut(run)).toBe(false);
        expect(run.state.totals.degradedSeconds).toBe(0);
        expect(averted(run)).toBe(false);
        expect(run.score.total).toBeLessThanOrEqual(level.scoring.total.unresolvedCap);
        expect(run.score.resolution.why).toMatch(/held without anyone trying it/);
        expect(rulePoints(run.score, 'staging.review')).toBe(0);
        expect(play(stagedHold, seed).score.total - run.score.total).toBeGreaterThanOrEqual(70);
      }
    },
    SLOW,
  );

  it(
    'after staging a different version: the one already running, or one the mirror lacks, tries nothing, so the hold is blind',
    () => {
      for (const version of ['2.2.21', '2.2.23']) {
        const run = play([at(8, { type: 'test-in-staging', version }), at(400, { type: 'hold-change' })]);
        const finished = run.events.find((event) => event.type === 'staging-test-finished');
        expect(finished).toMatchObject({ version, failedAfterUpgrade: 0 });
        expect(averted(run)).toBe(false);
        expect(rulePoints(run.score, 'staging.tried-first')).toBe(0);
        expect(run.score.total).toBeLessThanOrEqual(level.scoring.total.unresolvedCap);
      }
    },
    SLOW,
  );

  it(
    'after a "canary" on a host that runs no Apache (a database): it showed nothing, so the hold is blind',
    () => {
      const run = play([at(8, { type: 'set-pin', version: '2.2.22', hosts: ['db-01'] }), at(45, { type: 'run-chef', hosts: ['db-01'] }), at(300, { type: 'hold-change' })]);
      expect(run.events.some((event) => event.type === 'chef-run-finished' && event.host === 'db-01')).toBe(true);
      expect(run.events.some((event) => event.type === 'change-evidence-found')).toBe(false);
      expect(run.score.total).toBeLessThanOrEqual(level.scoring.total.unresolvedCap);
    },
    SLOW,
  );
});

describe('a change let go', () => {
  it(
    'without a look, and the incident fought well with the pause switch: well below a held change, well above doing nothing',
    () => {
      for (const seed of SEEDS) {
        const fought = play(approveThenFightWell(), seed);
        expect(fought.events.some((event) => event.type === 'chef-paused')).toBe(true);
        expect(fought.state.incident.outcome?.result).toBe('recovered');
        expect(fought.score.familyTotal).toBeGreaterThan(level.scoring.total.badChangeCap);
        expect(fought.score.total).toBeLessThanOrEqual(level.scoring.total.badChangeCap);
        expect(fought.score.adjustments.map((adjustment) => adjustment.rule)).toContain('total.bad-change');
        expect(play(stagedHold, seed).score.total - fought.score.total).toBeGreaterThanOrEqual(25);
        expect(fought.score.total - play(nothing, seed).score.total).toBeGreaterThanOrEqual(40);
      }
    },
    SLOW,
  );

  it(
    'after staging showed it failing: the try was ignored, which costs more than never trying',
    () => {
      const ignored = play([at(8, { type: 'test-in-staging', version: '2.2.22' }), at(400, { type: 'approve-change' })]);
      expect(ignored.events.find((event) => event.type === 'change-approved')).toMatchObject({ evidence: 'staging' });
      expect(rulePoints(ignored.score, 'staging.review')).toBe(0);
      expect(reasons(ignored.score, 'staging.tried-first').some((reason) => reason.points < 0)).toBe(true);
      expect(ignored.score.total).toBeLessThan(play(stagedHold).score.total - 50);
    },
    SLOW,
  );

  it(
    'after staging showed it failing and the cookbook was fixed: it goes out, breaks nothing, and the review earns its points',
    () => {
      const letGo = play([at(8, { type: 'test-in-staging', version: '2.2.22' }), at(400, { type: 'fix-cookbook' }), at(500, { type: 'approve-change' })]);
      expect(letGo.events.find((event) => event.type === 'change-approved')).toMatchObject({ evidence: 'staging' });
      expect(wentOut(letGo)).toBe(true);
      expect(letGo.events.some((event) => event.type === 'apache-failed-to-start' && !event.host.startsWith('staging'))).toBe(false);
      expect(rulePoints(letGo.score, 'staging.review')).toBe(40);
      expect(rulePoints(letGo.score, 'staging.tried-first')).toBe(30);
      expect(letGo.score.adjustments.map((adjustment) => adjustment.rule)).not.toContain('total.bad-change');
    },
    SLOW,
  );
});

describe('a try that showed the change working (the cookbook fixed before staging it)', () => {
  const fixedThenStaged = [at(8, { type: 'fix-cookbook' }), at(60, { type: 'test-in-staging', version: '2.2.22' })];

  it(
    'let go: it breaks nothing, and the review earns its points',
    () => {
      const run = play([...fixedThenStaged, at(500, { type: 'approve-change' })]);
      expect(run.events.find((event) => event.type === 'staging-test-finished')).toMatchObject({ failedAfterUpgrade: 0, runningAfterSecondRun: 2 });
      expect(run.events.some((event) => event.type === 'change-evidence-found')).toBe(false);
      expect(rulePoints(run.score, 'staging.review')).toBe(40);
      expect(reasons(run.score, 'staging.review')[0]!.text).toMatch(/^Staging showed the change working \(.*\), then you let it go out 8 min 20 s in, and it broke nothing\.$/);
    },
    SLOW,
  );

  it(
    'held anyway: nothing to show it was unsafe, so the question stays open',
    () => {
      const run = play([...fixedThenStaged, at(500, { type: 'hold-change' })]);
      expect(averted(run)).toBe(false);
      expect(rulePoints(run.score, 'staging.review')).toBe(0);
      expect(run.score.resolution.why).toMatch(/held though its try showed it working/);
      expect(run.score.total).toBeLessThanOrEqual(level.scoring.total.unresolvedCap);
    },
    SLOW,
  );
});

describe('answers that change nothing', () => {
  it(
    'approve then hold: the hold is refused, and the run scores as the approval alone',
    () => {
      const approveOnly = play([at(8, { type: 'approve-change' })]);
      const thenHold = play([at(8, { type: 'approve-change' }), at(30, { type: 'hold-change', reason: 'wait, no' })]);
      expect(refusals(thenHold)).toEqual(['The change is already out: saying yes or no to it now changes nothing. Pause Chef, or fix forward.']);
      expect(thenHold.score.total).toBe(approveOnly.score.total);
    },
    SLOW,
  );

  it(
    'a storm of holds and approvals is worth exactly the answers that took effect',
    () => {
      const storm = play(
        [8, 9, 10, 11, 12].map((tick) => at(tick, { type: 'hold-change' })).concat([at(13, { type: 'approve-change' }), at(14, { type: 'hold-change' }), at(15, { type: 'approve-change' })]),
      );
      const effective = play([at(8, { type: 'hold-change' }), at(13, { type: 'approve-change' })]);
      expect(refusals(storm)).toHaveLength(6);
      expect(storm.score.total).toBe(effective.score.total);
      const holds = play([8, 20, 40, 60, 80, 100].map((tick) => at(tick, { type: 'hold-change' })));
      expect(holds.score.total).toBe(play(blindHold).score.total);
    },
    SLOW,
  );
});
