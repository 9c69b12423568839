// The player sees the fleet through the monitoring: a check behind the truth while it works, fogged to
// unknown when it goes blind, except for what an out-of-band look has shown.

import { describe, expect, it } from 'vitest';
import { KnownWorld } from '../../src/session/known-world';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

describe('what the player can know', () => {
  it('follows the monitoring while its screen is up, a check behind the truth', () => {
    const world = new World(tinyLevel());
    const known = new KnownWorld();
    const failed = world.runUntilEvent('apache-failed-to-start', (event) => event.host === 'web-01');
    expect(world.state.tick - failed.tick).toBeLessThan(2);
    expect(known.host(world.state, world.host('web-01')).state).not.toBe('failed');
    world.run(61);
    expect(known.host(world.state, world.host('web-01'))).toMatchObject({ state: 'failed', source: 'monitoring' });
  });

  it('fogs every Apache host to unknown when the Nagios UI goes dark', () => {
    const world = new World(tinyLevel());
    const known = new KnownWorld();
    world.runUntilState((state) => !state.toolsUp['host-status']);
    expect(world.tier('api').map((host) => known.host(world.state, host).state)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(known.host(world.state, world.host('db-01')).state).toBe('no-apache');
  });

  it('shows what an out-of-band look found, and when', () => {
    const world = new World(tinyLevel());
    const known = new KnownWorld();
    world.runUntilState((state) => !state.toolsUp['host-status']);
    const before = world.events.length;
    world.give({ type: 'check-host', host: 'api-02', method: 'curl' }).run(5);
    known.learn(world.events.slice(before));
    const look = known.host(world.state, world.host('api-02'));
    expect(look.source).toBe('curl');
    expect(look.state).toBe(world.host('api-02').apache.status === 'running' ? 'serving' : 'failed');
    expect(known.host(world.state, world.host('api-01')).state).toBe('unknown');
  });
});
