// A host takes part in at most MAX_TASKS_PER_HOST hand tasks at once, so no pile of fan-outs can make a
// tick endless. Past that, a command is refused in words the player sees in the terminal, like any
// other refusal; once a task finishes, the host takes work again.

import { describe, expect, it } from 'vitest';
import { MAX_TASKS_PER_HOST } from '../../src/sim/apply-command';
import type { Command } from '../../src/sim/commands';
import { World } from '../support/run-sim';
import { tinyLevel } from '../support/tiny-level';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };
const stopWeb: Command = { type: 'stop-chef', hosts: ['@web'], concurrency: 1 };

describe('hand tasks on one host', () => {
  it('are refused past the bound, naming a busy host and how many more there are', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give(...Array.from({ length: MAX_TASKS_PER_HOST + 2 }, () => stopWeb));
    expect(world.eventsOf('task-started')).toHaveLength(MAX_TASKS_PER_HOST);
    expect(world.refusals()).toEqual(
      Array.from(
        { length: 2 },
        () => `web-01 and 9 other hosts already have ${MAX_TASKS_PER_HOST} tasks running (fan-outs and ssh sessions): wait for one to finish before giving them more.`,
      ),
    );
  });

  it('still reach hosts that are not busy, and a single busy host is named alone', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give(...Array.from({ length: MAX_TASKS_PER_HOST }, (): Command => ({ type: 'stop-chef', hosts: ['web-01'] })));
    world.give({ type: 'stop-chef', hosts: ['api-01'] }, { type: 'stop-chef', hosts: ['web-01'] });
    expect(world.eventsOf('task-started')).toHaveLength(MAX_TASKS_PER_HOST + 1);
    expect(world.refusals()).toEqual([`web-01 already has ${MAX_TASKS_PER_HOST} tasks running (fan-outs and ssh sessions): wait for one to finish before giving it more.`]);
  });

  it('are taken again once the running ones finish', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give(...Array.from({ length: MAX_TASKS_PER_HOST }, () => stopWeb));
    world.runUntilState((state) => state.tasks.length === 0);
    world.give(stopWeb);
    expect(world.refusals()).toEqual([]);
    expect(world.eventsOf('task-started')).toHaveLength(MAX_TASKS_PER_HOST + 1);
  });
});
