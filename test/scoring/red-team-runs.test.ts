// Runs a red team found that broke the score's promises after the first rewrite, each pinned with the
// reason it was wrong: a hand-over before the incident, switches thrown when nothing was dangerous, the
// pin switch that was undone properly, a staging test that installed nothing, statements made before
// anything happened, healthy hosts and survivors drained, and updates and looks made early.

import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../src/replay/play-run';
import { at, family, level, reasons, rulePoints, scoreOf } from './score-of';

const FLEET = ['@web', '@api', '@tools', '-@php7'];
const web = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, index) => `web-${String(from + index).padStart(3, '0')}`);
const texts = (commands: readonly TimedCommand[]): string[] => {
  const score = scoreOf(commands);
  return [...score.families.flatMap((entry) => entry.reasons.map((reason) => reason.text)), ...score.adjustments.map((line) => line.text)];
};
const nothing = scoreOf();

describe('handing over before the incident has happened', () => {
  it('is not a resolved incident: capped, and no award, however many gestures came first', () => {
    const early = scoreOf([
      at(0, { type: 'check-mirror' }),
      at(0, { type: 'post-message', channel: 'ops', text: 'Leave the php7 boxes alone.', intent: 'leave-php7-alone' }),
      at(1, { type: 'post-message', channel: 'ops', text: 'Nobody did anything wrong here.', intent: 'blameless' }),
      at(19, { type: 'end-incident' }),
    ]);
    expect(early.resolution).toEqual({ resolved: false, why: 'the shift was handed over before the change it was about went out' });
    expect(early.total).toBeLessThanOrEqual(level.scoring.total.unresolvedCap);
    expect(early.award.earned).toBe(false);
  });

  it('is not resolved while a Chef run already under way is about to install the bad change', () => {
    // The fix lands at 30, after runs that began with the old cookbook (Robin's on web-017 among them).
    const justBefore = scoreOf([at(0, { type: 'fix-cookbook' }), at(44, { type: 'end-incident' })]);
    expect(justBefore.resolution.resolved).toBe(false);
    expect(justBefore.resolution.why).toMatch(/^a Chef run under way on [a-z0-9-]+ was about to install the bad change/);
  });
});

describe('switches thrown while nothing was dangerous', () => {
  const fixAlone = scoreOf([at(21, { type: 'fix-cookbook' })]);

  it('protect nothing after the fix is in: stopping and starting chef-client then earns no kill-switch points', () => {
    const afterFix = scoreOf([
      at(21, { type: 'fix-cookbook' }),
      at(1000, { type: 'stop-chef', hosts: FLEET, concurrency: 30 }),
      at(1100, { type: 'start-chef', hosts: FLEET, concurrency: 4 }),
    ]);
    expect(rulePoints(afterFix, 'kill-switches.stop-spread')).toBe(0);
    expect(family(afterFix, 'kill-switches').earned).toBe(0);
    expect(afterFix.total).toBeLessThanOrEqual(fixAlone.total + 3);
  });

  it('protect nothing before the change goes out, when they are lifted again before it does', () => {
    const withPause = { ...level.sim, chef: { ...level.sim.chef, hasFleetPause: true } };
    const early = scoreOf([at(0, { type: 'pause-chef' }), at(5, { type: 'resume-chef' })], { config: withPause, scoring: level.scoring });
    expect(rulePoints(early, 'kill-switches.stop-spread')).toBe(0);
  });
});

describe('the pin as a kill switch, undone the right way', () => {
  it('pinned off the mirror, then the fix, then pinned forward: switched back on, and the lines say the fix went in', () => {
    const commands = [at(21, { type: 'set-pin', version: '9.9.9' }), at(100, { type: 'fix-cookbook' }), at(140, { type: 'set-pin', version: '2.2.22' })] as const;
    const score = scoreOf(commands);
    expect(rulePoints(score, 'kill-switches.switched-back-on')).toBe(25);
    expect(reasons(score, 'kill-switches.stop-spread')[0]!.text).toContain('held until the fix was in');
    expect(texts(commands).join('\n')).not.toMatch(/fix never went in|Chef was stopped on its hosts/);
  });
});

describe('a staging test that installed nothing', () => {
  it('tried nothing, so it earns no "tried first"', () => {
    const score = scoreOf([
      at(65, { type: 'stop-chef', hosts: FLEET, concurrency: 30 }),
      at(70, { type: 'test-in-staging', version: '0.1' }),
      at(100, { type: 'fix-cookbook' }),
      at(1700, { type: 'start-chef', hosts: FLEET, concurrency: 4 }),
    ]);
    expect(rulePoints(score, 'staging.tried-first')).toBe(0);
  });
});

describe('statements and looks made before anything happened', () => {
  it('an all-clear a second in is no all-clear of this incident and earns nothing', () => {
    const early = scoreOf([at(1, { type: 'post-message', channel: 'ops', text: 'All clear!', intent: 'all-clear' })]);
    expect(rulePoints(early, 'team-communication.all-clear')).toBe(0);
    expect(rulePoints(early, 'team-communication.blameless')).toBe(0);
    expect(early.total).toBe(nothing.total);
  });

  it('a status page set before customers felt it, and still up when they did, counts from that moment', () => {
    const early = scoreOf([at(5, { type: 'update-status-page', status: 'degraded', text: 'Some pages may be slow.', intent: 'update' })]);
    expect(rulePoints(early, 'team-communication.status-page')).toBe(15);
    expect(reasons(early, 'team-communication.status-page')[0]!.text).toMatch(/0 s after customers were first hurt/);
  });

  it('a look before the first sign saw nothing of the failure, and is not said to come after it', () => {
    const early = scoreOf([at(15, { type: 'check-host', host: 'web-php7-01', method: 'ssh' })]);
    expect(rulePoints(early, 'visibility.first-look')).toBe(0);
  });
});

describe('draining what serves', () => {
  it('healthy hosts drained for ten minutes cost the total: capacity left on the table', () => {
    const drained = scoreOf([at(100, { type: 'drain', hosts: web(60, 100) }), at(700, { type: 'restore', hosts: web(60, 100) })]);
    expect(drained.adjustments.map((line) => line.rule)).toContain('total.healthy-drained');
    expect(drained.total).toBeLessThan(nothing.total);
  });

  it('the survivors drained while the rest is broken are lost, whatever was said about leaving them alone', () => {
    const commands = [
      at(30, { type: 'post-message', channel: 'ops', text: 'Please leave the php7 web boxes alone.', intent: 'leave-php7-alone' }),
      at(600, { type: 'drain', hosts: ['@php7'] }),
      at(900, { type: 'restore', hosts: ['@php7'] }),
    ] as const;
    const score = scoreOf(commands);
    expect(rulePoints(score, 'staging.survivors')).toBe(0);
    expect(texts(commands).join('\n')).not.toMatch(/they kept serving/);
    expect(score.adjustments.map((line) => line.rule)).toContain('total.survivors-lost');
    expect(score.total).toBeLessThan(nothing.total);
  });
});
