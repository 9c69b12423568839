// Staging: slow to set up, so people skip it; but a test there shows the failure on staging hosts with
// the same Chef and Apache rules as production, and production is never touched.

import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };

describe('a staging test', () => {
  it('waits for the environment, then shows Apache failing after the upgrade and the second run starting it', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'test-in-staging', version: '2.2.22' });
    expect(world.eventsOf('staging-test-started')[0]).toMatchObject({ version: '2.2.22', readyAtTick: 300 });
    const finished = world.runUntilEvent('staging-test-finished');
    expect(finished.tick).toBeGreaterThan(300);
    expect(finished).toMatchObject({ hosts: 2, failedAfterUpgrade: 2, runningAfterSecondRun: 2 });
    expect(finished.summary).toBe('httpd 2.2.22: Apache failed to start after the upgrade on 2 of 2 staging hosts; a second Chef run left it running on 2.');
  });

  it('never touches production', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'test-in-staging', version: '2.2.22' });
    world.runUntilEvent('staging-test-finished');
    const production = world.state.hosts.filter((host) => world.config.tiers[host.tierIndex]!.environment === 'production');
    expect(production.every((host) => host.apache.version !== '2.2.22')).toBe(true);
    expect(world.state.incident.impactStartedAtTick).toBeNull();
  });

  it('says when the mirror cannot provide the version', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'test-in-staging', version: '2.2.20' });
    expect(world.runUntilEvent('staging-test-finished').summary).toBe('Staging could not install httpd 2.2.20: the mirror does not have it.');
  });

  it('blames Chef, not the mirror, when staging hosts fail before installing, and leaves staging following the cookbook', () => {
    const level = tinyLevel({ change: NO_PUSH });
    level.tiers.find((tier) => tier.id === 'staging')!.chefFailure = { share: 1, reason: 'staging is out of disk' };
    const world = new World(level).give({ type: 'test-in-staging', version: '2.2.22' });
    expect(world.runUntilEvent('staging-test-finished').summary).toBe('Chef failed on 2 of 2 staging hosts before it installed httpd 2.2.22.');
    expect(world.tier('staging').map((host) => host.pinOverride)).toEqual([null, null]);
  });

  it('runs one test at a time, and only where the team has staging', () => {
    const world = new World(tinyLevel()).give({ type: 'test-in-staging', version: '2.2.22' }).give({ type: 'test-in-staging', version: '2.2.22' });
    const none = new World(tinyLevel({ staging: null })).give({ type: 'test-in-staging', version: '2.2.22' });
    expect(world.refusals()).toEqual(['Staging is busy testing 2.2.22.']);
    expect(none.refusals()).toEqual(['This team has no staging environment.']);
  });
});
