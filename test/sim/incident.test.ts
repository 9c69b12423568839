// The incident's arc: customers affected, the site whole and healthy long enough to call it resolved,
// and the level's end.

import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };

describe('the incident', () => {
  it('starts for customers when a pool stops being healthy', () => {
    const world = new World(tinyLevel());
    const affected = world.runUntilEvent('customers-affected');
    expect(affected.tick).toBeGreaterThan(20);
  });

  it('is not resolved by a lull: every serving host must be back, and stay so a while', () => {
    const world = new World(tinyLevel());
    const resolved = world.runUntilEvent('incident-resolved');
    const lastBroken = Math.max(
      ...world
        .eventsOf('apache-failed-to-start')
        .filter((event) => event.host.startsWith('web') || event.host.startsWith('api'))
        .map((event) => event.tick),
    );
    expect(resolved.tick).toBeGreaterThan(lastBroken + 180);
    expect(world.state.pools.web.broken + world.state.pools.api.broken).toBe(0);
  });

  it('does not end by itself once resolved when the level sets no grace: the player hands over', () => {
    const level = tinyLevel();
    level.resolution.graceSeconds = null;
    const world = new World(level);
    const resolved = world.runUntilEvent('incident-resolved');
    world.run(20 * 60);
    expect(world.state.incident.outcome).toBeNull();
    world.give({ type: 'end-incident' });
    expect(world.state.incident.outcome).toEqual({ result: 'recovered', reason: 'player-ended', endedAtTick: world.state.tick });
    expect(world.state.tick).toBeGreaterThan(resolved.tick + 20 * 60);
  });

  it('still ends by itself, then, at the time limit, as recovered', () => {
    const level = tinyLevel();
    level.resolution.graceSeconds = null;
    level.resolution.timeLimitSeconds = 40 * 60;
    const world = new World(level);
    world.runUntilEvent('incident-resolved');
    const ended = world.runUntilEvent('level-ended');
    expect(ended.outcome).toEqual({ result: 'recovered', reason: 'time-limit', endedAtTick: 40 * 60 });
  });

  it('ends on its own a while after it is resolved, as recovered, where the level sets a grace', () => {
    const world = new World(tinyLevel());
    const resolved = world.runUntilEvent('incident-resolved');
    const ended = world.runUntilEvent('level-ended');
    expect(ended.tick - resolved.tick).toBe(300);
    expect(ended.outcome).toEqual({ result: 'recovered', reason: 'resolved', endedAtTick: ended.tick });
  });

  it('cannot be closed by the player while customers are hurting, or in a lull with hosts still broken', () => {
    const world = new World(tinyLevel());
    world.runUntilState((state) => state.pools.web.status !== 'healthy');
    world.give({ type: 'end-incident' });
    world.runUntilState((state) => state.pools.web.status === 'healthy' && state.pools.web.broken > 0);
    world.give({ type: 'end-incident' });
    const refusal = 'The site is not whole yet: the incident stays open until every serving host is back and healthy.';
    expect(world.refusals()).toEqual([refusal, refusal]);
    expect(world.state.incident.outcome).toBeNull();
  });

  it('ends with no impact when the change never reached customers', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).run(120).give({ type: 'end-incident' });
    expect(world.state.incident.outcome).toEqual({ result: 'no-impact', reason: 'player-ended', endedAtTick: 120 });
  });

  it('ends at the time limit, unresolved if customers are still hurting', () => {
    const level = tinyLevel();
    level.resolution.timeLimitSeconds = 10 * 60;
    const world = new World(level).run(11 * 60);
    expect(world.state.incident.outcome).toEqual({ result: 'unresolved', reason: 'time-limit', endedAtTick: 600 });
  });

  it('stands still once it has ended', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'end-incident' });
    const tick = world.state.tick;
    world.run(100);
    expect(world.state.tick).toBe(tick);
  });
});

describe('after the all-clear', () => {
  it('a second failure reopens the incident: it cannot end as recovered while the site is down', () => {
    const world = new World(tinyLevel());
    world.runUntilEvent('incident-resolved');
    world.give({ type: 'drain', hosts: ['@web'] }).run(10);
    expect(world.eventsOf('incident-reopened')).toHaveLength(1);
    world.run(400);
    expect(world.state.incident.outcome).toBeNull();
  });

  it('nothing else happens in the tick the player closes the incident', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'end-incident' }, { type: 'drain', hosts: ['@web'] });
    expect(world.eventsOf('task-started')).toHaveLength(0);
    expect(world.state.tick).toBe(world.state.incident.outcome!.endedAtTick);
  });
});
