// The load balancer's own health checks decide which hosts get customers' requests.

import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

describe('load balancer health checks', () => {
  it('take a host whose Apache failed out of the pool after three failed checks, five seconds apart', () => {
    const world = new World(tinyLevel()).run(150);
    const failedAt = world.eventsOf('apache-failed-to-start').find((event) => event.host === 'web-01')!.tick;
    const leftAt = world.eventsOf('host-left-pool').find((event) => event.host === 'web-01')!.tick;
    expect(leftAt - failedAt).toBeGreaterThanOrEqual(10);
    expect(leftAt - failedAt).toBeLessThanOrEqual(15);
    expect(world.host('web-01').lb?.inPool).toBe(false);
  });

  it('bring it back after two passing checks once Apache runs again', () => {
    const world = new World(tinyLevel());
    world.runUntilEvent('chef-run-finished', (event) => event.host === 'web-01' && event.tick > 20);
    world.give({ type: 'start-apache', hosts: ['web-01'] }).run(8);
    const startedAt = world.eventsOf('apache-started').find((event) => event.host === 'web-01')!.tick;
    world.run(15);
    const joinedAt = world.eventsOf('host-joined-pool').find((event) => event.host === 'web-01')!.tick;
    expect(joinedAt - startedAt).toBeGreaterThan(0);
    expect(joinedAt - startedAt).toBeLessThanOrEqual(10);
  });

  it('report their own numbers when asked, even with the monitoring blind', () => {
    const world = new World(tinyLevel());
    world.runUntilState((state) => !state.toolsUp['host-status'] && state.pools.web.serving === 2);
    world.give({ type: 'read-lb-stats' }).run(5);
    expect(world.eventsOf('lb-stats-read')[0]?.pools.web).toMatchObject({ hosts: 10, serving: 2 });
  });
});
