// The true story, played on the bundled level with its real numbers: what happens if nobody does
// anything, what the team really did, and the moves that make it better or worse.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import type { SimState } from '../../src/sim/state';
import { bundledLevel, bundledReplay } from '../support/level-files';

const level = bundledLevel();
const config = level.sim;
const tierIndex = (id: string): number => config.tiers.findIndex((tier) => tier.id === id);
const hostsOf = (state: SimState, id: string) => state.hosts.filter((host) => host.tierIndex === tierIndex(id));
const down = (state: SimState, id: string): number => hostsOf(state, id).filter((host) => host.apache.status !== 'running').length;

// Only the moment of resolution matters here: a grace of 0 ends each run there, not at the time limit.
const untilResolved = { ...config, resolution: { ...config.resolution, graceSeconds: 0 } };

function resolvedAt(commands: readonly TimedCommand[], seed = 1): number {
  const { state } = playRun(untilResolved, seed, commands, { keepEvents: false });
  expect(state.incident.resolvedAtTick).not.toBeNull();
  return state.incident.resolvedAtTick!;
}

describe('the Apache SNAFU, if nobody does anything', () => {
  // The worst moment: the first tick at which every non-php7 web and api host has Apache down.
  let worst: SimState | null = null;
  playRun(config, 1, [], {
    keepEvents: false,
    untilTick: 20 * 60,
    onTick: (state) => {
      if (!worst && down(state, 'web') === 113 && down(state, 'api') === 60) worst = structuredClone(state);
    },
  });

  it('has every non-php7 web and api host down within about twelve minutes of the change', () => {
    expect(worst).not.toBeNull();
    expect(worst!.tick - worst!.incident.changePushedAtTick!).toBeLessThanOrEqual(13 * 60);
  });

  it('survives on the seven php7 hosts, whose Chef runs were failing all along', () => {
    expect(down(worst!, 'php7')).toBe(0);
    expect(worst!.pools.web.serving).toBe(7);
    expect(hostsOf(worst!, 'php7').every((host) => host.chef.lastRun?.result === 'failed')).toBe(true);
  });

  it('is slow but up: seconds per page, some requests failing, orders trickling in', () => {
    const web = worst!.pools.web;
    expect(web.status).toBe('degraded');
    expect(web.p50LatencyMs).toBeGreaterThan(2000);
    expect(web.errorRate).toBeGreaterThan(0.1);
    expect(web.errorRate).toBeLessThan(0.4);
    expect(worst!.ordersPerMinute).toBeGreaterThan(0);
    expect(worst!.ordersPerMinute).toBeLessThan(level.sim.traffic.ordersPerMinute * 0.3);
  });

  it('is graph-blind: the Nagios UI and the dashboards are down with Apache', () => {
    expect(worst!.toolsUp).toMatchObject({ 'host-status': false, dashboards: false });
  });

  it('stays so until Chef’s next cycle heals the fleet, about ten minutes after each host broke', () => {
    const { state } = playRun(config, 1, [], { keepEvents: false });
    expect(state.incident.resolvedAtTick).toBeGreaterThan(worst!.tick);
    expect(state.incident.resolvedAtTick! - state.incident.changePushedAtTick!).toBeGreaterThan(20 * 60);
    expect(state.incident.outcome?.result).toBe('recovered');
  });
});

describe('what the team really did', () => {
  const historical = bundledReplay('historical');

  it('forcing a second Chef run everywhere by fan-out recovers sooner than waiting', () => {
    for (const seed of [1, 2, 3]) expect(resolvedAt(historical.commands, seed)).toBeLessThan(resolvedAt([], seed));
  });

  it('a fan-out that is too wide overloads the Chef server and recovers later', () => {
    const tooWide = historical.commands.map((entry) =>
      entry.command.type === 'run-chef' && entry.command.concurrency ? { ...entry, command: { ...entry.command, concurrency: 400 } } : entry,
    );
    expect(resolvedAt(tooWide)).toBeGreaterThan(resolvedAt(historical.commands) + 120);
  });
});

describe('the skilled response', () => {
  it('stops the spread, fixes forward in stages and loses far fewer orders than the team did', () => {
    const skilled = playRun(config, 1, bundledReplay('skilled').commands, { keepEvents: false }).state;
    const historical = playRun(config, 1, bundledReplay('historical').commands, { keepEvents: false }).state;
    expect(skilled.incident.outcome?.result).toBe('recovered');
    const lost = (state: SimState): number => state.totals.ordersExpected - state.totals.ordersCompleted;
    expect(lost(skilled)).toBeLessThan(lost(historical) / 4);
    expect(skilled.totals.degradedSeconds).toBeLessThan(historical.totals.degradedSeconds / 4);
    expect(skilled.hosts.every((host) => host.chef.daemon === 'running')).toBe(true);
  });
});

describe('"fixing" the php7 survivors early', () => {
  it('takes the whole site down: their repaired Chef runs upgrade them too', () => {
    const repairAt = 9 * 60;
    const { state, events } = playRun(config, 1, [{ atTick: repairAt, command: { type: 'repair-chef', hosts: ['@php7'], concurrency: 7 } }], {
      untilTick: repairAt + 6 * 60,
    });
    expect(events.filter((event) => event.type === 'chef-repaired')).toHaveLength(7);
    expect(events.some((event) => event.type === 'pool-status-changed' && event.pool === 'web' && event.to === 'down')).toBe(true);
    expect(state.incident.outcome).toBeNull();
  });
});

describe('a change tried first', () => {
  const proposed = { ...config, change: { ...config.change, pushAtSecond: null } };

  it('on one canary host shows the failure there, and the fleet is never hurt', () => {
    const { state, events } = playRun(
      proposed,
      1,
      [
        { atTick: 10, command: { type: 'set-pin', version: '2.2.22', hosts: ['web-050'] } },
        { atTick: 60, command: { type: 'run-chef', hosts: ['web-050'] } },
      ],
      { untilTick: 30 * 60 },
    );
    const failures = events.filter((event) => event.type === 'apache-failed-to-start');
    expect(failures.map((event) => 'host' in event && event.host)).toEqual(['web-050']);
    expect(state.pools.web.status).toBe('healthy');
    expect(state.totals.downSeconds).toBe(0);
  });

  it('in staging shows the failure after the slow setup, and production is never touched', () => {
    const { state, events } = playRun(proposed, 1, [{ atTick: 10, command: { type: 'test-in-staging', version: '2.2.22' } }], { untilTick: 40 * 60 });
    const finished = events.find((event) => event.type === 'staging-test-finished');
    expect(finished).toMatchObject({ failedAfterUpgrade: 2, runningAfterSecondRun: 2 });
    expect(finished!.tick).toBeGreaterThan(level.sim.staging!.setupSeconds);
    expect(state.incident.impactStartedAtTick).toBeNull();
    expect(events.some((event) => event.type === 'apache-upgraded' && !event.host.startsWith('staging'))).toBe(false);
  });
});
