// Saying no in time, scored by effect only: a refused plan or a stopped job or fan-out earns points for
// what it spared (whole hosts kept from the bad upgrade, php7 survivors kept serving, a Chef server not
// swamped), never for the command. Saying no to something harmless, or spamming stop, earns nothing;
// stopping your own good roll-out costs, through the customers who stay hurt.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import type { Command } from '../../src/sim/commands';
import { bundledReplay } from '../support/level-files';
import { at, level, reasons, rulePoints, scoreOf } from './score-of';

const RULE = 'kill-switches.stopped-in-time';
/** The whole team called as the level opens; nobody gets a job. */
const CALL: TimedCommand = at(1, { type: 'ask-for-help' });

/** When each cat announces their own plan, in this level, when called at once and left without a job. */
function announcedAt(name: string): number {
  const { events } = playRun(level.sim, 1, [CALL], { untilTick: 700 });
  const event = events.find((candidate) => candidate.type === 'responder-announced' && candidate.name === name);
  if (!event || event.type !== 'responder-announced') throw new Error(`${name} never announced`);
  return event.tick;
}

const refuse = (tick: number, responder: string): TimedCommand => at(tick, { type: 'refuse-intent', responder });

describe('saying no in time', () => {
  it('to the curious cat’s “fix” of the php7 survivors, while the cookbook is dangerous, earns points for the survivors kept', () => {
    const without = scoreOf([CALL]);
    const noodle = announcedAt('Noodle');
    const told = scoreOf([CALL, refuse(noodle + 1, 'noodle'), at(noodle + 2, { type: 'assign-job', responder: 'noodle', job: { type: 'watch', target: 'site' } })]);
    expect(rulePoints(without, RULE)).toBe(0);
    expect(reasons(without, RULE)[0]!.text).toMatch(/^Nobody said no to what was announced: .*Noodle, [^:]*: fixing the failing Chef runs on every php7 host \(7 php7 survivors to lose\)/);
    expect(rulePoints(told, RULE)).toBeGreaterThan(0);
    const line = reasons(told, RULE)[0]!;
    expect(line.text).toMatch(/php7 survivors? kept serving/);
    expect(line.evidence.map((item) => item.type)).toContain('intent-refused');
    expect(told.total).toBeGreaterThan(without.total);
  });

  it('stopping the curious cat’s “fix” before it takes effect earns the same way, for the survivors kept', () => {
    const started = announcedAt('Noodle') + level.sim.coordination.announceSeconds;
    const stopped = scoreOf([CALL, at(started + 5, { type: 'stop-job', responder: 'noodle' }), at(started + 6, { type: 'assign-job', responder: 'noodle', job: { type: 'view-site' } })]);
    const line = reasons(stopped, RULE)[0]!;
    expect(line.points).toBeGreaterThan(0);
    expect(line.text).toMatch(/7 php7 survivors kept serving/);
    expect(line.evidence.map((item) => item.type)).toContain('job-stopped');
  });

  it('only delays it, and earns nothing, when the cat is left idle and does it on the next try', () => {
    const noodle = announcedAt('Noodle');
    const told = scoreOf([CALL, refuse(noodle + 1, 'noodle')]);
    expect(rulePoints(told, RULE)).toBe(0);
  });

  it('to the fan-out cat’s Chef run on every host at once, earns points for the Chef server spared', () => {
    const biscuit = announcedAt('Biscuit');
    const told = scoreOf([CALL, refuse(biscuit + 1, 'biscuit'), at(biscuit + 2, { type: 'assign-job', responder: 'biscuit', job: { type: 'watch', target: 'chef-server' } })]);
    expect(rulePoints(told, RULE)).toBeGreaterThan(0);
    expect(reasons(told, RULE)[0]!.text).toMatch(/a fan-out of 180 at once, more than the Chef server carries \(80\), never started/);
    // Left idle, they fan out anyway on their next try: the refusal only put it off.
    const putOff = scoreOf([CALL, refuse(biscuit + 1, 'biscuit')]);
    expect(reasons(putOff, RULE)[0]!.text).not.toMatch(/never started/);
  });

  it('to something harmless (a look at the mirror) earns nothing', () => {
    const told = scoreOf([CALL, refuse(announcedAt('Miso') + 1, 'miso')]);
    expect(rulePoints(told, RULE)).toBe(0);
    expect(reasons(told, RULE).some((line) => /Miso/.test(line.text) && line.points > 0)).toBe(false);
  });
});

describe('adversarial: stops and refusals as gestures', () => {
  /** Every way of saying no or stopping, every 20 s, to everyone, whether or not there is anything to stop. */
  function spam(from: number, to: number, responders: readonly string[]): TimedCommand[] {
    const commands: TimedCommand[] = [];
    for (let tick = from; tick < to; tick += 20) {
      for (const responder of responders) commands.push(at(tick, { type: 'refuse-intent', responder }), at(tick, { type: 'stop-job', responder }));
      commands.push(at(tick, { type: 'stop-task', taskId: 999_999 }));
    }
    return commands;
  }
  const everyone = level.sim.responders.map((responder) => responder.id);

  it('spamming them when nothing can be stopped earns nothing', () => {
    const nothing = scoreOf([]);
    const spammed = scoreOf(spam(2, 1200, everyone));
    expect(spammed.total).toBe(nothing.total);
    expect(rulePoints(spammed, RULE)).toBe(0);
  });

  it('spamming refusals at a team that has jobs changes nothing in a skilled run', () => {
    const skilled = bundledReplay('skilled').commands;
    const refusals = spam(300, 1500, everyone).filter((timed) => timed.command.type === 'refuse-intent');
    const spammed = scoreOf([...skilled, ...refusals].sort((a, b) => a.atTick - b.atTick));
    expect(spammed.total).toBe(scoreOf(skilled).total);
  });

  it('stopping your own good fix roll-out costs: customers stay hurt longer, and it earns nothing', () => {
    const skilled = bundledReplay('skilled').commands;
    const rollOut = skilled.find((timed) => timed.command.type === 'assign-job' && timed.command.job.type === 'run-chef' && timed.command.responder === 'biscuit')!;
    const stop: Command = { type: 'stop-job', responder: 'biscuit' };
    const withStop = [...skilled, at(rollOut.atTick + 45, stop)].sort((a, b) => a.atTick - b.atTick);
    const stopped = scoreOf(withStop);
    const whole = scoreOf(skilled);
    expect(rulePoints(stopped, RULE)).toBe(0);
    expect(stopped.total).toBeLessThan(whole.total);
    // The sim shows why: the site is whole minutes later.
    const healthySince = (commands: readonly TimedCommand[]) => playRun(level.sim, 1, commands).state.incident.healthySinceTick!;
    expect(healthySince(withStop) - healthySince(skilled)).toBeGreaterThan(5 * 60);
  });
});
