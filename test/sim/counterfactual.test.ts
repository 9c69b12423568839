// The counterfactual: where the change was held and never went out, what the fleet would have done had it
// gone out instead, with nobody doing anything more. It is the simulation's own run (same level, seed and
// commands up to the hold), never a table: a later hold, another seed, a different fleet all show in it.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { counterfactualOf } from '../../src/session/counterfactual';
import { bundledLevel } from '../support/level-files';

const level = bundledLevel('hindsight');
const config = level.sim;
const at = (atTick: number, command: TimedCommand['command']): TimedCommand => ({ atTick, command });
const stagedHold = (holdAt: number): TimedCommand[] => [at(holdAt, { type: 'hold-change' }), at(holdAt, { type: 'test-in-staging', version: '2.2.22' })];

function counterfactual(commands: readonly TimedCommand[], seed = 1) {
  const run = playRun(config, seed, commands);
  return { run, counterfactual: counterfactualOf(config, seed, commands, run.events) };
}

describe('what the fleet would have done had the held change gone out', () => {
  const { run, counterfactual: held } = counterfactual(stagedHold(8));

  it('is shown for the run that held it, which itself never hurt anyone', () => {
    expect(run.state.incident.outcome?.result).toBe('no-impact');
    expect(run.events.some((event) => event.type === 'apache-failed-to-start' && !event.host.startsWith('staging'))).toBe(false);
    expect(held).not.toBeNull();
    expect(held!.heldAtTick).toBe(8);
  });

  it('breaks every web and API host whose Chef works: all but the seven php7 survivors', () => {
    const webTiers = config.tiers.filter((tier) => tier.pool === 'web');
    const php7 = config.tiers.find((tier) => tier.id === 'php7')!.count;
    expect(held!.worst.webHosts).toBe(webTiers.reduce((sum, tier) => sum + tier.count, 0));
    expect(held!.worst.webDown).toBe(held!.worst.webHosts - php7);
    expect(held!.worst.apiDown).toBe(held!.worst.apiHosts);
    expect(held!.hostsBroken).toBeGreaterThanOrEqual(held!.worst.webDown + held!.worst.apiDown);
  });

  it('costs customers minutes of a slow site and thousands of orders, blinds the monitoring, pages the on-call, and heals by Chef’s second runs', () => {
    expect(held!.minutesSlow).toBeGreaterThan(10);
    expect(held!.ordersLost).toBeGreaterThan(1000);
    expect(held!.blind?.services).toEqual(['host-status', 'dashboards']);
    expect(held!.pages).toBeGreaterThan(3);
    expect(held!.healedAtTick).toBeGreaterThan(held!.worst.tick);
    expect(held!.untilTick).toBe(held!.healedAtTick);
  });

  it('is the run with the change let go instead of held, and nothing more done', () => {
    const letGo = playRun({ ...config, resolution: { ...config.resolution, graceSeconds: 0 } }, 1, [at(8, { type: 'approve-change' })]);
    expect(held!.healedAtTick).toBe(letGo.state.incident.resolvedAtTick);
    expect(held!.minutesSlow).toBe(Math.round((letGo.state.totals.degradedSeconds / 60) * 10) / 10);
  });

  it('moves with the moment of the hold and with the seed, and is the same every time for the same run', () => {
    const later = counterfactual(stagedHold(400)).counterfactual!;
    expect(later.worst.tick - held!.worst.tick).toBeGreaterThan(300);
    expect(counterfactual(stagedHold(8), 2).counterfactual).not.toEqual(held);
    expect(counterfactual(stagedHold(8)).counterfactual).toEqual(held);
  });

  it('is quick: well under a second for the hour-long level', () => {
    const started = performance.now();
    counterfactualOf(config, 3, stagedHold(8), playRun(config, 3, stagedHold(8)).events);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('no counterfactual', () => {
  it('where the change went out: approved, or pushed when nobody objected', () => {
    expect(counterfactual([at(8, { type: 'approve-change' })]).counterfactual).toBeNull();
    expect(counterfactual([]).counterfactual).toBeNull();
  });

  it('where it was held and then let go after all', () => {
    expect(counterfactual([at(8, { type: 'hold-change' }), at(100, { type: 'approve-change' })]).counterfactual).toBeNull();
  });

  it('on a level without a review', () => {
    const faithful = bundledLevel('apache-snafu').sim;
    const run = playRun(faithful, 1, [], { untilTick: 100 });
    expect(counterfactualOf(faithful, 1, [], run.events)).toBeNull();
  });
});
