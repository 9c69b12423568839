// Every command gets an answer: work starts and shows up as an event within seconds, or a refusal says
// why. Nothing a player, a file or a cat sends can crash the world.

import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/sim/commands';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

describe('commands', () => {
  it('name hosts one by one or by dsh group, and refuse names that do not exist', () => {
    const world = new World(tinyLevel()).give({ type: 'run-chef', hosts: ['web-99'] }).give({ type: 'stop-chef', hosts: ['@cats'] });
    expect(world.refusals()).toEqual(['no host named "web-99"', 'no host group "@cats" (groups are @all, @<group> and @<tier>)']);
  });

  it('answer out-of-band checks with what each method can see', () => {
    const world = new World(tinyLevel());
    world.runUntilEvent('chef-run-finished', (event) => event.host === 'web-01' && event.tick > 20);
    world.give({ type: 'check-host', host: 'web-01', method: 'curl' }, { type: 'check-host', host: 'web-01', method: 'ssh' }).run(12);
    const [curl, ssh] = world.eventsOf('host-checked');
    expect(curl).toMatchObject({ method: 'curl', apacheAnswers: false, apache: null, chef: null });
    expect(ssh).toMatchObject({
      method: 'ssh',
      apacheAnswers: false,
      apache: { status: 'failed', version: '2.2.22', defaultConfigPresent: false },
      chef: { daemon: 'running', lastResult: 'failed', lastReason: 'service[httpd] failed to restart' },
    });
  });

  it('take game time: an ssh look answers after the level says, not at once', () => {
    const world = new World(tinyLevel()).give({ type: 'check-host', host: 'api-01', method: 'ssh' }).run(8);
    expect(world.eventsOf('host-checked')).toHaveLength(0);
    world.run(3);
    expect(world.eventsOf('host-checked')).toHaveLength(1);
  });

  it('post to a channel, and refuse a channel that is down or does not exist', () => {
    const level = tinyLevel();
    level.channels[0]!.outage = { atSecond: 30, durationSeconds: 600 };
    const world = new World(level).give({ type: 'post-message', channel: 'ops', text: 'Looking at web-01.', intent: 'tell-channel' });
    world.run(40).give({ type: 'post-message', channel: 'ops', text: 'Anyone?' }).give({ type: 'post-message', channel: 'slack', text: 'Hi' });
    world.give({ type: 'post-message', channel: 'backup', text: 'Chat is down, moving here.' });
    expect(
      world
        .eventsOf('message-posted')
        .filter((event) => event.from === 'player')
        .map((event) => event.channel),
    ).toEqual(['ops', 'backup']);
    expect(world.refusals()).toEqual(['#ops is not answering: the chat service is down.', 'There is no channel "slack".']);
    expect(world.eventsOf('channel-went-down')).toEqual([{ type: 'channel-went-down', channel: 'ops', tick: 30 }]);
    world.run(600);
    expect(world.eventsOf('channel-restored')).toHaveLength(1);
  });

  it('update the external status page after the time it takes to write', () => {
    const world = new World(tinyLevel()).give({ type: 'update-status-page', status: 'degraded', text: 'The shop is slow; we are on it.' }).run(25);
    expect(world.state.statusPage).toMatchObject({ status: 'degraded', text: 'The shop is slow; we are on it.', updatedAtTick: 20 });
  });

  it('say who acted: a command without `by` is the player’s', () => {
    const world = new World(tinyLevel()).give({ type: 'view-site' }, { type: 'view-site', by: 'Miso' }).run(6);
    expect(world.eventsOf('site-viewed').map((event) => event.by)).toEqual(['player', 'Miso']);
  });

  it('refuse nonsense from outside instead of crashing', () => {
    const nonsense = [
      { type: 'make-coffee' },
      { type: 'set-pin', version: 'latest' },
      { type: 'set-feature-flag', flag: 'toString', on: false },
      { type: 'run-chef' },
      { type: 'post-message', channel: 'ops' },
    ] as unknown as Command[];
    const world = new World(tinyLevel()).give(...nonsense);
    const refusals = world.refusals();
    expect(refusals.slice(0, 3)).toEqual(['There is no such command.', '"latest" is not a version number.', 'There is no feature flag "toString".']);
    expect(refusals.slice(3).every((reason) => reason.startsWith('This command is malformed'))).toBe(true);
    expect(refusals).toHaveLength(5);
  });

  it('speak the scripted lines of the level at their time', () => {
    const world = new World(tinyLevel()).run(30);
    expect(world.eventsOf('said-in-person')).toEqual([{ type: 'said-in-person', from: 'Robin', text: 'You are about to get paged. Sorry!', tick: 25 }]);
  });
});
