// Staging, as the score judges it: the fix tried on a canary (or in staging) before the fleet, rolled out
// in stages with a look between, the php7 survivors left alone, and fan-outs the Chef server can carry.

import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../src/replay/play-run';
import { bundledReplay } from '../support/level-files';
import { at, familyScores, level, reasons, rulePoints, scoreOf } from './score-of';

const fix = at(100, { type: 'fix-cookbook' });
const rest = (atTick: number, concurrency = 25): TimedCommand => at(atTick, { type: 'run-chef', hosts: ['@web', '@api', '-@php7'], concurrency });
const batch = (atTick: number): TimedCommand =>
  at(atTick, { type: 'run-chef', hosts: ['web-002', 'web-003', 'web-004', 'web-005', 'web-006', 'web-007', 'web-008', 'web-009', 'web-010', 'web-011'], concurrency: 10 });

describe('trying the fix first', () => {
  const fleetAtOnce = scoreOf([fix, rest(250)]);
  const canaryFirst = scoreOf([fix, at(150, { type: 'run-chef', hosts: ['web-001'] }), rest(250)]);

  it('on one canary host raises staging', () => {
    expect(rulePoints(fleetAtOnce, 'staging.tried-first')).toBe(0);
    expect(rulePoints(canaryFirst, 'staging.tried-first')).toBe(30);
    expect(familyScores(canaryFirst).staging).toBeGreaterThan(familyScores(fleetAtOnce).staging);
  });

  it('and leaves kill switches alone', () => {
    expect(familyScores(canaryFirst)['kill-switches']).toBe(familyScores(fleetAtOnce)['kill-switches']);
  });
});

describe('a try that failed', () => {
  it('pushed fleet-wide anyway costs half the rule: trying first means believing what the try shows', () => {
    const proposed = { ...level.sim, change: { ...level.sim.change, pushAtSecond: null } };
    const canary = [at(10, { type: 'set-pin', version: '2.2.22', hosts: ['web-050'] }), at(60, { type: 'run-chef', hosts: ['web-050'] })];
    const heeded = scoreOf(canary, { config: proposed, untilTick: 1200 });
    const ignored = scoreOf([...canary, at(300, { type: 'set-pin', version: '2.2.22' })], { config: proposed, untilTick: 1200 });
    expect(rulePoints(heeded, 'staging.tried-first')).toBe(30);
    expect(rulePoints(ignored, 'staging.tried-first')).toBe(15);
    expect(reasons(ignored, 'staging.tried-first')[1]!.text).toBe('The try showed Apache would not start on web-050, and it went wider anyway 5 min 30 s in.');
  });
});

describe('rolling out in stages', () => {
  it('one host, a batch, then the rest, each after the last, earns the stages; a look between each earns the checks', () => {
    const unchecked = scoreOf([fix, at(150, { type: 'run-chef', hosts: ['web-001'] }), batch(240), rest(340)]);
    const checked = scoreOf([
      fix,
      at(150, { type: 'run-chef', hosts: ['web-001'] }),
      at(230, { type: 'read-lb-stats' }),
      batch(240),
      at(330, { type: 'check-host', host: 'web-005', method: 'curl' }),
      rest(340),
    ]);
    expect(rulePoints(unchecked, 'staging.stages')).toBe(25);
    expect(rulePoints(unchecked, 'staging.checks')).toBe(0);
    expect(rulePoints(checked, 'staging.checks')).toBe(15);
  });

  it('two wide fan-outs over each other are one step, not stages', () => {
    const overlapping = scoreOf([fix, rest(200), rest(300)]);
    expect(rulePoints(overlapping, 'staging.stages')).toBe(0);
  });
});

describe('the php7 survivors', () => {
  it('"fixed" by a cat left without a job, cost staging: the harm counts though the credit would not', () => {
    const idleTeam = scoreOf([at(100, { type: 'ask-for-help' })]);
    const lines = reasons(idleTeam, 'staging.survivors');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toMatch(/^Noodle, left without a job, mended Chef on the survivors .*: of the 7 survivors, 7 took the upgrade and broke/);
    expect(lines[0]!.text).not.toContain('luck');
    expect(rulePoints(idleTeam, 'staging.survivors')).toBe(0);
  });

  it('left alone on purpose, by telling the team, earn the rule', () => {
    const told = scoreOf([at(100, { type: 'ask-for-help' }), at(105, { type: 'post-message', channel: 'ops', text: 'Leave the php7 boxes alone.', intent: 'leave-php7-alone' })]);
    expect(rulePoints(told, 'staging.survivors')).toBe(20);
  });
});

describe('fan-out width', () => {
  it('a fan-out wider than the Chef server carries costs the rule', () => {
    expect(rulePoints(scoreOf([fix, rest(250, 25)]), 'staging.fan-out')).toBe(10);
    expect(rulePoints(scoreOf([fix, rest(250, 200)]), 'staging.fan-out')).toBe(0);
  });

  it('counts the herd of first runs when chef-client comes back everywhere at once, while the roll-out still runs', () => {
    // The skilled replay turns chef-client back on a few hosts at a time, once the roll-out is done: no herd.
    const skilled = bundledReplay('skilled').commands;
    expect(rulePoints(scoreOf(skilled), 'staging.fan-out')).toBe(10);
    // The same switch thrown early and wide brings every daemon's first run at once.
    const hasty = skilled.map((entry) => (entry.command.type === 'start-chef' ? { atTick: 870, command: { ...entry.command, concurrency: 30 } } : entry));
    const herd = reasons(scoreOf(hasty), 'staging.fan-out').find((reason) => reason.points < 0);
    expect(herd?.points).toBe(-5);
    expect(herd?.text).toContain('chef-client came back on many hosts while the roll-out still ran');
  });
});
