// Kill switches, as the score judges them: stopping the spread soon after the first sign, shedding load,
// draining broken hosts, and turning every switch back on. Each test changes one behaviour and shows that
// this family moves, and the others that have nothing to do with it do not.

import { describe, expect, it } from 'vitest';
import { at, family, familyScores, level, reasons, rulePoints, scoreOf, STOP_CHEF } from './score-of';

const FIX_AND_ROLL = [
  at(100, { type: 'fix-cookbook' }),
  at(200, { type: 'run-chef', hosts: ['@web', '@api', '@tools', '-@php7'], concurrency: 25 }),
] as const;

describe('stopping the spread', () => {
  const early = scoreOf([at(65, STOP_CHEF)]);
  const late = scoreOf([at(300, STOP_CHEF)]);

  it('is worth more the sooner chef-client stops on the hosts not yet hit', () => {
    expect(rulePoints(early, 'kill-switches.stop-spread')).toBe(45);
    expect(rulePoints(late, 'kill-switches.stop-spread')).toBeLessThan(35);
    expect(family(early, 'kill-switches').score).toBeGreaterThan(family(late, 'kill-switches').score);
    expect(reasons(early, 'kill-switches.stop-spread')[0]!.text).toMatch(/^The spread stopped 54 s after the first sign of failure/);
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
    expect(rulePoints(paused, 'kill-switches.stop-spread')).toBe(45);
    expect(reasons(paused, 'kill-switches.stop-spread')[0]!.text).toContain('Chef paused fleet-wide');
  });
});

describe('turning each switch back on', () => {
  it('costs when chef-client is left off at the end', () => {
    const leftOff = scoreOf([at(65, STOP_CHEF), ...FIX_AND_ROLL]);
    const turnedOn = scoreOf([at(65, STOP_CHEF), ...FIX_AND_ROLL, at(700, { type: 'start-chef', hosts: ['@web', '@api', '@tools', '-@php7'], concurrency: 5 })]);
    expect(rulePoints(leftOff, 'kill-switches.switched-back-on')).toBe(0);
    expect(reasons(leftOff, 'kill-switches.switched-back-on').map((reason) => reason.text)).toContainEqual(expect.stringContaining('chef-client was still stopped on 180 hosts'));
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
    expect(rulePoints(shed, 'kill-switches.shed-load')).toBe(20);
    expect(rulePoints(shed, 'kill-switches.switched-back-on')).toBe(0);
    expect(rulePoints(restored, 'kill-switches.switched-back-on')).toBe(25);
    expect(rulePoints(scoreOf(), 'kill-switches.shed-load')).toBe(0);
  });

  it('draining a broken host earns points; only restoring it earns them all', () => {
    const drained = scoreOf([at(65, STOP_CHEF), at(120, { type: 'drain', hosts: ['web-017'] })]);
    expect(rulePoints(drained, 'kill-switches.drain')).toBe(10);
    expect(reasons(drained, 'kill-switches.switched-back-on').map((reason) => reason.text)).toContainEqual(expect.stringContaining('1 host was still drained'));
  });
});
