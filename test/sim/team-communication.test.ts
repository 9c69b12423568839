// Team communication: what the player posts, and how it is worded, changes how the team works. A clear
// ask brings people at once, a vague one later; an update with impact and next step lets newcomers
// catch up like a summary; blame makes everyone slower until the air is cleared. When the chat service
// fails, the team can still work but nobody hears them until the player leads them to the backup channel.

import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/sim/commands';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };
const quiet = () => tinyLevel({ change: NO_PUSH, script: [] });
const post = (intent: string, text = `a post meant as ${intent}`, channel = 'ops'): Command => ({ type: 'post-message', channel, text, intent });

/** Miso, called, caught up and free for a job. */
function withMisoReady(world = new World(quiet())): World {
  world.give({ type: 'ask-for-help', responder: 'miso' });
  world.runUntilEvent('responder-caught-up');
  return world;
}

describe('asking for help', () => {
  it('brings people at their usual pace when the ask is clear', () => {
    const world = new World(quiet()).give(post('ask-help'));
    expect(world.eventsOf('responder-called').map((event) => event.joinsAtTick)).toEqual([20, 40, 240]);
  });

  it('brings them twice as late when it is only "anyone around?"', () => {
    const world = new World(quiet()).give(post('ask-help-vague'));
    expect(world.eventsOf('responder-called').map((event) => event.joinsAtTick)).toEqual([40, 80, 480]);
  });
});

describe('keeping people told', () => {
  it('an update with impact and next step lets a newcomer catch up as fast as a summary', () => {
    const world = new World(quiet()).give(post('update')).give({ type: 'ask-for-help', responder: 'miso' });
    expect(world.runUntilEvent('responder-caught-up').withSummary).toBe(true);
  });

  it('"looking into it" does not: the newcomer starts from scratch', () => {
    const world = new World(quiet()).give(post('looking-into-it')).give({ type: 'ask-for-help', responder: 'miso' });
    expect(world.runUntilEvent('responder-caught-up').withSummary).toBe(false);
  });

  it('the status page records whether customers got an update or a holding line', () => {
    const world = new World(quiet()).give(
      { type: 'update-status-page', status: 'degraded', text: 'Slow pages; fix rolling out; next update in 15 minutes.', intent: 'update' },
      { type: 'update-status-page', status: 'degraded', text: 'Looking into it.', intent: 'looking-into-it' },
      { type: 'update-status-page', status: 'degraded', text: 'Hmm.', intent: 'whatever' as never },
    );
    world.run(30);
    expect(world.eventsOf('status-page-updated').map((event) => event.intent)).toEqual(['update', 'looking-into-it']);
    expect(world.refusals()).toEqual(['"whatever" is not a kind of status update (update or looking-into-it).']);
  });
});

describe('blame', () => {
  it('makes the team careful and slow for a while, and someone asks to fix it first', () => {
    const world = withMisoReady().give(post('blame', 'Who pushed this without testing it?!'));
    expect(world.eventsOf('team-chilled')).toHaveLength(1);
    expect(world.eventsOf('message-posted').at(-1)).toMatchObject({ from: 'Miso', text: expect.stringContaining('fix it first') as string });
    const assigned = world.give({ type: 'assign-job', responder: 'miso', job: { type: 'view-site' } }).eventsOf('job-assigned')[0]!;
    // Miso's jobs usually take 25 s; half as long again while the team is defensive.
    expect(world.runUntilEvent('job-done').tick - assigned.tick).toBe(38);
  });

  it('lifts when a blameless word clears the air', () => {
    const world = withMisoReady().give(post('blame')).give(post('blameless'));
    expect(world.eventsOf('team-warmed')).toHaveLength(1);
    const assigned = world.give({ type: 'assign-job', responder: 'miso', job: { type: 'view-site' } }).eventsOf('job-assigned')[0]!;
    expect(world.runUntilEvent('job-done').tick - assigned.tick).toBe(25);
  });

  it('wears off on its own after the level’s chill time', () => {
    const world = withMisoReady().give(post('blame'));
    world.run(600);
    const assigned = world.give({ type: 'assign-job', responder: 'miso', job: { type: 'view-site' } }).eventsOf('job-assigned')[0]!;
    expect(world.runUntilEvent('job-done').tick - assigned.tick).toBe(25);
  });
});

describe('a watch job', () => {
  it('reports what the responder sees when it changes, not every second', () => {
    const world = withMisoReady(new World(tinyLevel())).give({ type: 'assign-job', responder: 'miso', job: { type: 'watch', target: 'site' } });
    expect(world.eventsOf('watch-reported')).toHaveLength(1);
    world.runUntilEvent('customers-affected');
    world.run(120);
    const reports = world.eventsOf('watch-reported');
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.length).toBeLessThan(20);
    expect(reports.at(-1)!.text).toMatch(/^Site: \d+ of \d+ web hosts serving/);
    // Each report is also a line in the channel.
    expect(world.eventsOf('message-posted').filter((event) => event.from === 'Miso' && event.text.startsWith('Site:')).length).toBe(reports.length);
  });

  it('gives way to a new job, and ends by itself after the watch time', () => {
    const world = withMisoReady().give({ type: 'assign-job', responder: 'miso', job: { type: 'watch', target: 'chef-server' } });
    world.give({ type: 'assign-job', responder: 'miso', job: { type: 'view-site' } });
    expect(world.refusals()).toEqual([]);
    expect(world.eventsOf('job-done').map((event) => event.job)).toEqual(['keeping an eye on the Chef server']);
    world.run(30).give({ type: 'assign-job', responder: 'miso', job: { type: 'watch', target: 'monitoring' } });
    const started = world.eventsOf('job-assigned').at(-1)!;
    const ended = world.runUntilEvent('job-done', (event) => event.job === 'keeping an eye on the monitoring');
    expect(ended.tick - started.tick).toBe(900);
  });

  it('is refused for something that cannot be watched', () => {
    const world = withMisoReady().give({ type: 'assign-job', responder: 'miso', job: { type: 'watch', target: 'the-moon' as never } });
    expect(world.refusals()[0]).toMatch(/nothing called "the-moon" to watch/);
  });
});

describe('jobs that fight each other', () => {
  it('one stopping chef-client where another runs it: both slow down, and they say so', () => {
    const world = new World(quiet()).give({ type: 'ask-for-help' });
    world.runUntilState((state) => state.responders.filter((responder) => responder.status === 'idle').length >= 2, 400);
    world.give(
      { type: 'assign-job', responder: 'miso', job: { type: 'run-chef', hosts: ['@web'], concurrency: 5 } },
      { type: 'assign-job', responder: 'biscuit', job: { type: 'stop-chef', hosts: ['web-02'] } },
    );
    expect(world.eventsOf('responders-collided')[0]).toMatchObject({ responders: ['Miso', 'Biscuit'], kind: 'conflict' });
    expect(world.eventsOf('message-posted').at(-1)!.text).toMatch(/undoing what I'm doing/);
  });

  it('an investigation or a watch beside a fan-out is no collision', () => {
    const world = new World(quiet()).give({ type: 'ask-for-help' });
    world.runUntilState((state) => state.responders.filter((responder) => responder.status === 'idle').length >= 2, 400);
    world.give(
      { type: 'assign-job', responder: 'miso', job: { type: 'run-chef', hosts: ['@web'], concurrency: 5 } },
      { type: 'assign-job', responder: 'biscuit', job: { type: 'watch', target: 'site' } },
    );
    expect(world.eventsOf('responders-collided')).toHaveLength(0);
  });
});

describe('watching or looking into the same thing twice', () => {
  it('is a duplicate; different things are a good split', () => {
    const world = new World(quiet()).give({ type: 'ask-for-help' });
    world.runUntilState((state) => state.responders.filter((responder) => responder.status === 'idle').length >= 2, 400);
    world.give(
      { type: 'assign-job', responder: 'miso', job: { type: 'watch', target: 'site' } },
      { type: 'assign-job', responder: 'biscuit', job: { type: 'watch', target: 'chef-server' } },
    );
    expect(world.eventsOf('responders-collided')).toHaveLength(0);
    world.give({ type: 'assign-job', responder: 'biscuit', job: { type: 'watch', target: 'site' } });
    expect(world.eventsOf('responders-collided')[0]).toMatchObject({ responders: ['Miso', 'Biscuit'], kind: 'duplicate' });
  });
});

describe('when the chat service fails', () => {
  const chatFails = () =>
    tinyLevel({
      change: NO_PUSH,
      script: [],
      channels: [
        { id: 'ops', label: '#ops', kind: 'chat', outage: { atSecond: 60, durationSeconds: 600 } },
        { id: 'backup', label: 'IRC #ops-backup', kind: 'irc', outage: null },
      ],
    });

  it('the team keeps working, but nobody hears what they say', () => {
    const world = new World(chatFails());
    world.runUntilEvent('channel-went-down');
    withMisoReady(world);
    expect(world.eventsOf('line-unheard').map((event) => event.from)).toContain('Miso');
    expect(world.eventsOf('message-posted').filter((event) => event.from === 'Miso')).toHaveLength(0);
    expect(world.give(post('update')).refusals().at(-1)).toMatch(/#ops is not answering/);
  });

  it('the team follows the player to the backup channel, and the missed lines arrive there', () => {
    const world = new World(chatFails());
    world.runUntilEvent('channel-went-down');
    withMisoReady(world).give(post('update', 'We moved to IRC: Apache is failing after the pin bump.', 'backup'));
    expect(world.eventsOf('team-moved-channel')[0]).toMatchObject({ from: 'ops', to: 'backup', by: 'player' });
    expect(world.state.teamChannel).toBe('backup');
    const heard = world.eventsOf('message-posted').filter((event) => event.from === 'Miso');
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.every((event) => event.channel === 'backup' && event.text.startsWith('(said earlier)'))).toBe(true);
    world.give({ type: 'assign-job', responder: 'miso', job: { type: 'view-site' } }).runUntilEvent('job-done');
    world.run(1);
    expect(world.eventsOf('message-posted').at(-1)).toMatchObject({ channel: 'backup', from: 'Miso', text: 'Done: looking at the site as a customer.' });
  });

  it('without the move, what was said arrives late when the channel comes back', () => {
    const world = new World(chatFails());
    world.runUntilEvent('channel-went-down');
    withMisoReady(world);
    world.runUntilEvent('channel-restored');
    world.run(1);
    expect(world.eventsOf('message-posted').some((event) => event.from === 'Miso' && event.channel === 'ops' && event.text.startsWith('(said earlier)'))).toBe(true);
  });
});

describe('catching up, as the debrief counts it', () => {
  it('is "from the summary" only when the summary was there as they joined', () => {
    const late = new World(quiet()).give({ type: 'ask-for-help', responder: 'miso' });
    late.runUntilEvent('responder-joined');
    late.give(post('summary'));
    expect(late.runUntilEvent('responder-caught-up').withSummary).toBe(false);
    const early = new World(quiet()).give(post('summary')).give({ type: 'ask-for-help', responder: 'miso' });
    expect(early.runUntilEvent('responder-caught-up').withSummary).toBe(true);
  });
});
