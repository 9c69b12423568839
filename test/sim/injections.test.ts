// What a facilitator can inject during a session, and how the world takes it: each injection is a
// command (so it is in the run and its replay), has its effect through the ordinary rules, and is refused
// with a reason when the level does not allow it or there is nothing for it to act on.

import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/sim/commands';
import type { SimConfig } from '../../src/sim/config';
import { allowedInjections } from '../../src/sim/injections';
import { playRun } from '../../src/replay/play-run';
import { parseReplay } from '../../src/replay/replay-file';
import { replayJson } from '../../src/replay/replay-json';
import { hashState } from '../../src/sim/state-hash';
import { bundledLevel } from '../support/level-files';
import { World } from '../support/run-sim';

const level = bundledLevel('apache-snafu');
const sim = level.sim;
const injected = (event: Extract<Command, { type: 'inject-event' }>['event']): Command => ({ type: 'inject-event', event, by: 'facilitator' });

describe('what a level allows', () => {
  it('is what its file lists, in menu order; a level without the field allows nothing', () => {
    expect(allowedInjections(sim)).toEqual(['chat-outage', 'second-failure', 'support-escalation', 'responder-leaves']);
    const none: SimConfig = { ...sim, injections: undefined };
    expect(allowedInjections(none)).toEqual([]);
    const world = new World(none, 1).run(10).give(injected('chat-outage'));
    expect(world.refusals()).toEqual(['This level does not allow "chat-outage" to be injected.']);
    expect(world.state.channelsUp['ops']).toBe(true);
  });

  it('refuses an injection it has never heard of, from a hand-edited file', () => {
    const world = new World(sim, 1).run(5).give({ type: 'inject-event', event: 'meteor' as never, by: 'facilitator' });
    expect(world.refusals()).toEqual(['There is nothing called "meteor" to inject.']);
  });

  it('never lets a cat be given an injection as a job', () => {
    const world = new World(sim, 1).give({ type: 'ask-for-help' }).run(200);
    world.give({ type: 'assign-job', responder: sim.responders[0]!.id, job: injected('support-escalation') as never });
    expect(world.refusals()).toContain("Injected events are the facilitator's, not a job for anyone on the team.");
    expect(world.eventsOf('facilitator-injected')).toEqual([]);
  });
});

describe('the chat service failing', () => {
  it('takes the channel down now and brings it back after the level’s duration', () => {
    const world = new World(sim, 1).run(60).give(injected('chat-outage'));
    expect(world.state.channelsUp['ops']).toBe(false);
    expect(world.eventsOf('channel-went-down').map((event) => event.tick)).toEqual([60]);
    world.run(sim.injections!.chatOutage!.durationSeconds);
    expect(world.eventsOf('channel-restored').map((event) => event.tick)).toEqual([60 + sim.injections!.chatOutage!.durationSeconds]);
    expect(world.state.channelsUp['ops']).toBe(true);
  });

  it('is refused while the channel is already down', () => {
    const world = new World(sim, 1).run(10).give(injected('chat-outage')).give(injected('chat-outage'));
    expect(world.refusals()).toEqual(['The ops channel is already down.']);
    expect(world.eventsOf('facilitator-injected')).toHaveLength(1);
  });

  it("overlapping the level's own outage, goes down once and comes back only when neither is under way", () => {
    const chatDown = bundledLevel('chat-down').sim;
    const own = chatDown.channels.find((channel) => channel.outage)!;
    const ownEnd = own.outage!.atSecond + own.outage!.durationSeconds;
    // Injected a minute before the level's own outage, ending after it.
    const world = new World(chatDown, 1).runUntil(own.outage!.atSecond - 60).give(injected('chat-outage'));
    const injectedEnd = own.outage!.atSecond - 60 + chatDown.injections!.chatOutage!.durationSeconds;
    world.runUntil(Math.max(ownEnd, injectedEnd) + 5);
    const downs = world.eventsOf('channel-went-down').filter((event) => event.channel === own.id);
    const ups = world.eventsOf('channel-restored').filter((event) => event.channel === own.id);
    expect(downs).toHaveLength(1);
    expect(ups).toHaveLength(1);
    expect(ups[0]!.tick).toBe(Math.max(ownEnd, injectedEnd));
  });
});

describe('a second failure', () => {
  it('stops Apache on the level’s number of serving hosts of its tier, named in an event, and the monitoring finds them', () => {
    const world = new World(sim, 1).run(10).give(injected('second-failure'));
    const crash = world.eventsOf('apache-crashed')[0]!;
    const failure = sim.injections!.secondFailure!;
    expect(crash.hosts).toHaveLength(failure.hosts);
    expect(crash.reason).toBe(failure.reason);
    for (const name of crash.hosts) {
      expect(name.startsWith('api-')).toBe(true);
      expect(world.host(name).apache.status).toBe('stopped');
    }
    world.run(400);
    const alerted = new Set(world.eventsOf('alert-raised').map((event) => event.host));
    for (const name of crash.hosts) expect(alerted.has(name), name).toBe(true);
  });

  it('picks its hosts by the run’s seed: the same seed the same hosts, another seed others', () => {
    const hit = (seed: number): string[] => new World(sim, seed).run(10).give(injected('second-failure')).eventsOf('apache-crashed')[0]!.hosts;
    expect(hit(3)).toEqual(hit(3));
    expect([4, 5, 6, 7].map(hit).some((hosts) => hosts.join() !== hit(3).join())).toBe(true);
  });

  it('is refused when no host of the tier still serves', () => {
    const world = new World(sim, 1).run(5);
    for (const host of world.tier('api')) host.apache.status = 'failed';
    world.give(injected('second-failure'));
    expect(world.refusals()).toEqual(['No api host has Apache running for a second failure to hit.']);
  });
});

describe('support escalating', () => {
  it('pages the on-call and says what customers say in the team channel', () => {
    const world = new World(sim, 1).run(10).give(injected('support-escalation'));
    const escalation = sim.injections!.supportEscalation!;
    const page = world.state.pages.at(-1)!;
    expect(page.tierId).toBe('support');
    expect(page.summary).toBe(`${escalation.from}: ${escalation.text}`);
    expect(world.eventsOf('message-posted').at(-1)).toMatchObject({ channel: 'ops', from: escalation.from, text: escalation.text });
  });

  it('says it across the desk when every channel is down', () => {
    const world = new World(sim, 1).run(10);
    for (const channel of sim.channels) world.state.channelsUp[channel.id] = false;
    world.give(injected('support-escalation'));
    expect(world.eventsOf('said-in-person').at(-1)).toMatchObject({ from: sim.injections!.supportEscalation!.from });
  });
});

describe('a cat having to leave', () => {
  it('is refused while nobody has come', () => {
    const world = new World(sim, 1).run(10).give(injected('responder-leaves'));
    expect(world.refusals()).toEqual(['Nobody is at their desk to leave.']);
  });

  it('takes the one on a job, whose job is then not done, and they cannot be asked again', () => {
    const world = new World(sim, 1).give({ type: 'ask-for-help' });
    world.runUntilState((state) => state.responders.some((responder) => responder.status === 'idle'));
    const free = world.state.responders.find((responder) => responder.status === 'idle')!;
    world.give({ type: 'assign-job', responder: free.id, job: { type: 'investigate', topic: 'mirror' } });
    world.give(injected('responder-leaves'));
    const left = world.eventsOf('responder-left')[0]!;
    expect(left.responder).toBe(free.id);
    expect(left.droppedJob).not.toBeNull();
    expect(world.state.responders.find((responder) => responder.id === free.id)).toMatchObject({ status: 'left', job: null, intent: null });
    world.run(600);
    expect(world.eventsOf('job-done').filter((event) => event.responder === free.id)).toEqual([]);
    world.give({ type: 'ask-for-help', responder: free.id });
    expect(world.refusals().at(-1)).toMatch(/had to leave and cannot come back today/);
    world.give({ type: 'assign-job', responder: free.id, job: { type: 'view-site' } });
    expect(world.refusals().at(-1)).toMatch(/has had to leave/);
  });
});

describe('injections in a replay', () => {
  it('are written to and read from a replay file, and playing it makes the same world again', () => {
    const commands = [
      { atTick: 60, command: injected('second-failure') },
      { atTick: 160, command: injected('chat-outage') },
      { atTick: 210, command: injected('support-escalation') },
    ];
    const world = new World(sim, 2).run(60).give(injected('second-failure')).run(99).give(injected('chat-outage')).run(49).give(injected('support-escalation')).run(300);
    const parsed = parseReplay(JSON.parse(JSON.stringify(replayJson('apache-snafu', 'a facilitated run', 2, commands))), 'facilitated.json');
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
    expect(parsed.replay.commands.map((entry) => entry.command)).toEqual(commands.map((entry) => entry.command));
    const replayed = playRun(sim, 2, parsed.replay.commands, { untilTick: world.state.tick });
    expect(hashState(replayed.state)).toBe(hashState(world.state));
  });
});
