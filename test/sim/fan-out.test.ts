// dsh fan-out: many hosts at once, a few at a time. Too many at once overloads the Chef server and the
// mirror behind it, and every run slows down.

import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };

function secondsToFinish(concurrency: number): number {
  const world = new World(tinyLevel({ change: NO_PUSH }));
  world.give({ type: 'run-chef', hosts: ['@all'], concurrency });
  const taskId = world.eventsOf('task-started')[0]!.taskId;
  while (!world.eventsOf('task-finished').some((event) => event.taskId === taskId)) world.run(10);
  return world.state.tick;
}

describe('a fan-out', () => {
  it('never has more hosts in flight than its width', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'run-chef', hosts: ['@web'], concurrency: 3 });
    let most = 0;
    for (let i = 0; i < 400; i++) {
      world.run(1);
      most = Math.max(most, world.state.hosts.filter((host) => host.chef.run?.by === 'player').length);
    }
    expect(most).toBe(3);
  });

  it('reaches every host it names, each once', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'run-chef', hosts: ['@web', '-@php7'], concurrency: 4 }).run(600);
    const hosts = world
      .eventsOf('chef-run-started')
      .filter((event) => event.by === 'player')
      .map((event) => event.host);
    expect(hosts.sort()).toEqual(
      world
        .tier('web')
        .map((host) => host.name)
        .sort(),
    );
  });

  it('too wide overloads the Chef server and finishes later than a sensible width', () => {
    const sensible = secondsToFinish(5);
    const tooWide = secondsToFinish(1000);
    expect(tooWide).toBeGreaterThan(sensible * 1.5);
  });

  it('says when the Chef server is overloaded and when it has recovered', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'run-chef', hosts: ['@all'], concurrency: 30 }).run(3000);
    expect(world.eventsOf('chef-server-overloaded').length).toBeGreaterThan(0);
    expect(world.eventsOf('chef-server-recovered').length).toBeGreaterThan(0);
  });

  it('refuses a width below one', () => {
    expect(new World(tinyLevel()).give({ type: 'run-chef', hosts: ['@web'], concurrency: 0 }).refusals()).toEqual(['A fan-out width must be a whole number from 1 up, not 0.']);
  });
});
