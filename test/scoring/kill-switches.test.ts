// Kill switches, as the score judges them: by what they protected. Hosts kept from the bad change for as
// long as the cookbook was dangerous, load shed while customers were hurt, broken hosts drained until
// they served again, and every switch that did something turned back on once the danger had passed.
// Each test changes one behaviour and shows that this family moves, and the others do not.

import { describe, expect, it } from 'vitest';
import { at, family, familyScores, level, reasons, rulePoints, scoreOf, STOP_CHEF } from './score-of';

const FIX_AND_ROLL = [at(100, { type: 'fix-cookbook' }), at(200, { type: 'run-chef', hosts: ['@web', '@api', '@tools', '-@php7'], concurrency: 25 })] as const;

describe('stopping the spread', () => {
  const early = scoreOf([at(65, STOP_CHEF)]);
  const late = scoreOf([at(300, STOP_CHEF)]);

  it('is worth more the sooner chef-client stops on the hosts not yet hit', () => {
    // The hosts whose scheduled run came in the first minute broke before anyone could stop it.
    expect(rulePoints(early, 'kill-switches.stop-spread')).toBeGreaterThan(40);
    expect(rulePoints(late, 'kill-switches.stop-spread')).toBeLessThan(35);
    expect(family(early, 'kill-switches').score).toBeGreaterThan(family(late, 'kill-switches').score);
    expect(reasons(early, 'kill-switches.stop-spread')[0]!.text).toMatch(/^\d+ s after the first sign, chef-client stopped on the hosts not yet hit, held to the end/);
  });

  it('does not touch staging: nothing was rolled out either way', () => {
    expect(familyScores(early).staging).toBe(familyScores(late).staging);
  });

  it('earns nothing when Chef keeps running everywhere', () => {
    const nothing = scoreOf();
    expect(rulePoints(nothing, 'kill-switches.stop-spread')).toBe(0);
    expect(reasons(nothing, 'kill-switches.stop-spread')[0]!.text).toContain('Chef kept running on the hosts not yet hit');
  });

  it("counts a cat's stop on the player's job as the player's", () => {
    const byCat = scoreOf([at(62, { type: 'ask-for-help' }), at(190, { type: 'assign-job', responder: 'biscuit', job: STOP_CHEF })]);
    expect(rulePoints(byCat, 'kill-switches.stop-spread')).toBeGreaterThan(0);
  });

  it('where the level has a fleet-wide pause, pausing Chef is the switch', () => {
    const withPause = { ...level.sim, chef: { ...level.sim.chef, hasFleetPause: true } };
    const paused = scoreOf([at(60, { type: 'pause-chef' })], { config: withPause });
    expect(rulePoints(paused, 'kill-switches.stop-spread')).toBeGreaterThan(40);
    expect(reasons(paused, 'kill-switches.stop-spread')[0]!.text).toContain('Chef paused fleet-wide');
  });
});

describe('turning each switch back on', () => {
  it('costs when chef-client is left off at the end', () => {
    const leftOff = scoreOf([at(65, STOP_CHEF), ...FIX_AND_ROLL]);
    const turnedOn = scoreOf([at(65, STOP_CHEF), ...FIX_AND_ROLL, at(700, { type: 'start-chef', hosts: ['@web', '@api', '@tools', '-@php7'], concurrency: 5 })]);
    expect(rulePoints(leftOff, 'kill-switches.switched-back-on')).toBe(0);
    expect(reasons(leftOff, 'kill-switches.switched-back-on').map((reason) => reason.text)).toContainEqual(
      expect.stringMatching(/^Not back on in time, or still off at the end: chef-client on 0 of the \d+ hosts it kept whole/),
    );
    expect(rulePoints(turnedOn, 'kill-switches.switched-back-on')).toBe(25);
    expect(family(turnedOn, 'kill-switches').score).toBeGreaterThan(family(leftOff, 'kill-switches').score);
  });

  it('is not counted when nothing was switched off', () => {
    const nothing = scoreOf();
    expect(reasons(nothing, 'kill-switches.switched-back-on')).toEqual([expect.objectContaining({ points: 0, outOf: 0 })]);
  });
});

describe('shedding load and draining', () => {
  it('switching a heavy feature off while customers hurt earns points, and leaving it off costs', () => {
    const shed = scoreOf([at(100, { type: 'set-feature-flag', flag: 'recommendations', on: false })]);
    const restored = scoreOf([at(100, { type: 'set-feature-flag', flag: 'recommendations', on: false }), at(1500, { type: 'set-feature-flag', flag: 'recommendations', on: true })]);
    // Off from a minute in until the end: nearly all of the time customers were hurt.
    expect(rulePoints(shed, 'kill-switches.shed-load')).toBeGreaterThan(18);
    expect(rulePoints(shed, 'kill-switches.switched-back-on')).toBe(0);
    expect(rulePoints(restored, 'kill-switches.switched-back-on')).toBe(25);
    expect(rulePoints(scoreOf(), 'kill-switches.shed-load')).toBe(0);
  });

  it('draining a broken host earns points; only restoring it earns them all', () => {
    const drained = scoreOf([at(65, STOP_CHEF), at(120, { type: 'drain', hosts: ['web-017'] })]);
    expect(rulePoints(drained, 'kill-switches.drain')).toBe(10);
    expect(reasons(drained, 'kill-switches.switched-back-on').map((reason) => reason.text)).toContainEqual(expect.stringContaining('still off at the end: chef-client on 0 of the'));
    expect(reasons(drained, 'kill-switches.switched-back-on')[0]!.text).toContain('the 1 drained host');
  });
});
