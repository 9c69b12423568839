// Cats ask first: a responder left without a job, while customers hurt, says what they are about to do
// on their own and when, then does it unless the lead says no or gives them a job. Told no, they say OK
// and wait; left idle a whole spell again, they ask again.

import { describe, expect, it } from 'vitest';
import type { ResponderConfig } from '../../src/sim/config';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const BISCUIT: ResponderConfig = { id: 'biscuit', name: 'Biscuit', look: 'cream', specialty: 'fan-out', joinsAfterSeconds: 5, secondsPerJob: 20 };
const NOODLE: ResponderConfig = { id: 'noodle', name: 'Noodle', look: 'grey-tabby', specialty: 'curious', joinsAfterSeconds: 5, secondsPerJob: 10 };

/** One responder, called as customers start to hurt, and left without a job until they speak up. */
function leftIdle(responder: ResponderConfig, announceSeconds = 30): World {
  const config = tinyLevel({ responders: [responder] });
  config.coordination = { ...config.coordination, announceSeconds };
  const world = new World(config);
  world.runUntilEvent('customers-affected');
  world.give({ type: 'ask-for-help' });
  return world;
}

const linesOf = (world: World, name: string) => world.eventsOf('message-posted').filter((event) => event.from === name);

describe('an idle cat asks first', () => {
  it('says what they will do, in plain words, and when, once idle long enough', () => {
    const world = leftIdle(BISCUIT);
    const announced = world.runUntilEvent('responder-announced');
    const idleSince = world.eventsOf('responder-caught-up')[0]!.tick;
    expect(announced.tick - idleSince).toBe(world.config.coordination.idleActsAfterSeconds);
    expect(announced).toMatchObject({ name: 'Biscuit', summary: 'running Chef on every web and API host, all at once', startsAtTick: announced.tick + 30 });
    expect(world.state.responders[0]!.intent).toMatchObject({ summary: announced.summary, announcedAtTick: announced.tick, startsAtTick: announced.tick + 30 });
    expect(linesOf(world, 'Biscuit').at(-1)!.text).toBe(
      "Nobody's given me a job, so in 30 seconds I'll start running Chef on every web and API host, all at once. Say no if that's a bad idea!",
    );
    expect(world.eventsOf('responder-acted-alone')).toHaveLength(0);
  });

  it('does it when the time comes, exactly as before, if nobody says no', () => {
    const world = leftIdle(BISCUIT);
    const announced = world.runUntilEvent('responder-announced');
    const acted = world.runUntilEvent('responder-acted-alone');
    expect(acted.tick).toBe(announced.startsAtTick);
    expect(acted.job).toBe(announced.summary);
    expect(world.state.responders[0]!.intent).toBeNull();
    expect(linesOf(world, 'Biscuit').at(-1)!.text).toBe('Nobody said no, so here goes: running Chef on every web and API host, all at once.');
    world.runUntilEvent('task-started', (event) => event.by === 'Biscuit');
  });

  it('with no warning time set, acts as they say it', () => {
    const world = leftIdle(BISCUIT, 0);
    const announced = world.runUntilEvent('responder-announced');
    expect(world.runUntilEvent('responder-acted-alone').tick).toBe(announced.tick);
  });

  it('takes a job from the lead instead', () => {
    const world = leftIdle(BISCUIT);
    world.runUntilEvent('responder-announced');
    world.give({ type: 'assign-job', responder: 'biscuit', job: { type: 'view-site' } });
    expect(world.state.responders[0]!.intent).toBeNull();
    world.run(120);
    expect(world.eventsOf('responder-acted-alone')).toHaveLength(0);
    expect(world.eventsOf('task-started')).toHaveLength(0);
  });

  it('told no, says OK in plain words, does nothing, and asks again only after another idle spell', () => {
    const world = leftIdle(BISCUIT);
    const first = world.runUntilEvent('responder-announced');
    world.give({ type: 'refuse-intent', responder: 'Biscuit' });
    const refused = world.eventsOf('intent-refused')[0]!;
    expect(refused).toMatchObject({ name: 'Biscuit', summary: first.summary, by: 'player', concurrency: 14 });
    expect(refused.hosts).toContain('web-01');
    expect(linesOf(world, 'Biscuit').at(-1)!.text).toBe("OK, I won't: no running Chef on every web and API host, all at once. I'll wait for a job.");
    world.run(60);
    expect(world.eventsOf('responder-acted-alone')).toHaveLength(0);
    expect(world.eventsOf('task-started')).toHaveLength(0);
    const again = world.runUntilEvent('responder-announced', (event) => event.tick > first.tick);
    expect(again.tick - refused.tick).toBe(world.config.coordination.idleActsAfterSeconds);
  });

  it('says why saying no cannot apply when they have said nothing', () => {
    const world = leftIdle(BISCUIT);
    world.give({ type: 'refuse-intent', responder: 'biscuit' }, { type: 'refuse-intent', responder: 'Garfield' });
    expect(world.refusals()).toEqual(['Biscuit has not said they are about to do anything on their own.', 'There is nobody called "Garfield" to say no to.']);
  });

  it('the curious one takes the hint when told to leave the php7 boxes alone before starting', () => {
    const world = leftIdle(NOODLE);
    expect(world.runUntilEvent('responder-announced').summary).toBe('fixing the failing Chef runs on every php7 host');
    world.give({ type: 'post-message', channel: 'ops', text: 'Leave the php7 boxes alone, please.', intent: 'leave-php7-alone' });
    expect(world.runUntilEvent('responder-acted-alone').job).toBe('looking at the site as a customer');
    world.run(200);
    expect(world.eventsOf('chef-repaired')).toHaveLength(0);
  });

  it('does not ask once the site is well again', () => {
    const config = tinyLevel({ responders: [BISCUIT], change: { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' } });
    const world = new World(config).give({ type: 'ask-for-help' });
    world.run(600);
    expect(world.eventsOf('responder-announced')).toHaveLength(0);
  });
});
