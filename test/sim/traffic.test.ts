// Customers: requests spread over the hosts the load balancer routes to; past capacity, latency climbs
// steeply and requests fail; orders follow.

import { describe, expect, it } from 'vitest';
import { tier, tinyLevel, tinyTiers } from '../support/tiny-level';
import { World } from '../support/run-sim';

describe('traffic', () => {
  it('runs near base latency with no errors when every host serves', () => {
    const world = new World(tinyLevel({ change: { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' } })).run(60);
    expect(world.state.pools.web).toMatchObject({ serving: 10, errorRate: 0, status: 'healthy' });
    expect(world.state.pools.web.p50LatencyMs).toBeLessThan(200);
    expect(world.state.ordersPerMinute).toBeCloseTo(600, -1);
  });

  it('fails the share of requests sent to a broken host until the load balancer drops it', () => {
    const world = new World(tinyLevel());
    world.runUntilEvent('apache-failed-to-start', (event) => event.host === 'web-01');
    world.run(1);
    expect(world.state.pools.web.errorRate).toBeCloseTo(1 / 10, 2);
    world.runUntilEvent('host-left-pool', (event) => event.host === 'web-01');
    world.run(1);
    expect(world.state.pools.web.errorRate).toBe(0);
  });

  it('climbs steeply past capacity: a few survivors mean seconds and lost requests', () => {
    const tiers = tinyTiers().map((t) => (t.id === 'web' ? tier('web', 0, { pool: 'web', capacityRequestsPerSecond: 40 }) : t));
    // 2 php7 hosts carry 80 req/s; give them nine times that, as the real 7 carried 2,500.
    const level = tinyLevel({ tiers });
    level.traffic.pools.web.requestsPerSecond = 80 * 8.9;
    const world = new World(level).run(5);
    const web = world.state.pools.web;
    expect(web.p50LatencyMs).toBeGreaterThan(2000);
    expect(web.errorRate).toBeGreaterThan(0.1);
    expect(web.errorRate).toBeLessThan(0.3);
    expect(web.status).toBe('degraded');
  });

  it('is down when no host serves a pool', () => {
    const world = new World(tinyLevel())
      .run(5)
      .give({ type: 'drain', hosts: ['@api'] })
      .run(5);
    expect(world.state.pools.api).toMatchObject({ serving: 0, errorRate: 1, status: 'down' });
  });

  it('lets a customer see the site as it is: slow, and sometimes not at all', () => {
    const world = new World(tinyLevel()).give({ type: 'view-site' }).run(10);
    expect(world.eventsOf('site-viewed')[0]).toMatchObject({ loaded: true, by: 'player' });
    expect(world.eventsOf('site-viewed')[0]!.latencyMs).toBeLessThan(200);
  });

  it('counts orders lost against a normal day', () => {
    const world = new World(tinyLevel()).run(20 * 60);
    const { ordersCompleted, ordersExpected, degradedSeconds } = world.state.totals;
    expect(ordersExpected).toBeCloseTo(600 * 20, -1);
    expect(ordersCompleted).toBeLessThan(ordersExpected * 0.95);
    expect(degradedSeconds).toBeGreaterThan(60);
  });
});
