// Kill switches: stopping the automation before it reaches more hosts, shedding load so the survivors
// carry checkout, draining hosts, and turning each switch back on.

import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const LATE_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: 120, watchHostName: 'web-01' };

describe('stopping chef-client', () => {
  it('keeps the hosts it reached in time on the old, working Apache', () => {
    const world = new World(tinyLevel({ change: LATE_PUSH })).give({ type: 'stop-chef', hosts: ['@api'], concurrency: 4 }).run(20 * 60);
    for (const host of world.tier('api')) {
      expect(host.chef.daemon).toBe('stopped');
      expect(host.apache).toMatchObject({ status: 'running', version: '2.2.21' });
    }
    expect(world.eventsOf('chef-daemon-stopped')).toHaveLength(4);
  });

  it('still lets a person run Chef on purpose, by hand', () => {
    const world = new World(tinyLevel({ change: LATE_PUSH })).give({ type: 'stop-chef', hosts: ['api-01'] }).run(200);
    world.give({ type: 'run-chef', hosts: ['api-01'] }).run(80);
    expect(world.host('api-01').apache.version).toBe('2.2.22');
  });

  it('can be turned back on, and the daemon runs again within its splay', () => {
    const world = new World(tinyLevel()).give({ type: 'stop-chef', hosts: ['api-02'] }).run(30);
    world.give({ type: 'start-chef', hosts: ['api-02'] }).run(6 + 90 + 1);
    expect(world.host('api-02').chef.daemon).toBe('running');
    expect(world.eventsOf('chef-run-started').some((event) => event.host === 'api-02' && event.tick > 36)).toBe(true);
  });
});

describe('the fleet-wide Chef pause', () => {
  it('is refused where the level has none, with what to do instead', () => {
    const world = new World(tinyLevel()).give({ type: 'pause-chef' });
    expect(world.refusals()).toEqual(['There is no fleet-wide Chef switch here: stop chef-client on the hosts instead.']);
    expect(world.state.chefPaused).toBe(false);
  });

  it('stops every scheduled run where the level has one, and resuming starts them again', () => {
    const level = tinyLevel({ chef: { ...tinyLevel().chef, hasFleetPause: true } });
    const world = new World(level).give({ type: 'pause-chef' }).run(15 * 60);
    expect(world.eventsOf('chef-run-started').filter((event) => event.trigger === 'schedule' && event.tick > 0)).toHaveLength(0);
    expect(world.tier('web').every((host) => host.apache.version === '2.2.21' || host.name === 'web-01')).toBe(true);
    world.give({ type: 'resume-chef' }).run(12 * 60);
    expect(world.eventsOf('chef-resumed')).toHaveLength(1);
    expect(world.eventsOf('chef-run-started').filter((event) => event.trigger === 'schedule' && event.tick > 15 * 60).length).toBeGreaterThan(10);
  });
});

describe('load shedding', () => {
  it('switching a feature off takes its share of requests away, and back on returns it', () => {
    const world = new World(tinyLevel()).run(5);
    const before = world.state.pools.web.demandRequestsPerSecond;
    world.give({ type: 'set-feature-flag', flag: 'recommendations', on: false });
    expect(world.state.pools.web.demandRequestsPerSecond).toBeCloseTo(before * 0.8);
    world.give({ type: 'set-feature-flag', flag: 'recommendations', on: true });
    expect(world.state.pools.web.demandRequestsPerSecond).toBeCloseTo(before);
  });

  it('lets the few survivors answer faster', () => {
    const shed = new World(tinyLevel()).give({ type: 'set-feature-flag', flag: 'recommendations', on: false }).run(13 * 60);
    const kept = new World(tinyLevel()).run(13 * 60);
    expect(shed.state.pools.web.p50LatencyMs).toBeLessThan(kept.state.pools.web.p50LatencyMs);
  });

  it('refuses a flag that does not exist', () => {
    expect(new World(tinyLevel()).give({ type: 'set-feature-flag', flag: 'cats', on: false }).refusals()).toEqual(['There is no feature flag "cats".']);
  });
});

describe('draining', () => {
  it('takes a host out of traffic whatever its health, and restoring brings it back', () => {
    const world = new World(tinyLevel())
      .run(5)
      .give({ type: 'drain', hosts: ['web-02', 'web-03'] })
      .run(5);
    expect(world.state.pools.web.inPool).toBe(8);
    world.give({ type: 'restore', hosts: ['web-02', 'web-03'] }).run(5);
    expect(world.state.pools.web.inPool).toBe(10);
    expect(world.eventsOf('host-restored')).toHaveLength(2);
  });

  it('refuses hosts that are not behind the load balancer', () => {
    expect(new World(tinyLevel()).give({ type: 'drain', hosts: ['@db'] }).refusals()).toEqual(['none of those hosts is behind the load balancer']);
  });
});

describe('starting chef-client where it already runs', () => {
  it('changes nothing, its schedule included', () => {
    const world = new World(tinyLevel()).run(1);
    const before = world.tier('api').map((host) => host.chef.nextRunAtTick);
    world.give({ type: 'start-chef', hosts: ['@api'], concurrency: 4 }).run(8);
    expect(world.tier('api').map((host) => host.chef.nextRunAtTick)).toEqual(before);
    expect(world.eventsOf('chef-daemon-started')).toHaveLength(0);
  });
});
