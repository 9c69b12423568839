// Every cat job and every fan-out can be stopped. A job stopped before it is done never takes effect; a
// fan-out stopped spares the hosts it has not reached, while what is already in flight on a host
// finishes (a Chef run in progress completes, as it would after Ctrl-C on dsh).

import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };

/** Miso, here and caught up, on a quiet morning. */
function misoReady(): World {
  const world = new World(tinyLevel({ change: NO_PUSH, script: [] })).give({ type: 'ask-for-help', responder: 'miso' });
  world.runUntilEvent('responder-caught-up');
  return world;
}

describe('stopping a cat’s job', () => {
  it('before it is done: it never happens, and they say OK in plain words', () => {
    const world = misoReady().give({ type: 'assign-job', responder: 'miso', job: { type: 'stop-chef', hosts: ['@web'], concurrency: 5 } });
    world.run(5).give({ type: 'stop-job', responder: 'Miso' });
    expect(world.eventsOf('job-stopped')[0]).toMatchObject({ name: 'Miso', summary: 'stopping Chef on every web host', by: 'player', concurrency: 5 });
    expect(world.state.responders[0]).toMatchObject({ status: 'idle', job: null });
    expect(world.eventsOf('message-posted').at(-1)).toMatchObject({ from: 'Miso', text: "OK, stopped: no more stopping Chef on every web host. Give me another job when you're ready." });
    world.run(120);
    expect(world.eventsOf('task-started')).toHaveLength(0);
    expect(world.eventsOf('job-done')).toHaveLength(0);
  });

  it('after their keyboard work: stops the fan-out running in their name', () => {
    const world = misoReady().give({ type: 'assign-job', responder: 'miso', job: { type: 'run-chef', hosts: ['@web'], concurrency: 2 } });
    const task = world.runUntilEvent('task-started', (event) => event.by === 'Miso');
    world.run(2).give({ type: 'stop-job', responder: 'miso' });
    const stopped = world.eventsOf('task-stopped')[0]!;
    expect(stopped).toMatchObject({ taskId: task.taskId, action: 'run-chef', startedBy: 'Miso', by: 'player', spared: 8 });
    expect(world.eventsOf('message-posted').at(-1)!.text).toBe("OK, my fan-out is stopped (what's already running on a host will finish). Over to you.");
    world.runUntilEvent('task-finished', (event) => event.taskId === task.taskId);
    expect(world.eventsOf('chef-run-started').filter((event) => event.by === 'Miso')).toHaveLength(2);
    expect(world.eventsOf('chef-run-finished').filter((event) => task.hosts.slice(0, 2).includes(event.host))).toHaveLength(2);
  });

  it('says why when there is nothing to stop', () => {
    const world = misoReady().give({ type: 'stop-job', responder: 'miso' }, { type: 'stop-job', responder: 'Garfield' });
    expect(world.refusals()).toEqual(['Miso has no job under way to stop.', 'There is nobody called "Garfield" to stop.']);
  });
});

describe('stopping a fan-out', () => {
  it('spares the hosts not reached yet; runs in flight complete', () => {
    const world = new World(tinyLevel({ change: NO_PUSH, script: [] })).give({ type: 'run-chef', hosts: ['@web', '@api'], concurrency: 3 });
    const task = world.eventsOf('task-started')[0]!;
    world.run(3).give({ type: 'stop-task' });
    const stopped = world.eventsOf('task-stopped')[0]!;
    expect(stopped).toMatchObject({ taskId: task.taskId, spared: 11, startedBy: 'player', by: 'player' });
    expect(stopped.sparedHosts).toEqual(task.hosts.slice(3));
    world.runUntilEvent('task-finished');
    const ran = world.eventsOf('chef-run-started').filter((event) => event.taskId === task.taskId);
    expect(ran.map((event) => event.host)).toEqual(task.hosts.slice(0, 3));
    const finished = world.eventsOf('chef-run-finished').map((event) => event.host);
    expect(finished).toEqual(expect.arrayContaining(task.hosts.slice(0, 3)));
  });

  it('by number, and says why when it cannot', () => {
    const world = new World(tinyLevel({ change: NO_PUSH, script: [] }));
    world.give({ type: 'stop-task' }, { type: 'stop-task', taskId: 99 });
    world.give({ type: 'stop-chef', hosts: ['web-01'] });
    const id = world.eventsOf('task-started')[0]!.taskId;
    world.give({ type: 'stop-task', taskId: id });
    expect(world.refusals()).toEqual([
      'There is no task of yours running to stop.',
      'There is no task #99 running.',
      `Task #${id} has started on every one of its hosts already: what is in flight will finish.`,
    ]);
  });

  it('spares a Chef run still waiting for a host’s lock', () => {
    const world = new World(tinyLevel({ change: NO_PUSH, script: [] }));
    world.runUntilState((state) => state.hosts.find((host) => host.name === 'web-01')!.chef.run !== null, 900);
    world.give({ type: 'run-chef', hosts: ['web-01'] });
    world.give({ type: 'stop-task' });
    expect(world.eventsOf('task-stopped')[0]).toMatchObject({ spared: 1, sparedHosts: ['web-01'] });
    world.run(200);
    expect(world.eventsOf('chef-run-started').filter((event) => event.trigger === 'manual')).toHaveLength(0);
  });

  it('leaves the staging test’s own runs to the test', () => {
    const world = new World(tinyLevel({ change: NO_PUSH, script: [] })).give({ type: 'test-in-staging', version: '2.2.22' });
    world.runUntilState((state) => state.staging?.taskId !== null, 900);
    const id = world.state.staging!.taskId!;
    world.give({ type: 'stop-task', taskId: id });
    expect(world.refusals()).toEqual([`Task #${id} is the staging test's own Chef runs: it ends when the test does.`]);
  });

  it('is not a job for someone else', () => {
    const world = misoReady().give({ type: 'assign-job', responder: 'miso', job: { type: 'stop-task' } });
    expect(world.refusals()).toEqual(["Saying no and stopping work is the lead's to do: give it yourself, not as a job."]);
  });
});
