// Responders: people who drop everything to help when asked. They join after a while, need catching up
// (fast when a running summary is fresh), and do one job at a time through the same commands as the
// player, in their own name, reporting back in the channel.

import { describe, expect, it } from 'vitest';
import type { Job } from '../../src/sim/commands';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };
const quiet = () => tinyLevel({ change: NO_PUSH, script: [] });

describe('asking for help', () => {
  it('calls everyone who is around; each joins after their own delay', () => {
    const world = new World(quiet()).give({ type: 'ask-for-help' });
    expect(world.eventsOf('responder-called').map((event) => [event.name, event.joinsAtTick])).toEqual([
      ['Miso', 20],
      ['Biscuit', 40],
      ['Tofu', 240],
    ]);
    world.run(45);
    expect(world.eventsOf('responder-joined').map((event) => event.name)).toEqual(['Miso', 'Biscuit']);
  });

  it('works by posting a clear ask in the channel, too', () => {
    const world = new World(quiet()).give({ type: 'post-message', channel: 'ops', text: 'Could someone watch the LB stats?', intent: 'ask-help' });
    expect(world.eventsOf('responder-called')).toHaveLength(3);
  });

  it('can call one person by name, and says when nobody is left to ask', () => {
    const world = new World(quiet()).give({ type: 'ask-for-help', responder: 'tofu' }).give({ type: 'ask-for-help', responder: 'Tofu' });
    expect(world.eventsOf('responder-called').map((event) => event.name)).toEqual(['Tofu']);
    expect(world.refusals()).toEqual(['Everyone you asked is already on it.']);
    expect(new World(quiet()).give({ type: 'ask-for-help', responder: 'Garfield' }).refusals()).toEqual(['There is nobody called "Garfield" to ask.']);
  });
});

describe('catching up', () => {
  it('takes a newcomer a while from scratch', () => {
    const world = new World(quiet()).give({ type: 'ask-for-help', responder: 'miso' });
    const caughtUp = world.runUntilEvent('responder-caught-up');
    expect(caughtUp.tick).toBe(20 + 90);
    expect(caughtUp.withSummary).toBe(false);
  });

  it('is quick when the player keeps a running summary in the channel', () => {
    const world = new World(quiet())
      .give({ type: 'post-message', channel: 'ops', text: 'Summary: upgrade breaks Apache; second chef run fixes it.', intent: 'summary' })
      .give({ type: 'ask-for-help', responder: 'miso' });
    const caughtUp = world.runUntilEvent('responder-caught-up');
    expect(caughtUp.tick).toBe(1 + 20 + 15);
    expect(caughtUp.withSummary).toBe(true);
  });
});

describe('a job', () => {
  it('is done at the responder’s keyboard, through the same command, in their name, and reported back', () => {
    const world = new World(quiet()).give({ type: 'ask-for-help', responder: 'miso' });
    world.runUntilEvent('responder-caught-up');
    world.give({ type: 'assign-job', responder: 'miso', job: { type: 'check-host', host: 'web-03', method: 'ssh' } });
    expect(world.eventsOf('job-assigned')[0]).toMatchObject({ name: 'Miso', job: 'checking web-03 over ssh' });
    const done = world.runUntilEvent('job-done');
    expect(done.tick - world.eventsOf('job-assigned')[0]!.tick).toBe(25);
    const looked = world.runUntilEvent('host-checked');
    expect(looked).toMatchObject({ host: 'web-03', by: 'Miso' });
    expect(world.eventsOf('message-posted').some((event) => event.from === 'Miso' && event.text === 'Done: checking web-03 over ssh.')).toBe(true);
  });

  it('waits until the responder is here, caught up and free', () => {
    const world = new World(quiet());
    const job = { type: 'view-site' } as const;
    world.give({ type: 'assign-job', responder: 'miso', job });
    world.give({ type: 'ask-for-help', responder: 'miso' }).give({ type: 'assign-job', responder: 'miso', job });
    world.runUntilEvent('responder-joined');
    world.give({ type: 'assign-job', responder: 'miso', job });
    world.runUntilEvent('responder-caught-up');
    world.give({ type: 'assign-job', responder: 'miso', job }).give({ type: 'assign-job', responder: 'miso', job });
    expect(world.refusals()).toEqual([
      'Miso is not here: ask for help first.',
      'Miso is on the way.',
      'Miso is still catching up on what is going on.',
      'Miso is busy with: looking at the site as a customer.',
    ]);
  });

  it('is one action, never calling or directing others', () => {
    const world = new World(quiet()).give({ type: 'assign-job', responder: 'miso', job: { type: 'ask-for-help' } as never });
    expect(world.refusals()).toEqual(['A job is one action on the fleet, the site or a channel.']);
  });
});

describe('coordination costs', () => {
  /** Everyone asked at once, and caught up, while the incident hurts customers. */
  function teamDuringIncident(): World {
    const world = new World(tinyLevel());
    world.runUntilEvent('customers-affected');
    world.give({ type: 'ask-for-help' });
    world.runUntilState((state) => state.responders.filter((responder) => responder.status === 'idle').length >= 2, 400);
    return world;
  }

  it('two responders on overlapping jobs trip over each other, and both take longer', () => {
    const world = teamDuringIncident();
    const job: Job = { type: 'run-chef', hosts: ['@web'], concurrency: 5 };
    world.give({ type: 'assign-job', responder: 'miso', job }, { type: 'assign-job', responder: 'biscuit', job: { type: 'run-chef', hosts: ['web-03'] } });
    expect(world.eventsOf('responders-collided')[0]).toMatchObject({ responders: ['Miso', 'Biscuit'] });
    const assignedAt = world.eventsOf('job-assigned')[0]!.tick;
    const doneAt = world.runUntilEvent('job-done', (event) => event.name === 'Miso').tick;
    expect(doneAt - assignedAt).toBe(25 + 13);
  });

  it('looks at different hosts do not collide; two looks at the same host do', () => {
    const apart = teamDuringIncident();
    apart.give(
      { type: 'assign-job', responder: 'miso', job: { type: 'check-host', host: 'web-01', method: 'curl' } },
      { type: 'assign-job', responder: 'biscuit', job: { type: 'check-host', host: 'api-01', method: 'curl' } },
    );
    expect(apart.eventsOf('responders-collided')).toHaveLength(0);
    const together = teamDuringIncident();
    together.give(
      { type: 'assign-job', responder: 'miso', job: { type: 'check-host', host: 'web-01', method: 'curl' } },
      { type: 'assign-job', responder: 'biscuit', job: { type: 'check-host', host: 'web-01', method: 'ssh' } },
    );
    expect(together.eventsOf('responders-collided')).toHaveLength(1);
  });

  it('jobs on different hosts do not collide', () => {
    const world = teamDuringIncident();
    world.give(
      { type: 'assign-job', responder: 'miso', job: { type: 'run-chef', hosts: ['@api'] } },
      { type: 'assign-job', responder: 'biscuit', job: { type: 'run-chef', hosts: ['@web'] } },
    );
    expect(world.eventsOf('responders-collided')).toHaveLength(0);
  });

  it('an idle responder finds something to do by themselves, once, while customers hurt', () => {
    const world = teamDuringIncident();
    world.run(230);
    const alone = world.eventsOf('responder-acted-alone');
    expect(alone.find((event) => event.name === 'Biscuit')).toMatchObject({ job: 'running Chef on every web and API host, all at once' });
    expect(new Set(alone.map((event) => event.name)).size).toBe(alone.length);
  });

  it('one who has had a job from the lead waits for the next instead', () => {
    const world = teamDuringIncident();
    world.give({ type: 'assign-job', responder: 'biscuit', job: { type: 'view-site' } });
    world.run(400);
    expect(world.eventsOf('job-done').map((event) => event.name)).toContain('Biscuit');
    expect(world.eventsOf('responder-acted-alone').map((event) => event.name)).not.toContain('Biscuit');
  });
});

describe('the curious one', () => {
  const level = () => {
    const config = tinyLevel();
    config.responders = [{ id: 'noodle', name: 'Noodle', look: 'grey-tabby', specialty: 'curious', joinsAfterSeconds: 5, secondsPerJob: 10 }];
    return config;
  };

  it('left idle, "helpfully" fixes the php7 survivors', () => {
    const world = new World(level());
    world.runUntilEvent('customers-affected');
    world.give({ type: 'ask-for-help' });
    world.runUntilEvent('responder-acted-alone');
    world.runUntilEvent('chef-repaired', (event) => event.host.startsWith('web-php7'));
    expect(world.eventsOf('chef-repaired').every((event) => event.by === 'Noodle')).toBe(true);
  });

  it('leaves them alone when the player has said so', () => {
    const world = new World(level());
    world.runUntilEvent('customers-affected');
    world.give({ type: 'post-message', channel: 'ops', text: 'Leave the php7 boxes alone, please.', intent: 'leave-php7-alone' }, { type: 'ask-for-help' });
    expect(world.runUntilEvent('responder-acted-alone').job).toBe('looking at the site as a customer');
    world.run(300);
    expect(world.eventsOf('chef-repaired')).toHaveLength(0);
  });
});

describe('investigations', () => {
  /** Miso, caught up, while the fleet is broken and blind. */
  function misoDuringIncident(): World {
    const world = new World(tinyLevel());
    world.give({ type: 'ask-for-help', responder: 'miso' });
    world.runUntilState((state) => !state.toolsUp['host-status'] && state.responders[0]!.status === 'idle', 900);
    return world;
  }

  const findingOf = (world: World, topic: string) => {
    world.give({ type: 'assign-job', responder: 'miso', job: { type: 'investigate', topic } as never });
    return world.runUntilEvent('finding-reported', (event) => event.topic === topic);
  };

  it('find why the second Chef run fixes a broken host', () => {
    const world = misoDuringIncident();
    expect(findingOf(world, 'broken-host')).toMatchObject({ finding: 'second-run-fixes', name: 'Miso' });
  });

  it('find that the php7 nodes have been failing Chef all along', () => {
    const finding = findingOf(misoDuringIncident(), 'php7');
    expect(finding.finding).toBe('php7-failing-chef');
    expect(finding.text).toContain('php7-common conflicts with php-common');
  });

  it('find that the mirror has no way back, and that the monitoring is down too', () => {
    const world = misoDuringIncident();
    expect(findingOf(world, 'mirror').finding).toBe('mirror-lacks-old-package');
    expect(findingOf(world, 'monitoring').finding).toBe('monitoring-down');
    expect(world.eventsOf('message-posted').filter((event) => event.from === 'Miso').length).toBeGreaterThanOrEqual(3);
  });

  it('report nothing to see when there is nothing to see', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'ask-for-help', responder: 'miso' });
    world.runUntilEvent('responder-caught-up');
    expect(findingOf(world, 'monitoring')).toMatchObject({ finding: null, text: 'Nagios and the graphs are up; the monitoring can see.' });
  });

  it('refuse a topic that does not exist', () => {
    const world = misoDuringIncident();
    world.give({ type: 'assign-job', responder: 'miso', job: { type: 'investigate', topic: 'aliens' } as never });
    expect(world.refusals()).toContain('There is nothing called "aliens" to look into.');
  });
});
