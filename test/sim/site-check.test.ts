// The site-level check: like a real HTTP check of the shop through the load balancer, on the monitoring
// interval with retries. It alerts and pages the on-call when the site's error rate or latency pass the
// level's thresholds, stays open until it recovers, and pages again on a new episode. It keeps working
// when Apache (and with it the Nagios UI) is down, as the host checks do.

import { describe, expect, it } from 'vitest';
import type { SimConfig } from '../../src/sim/config';
import { tinyLevel } from '../support/tiny-level';
import { bundledLevel } from '../support/level-files';
import { World } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };
/** All but one web host: the last one carries 40 of the 200 requests a second, and customers feel it. */
const ALL_BUT_ONE = ['web-01', 'web-02', 'web-03', 'web-04', 'web-05', 'web-06', 'web-07', 'web-08', 'web-php7-01'];

function withSiteCheck(overrides: Partial<SimConfig> = {}, siteCheck = { errorRate: 0.05, p50LatencyMs: 1000 }): SimConfig {
  const config = tinyLevel({ script: [], ...overrides });
  config.monitoring = { ...config.monitoring, siteCheck };
  return config;
}

const sitePages = (world: World) => world.eventsOf('page-sent').filter((event) => event.tier === 'site');

describe('the site check', () => {
  it('pages once customers hurt past the thresholds, after its retries, and stays open until the site recovers', () => {
    const world = new World(withSiteCheck({ change: NO_PUSH }));
    world.run(70);
    expect(world.state.siteCheck).toMatchObject({ lastCheckOk: true, alerting: false });
    const drainedAt = world.state.tick;
    world.give({ type: 'drain', hosts: ALL_BUT_ONE });
    const raised = world.runUntilEvent('site-alert-raised');
    expect(raised.errorRate).toBeGreaterThanOrEqual(0.05);
    expect(raised.tick - drainedAt).toBeGreaterThanOrEqual(2 * 60);
    expect(raised.tick - drainedAt).toBeLessThanOrEqual(4 * 60);
    expect(sitePages(world)).toHaveLength(1);
    expect(sitePages(world)[0]!.summary).toMatch(/^Shop: HTTP CRITICAL through the load balancer: \d+ % of requests failing, p50 \d+\.\d s$/);
    world.run(600);
    expect(sitePages(world)).toHaveLength(1);
    expect(world.state.siteCheck.alerting).toBe(true);
    world.give({ type: 'restore', hosts: ALL_BUT_ONE });
    world.runUntilEvent('site-alert-cleared');
    expect(world.state.siteCheck.alerting).toBe(false);
  });

  it('pages again on a new episode', () => {
    const world = new World(withSiteCheck({ change: NO_PUSH })).give({ type: 'drain', hosts: ALL_BUT_ONE });
    world.runUntilEvent('site-alert-raised');
    world.give({ type: 'restore', hosts: ALL_BUT_ONE });
    world.runUntilEvent('site-alert-cleared');
    world.give({ type: 'drain', hosts: ALL_BUT_ONE });
    world.run(300);
    expect(world.eventsOf('site-alert-raised')).toHaveLength(2);
    expect(sitePages(world)).toHaveLength(2);
  });

  it('keeps paging while the Nagios UI is down with the rest of Apache', () => {
    const world = new World(withSiteCheck());
    world.runUntilState((state) => !state.toolsUp['host-status'], 1800);
    world.give({ type: 'drain', hosts: ALL_BUT_ONE });
    world.give({ type: 'ack-page' });
    world.runUntilEvent('site-alert-raised');
    expect(world.state.toolsUp['host-status']).toBe(false);
    expect(world.state.pages.filter((page) => page.ackedAtTick === null).map((page) => page.tierId)).toContain('site');
  });

  it('is not there in a level without one', () => {
    const world = new World(tinyLevel({ change: NO_PUSH, script: [] })).give({ type: 'drain', hosts: ALL_BUT_ONE });
    world.run(600);
    expect(world.eventsOf('site-alert-raised')).toHaveLength(0);
  });
});

describe('the shipped level', () => {
  it('never lets the pager sit quiet while the site is degraded, even when every host page was acknowledged at once', () => {
    const level = bundledLevel();
    const world = new World(level.sim);
    const monitoring = level.sim.monitoring;
    // Long enough for the check's retries to run out, once the site is past its thresholds.
    const grace = monitoring.checkIntervalSeconds + monitoring.retryIntervalSeconds * monitoring.maxCheckAttempts;
    let pastThresholdsSince: number | null = null;
    let checked = 0;
    while (world.state.tick < 1800 && !world.state.incident.outcome) {
      const hostPages = world.state.pages.filter((page) => page.ackedAtTick === null && page.tierId !== 'site');
      world.run(
        1,
        hostPages.map((page) => ({ type: 'ack-page' as const, pageId: page.id })),
      );
      const web = world.state.pools.web;
      const past = web.errorRate >= monitoring.siteCheck!.errorRate || web.p50LatencyMs >= monitoring.siteCheck!.p50LatencyMs;
      pastThresholdsSince = past ? (pastThresholdsSince ?? world.state.tick) : null;
      if (pastThresholdsSince !== null && world.state.tick - pastThresholdsSince > grace) {
        checked++;
        expect(world.state.pages.some((page) => page.ackedAtTick === null)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});
