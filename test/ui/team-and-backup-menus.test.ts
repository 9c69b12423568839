// The team menu keeps each cat's number for the whole shift, and both it and the post menu offer
// "Everyone to IRC": posted in the backup while the team's channel is down, the team follows (the
// simulation's own rule); while it works, the same choice only agrees the backup in advance.

import { describe, expect, it } from 'vitest';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import { createState } from '../../src/sim/create-state';
import { backupMove } from '../../src/ui/backup-channel';
import { postMessage } from '../../src/ui/incident-actions';
import { teamMenu } from '../../src/ui/team-actions';
import { bundledLevel } from '../support/level-files';
import { World } from '../support/run-sim';
import { playMenus } from './menu-fakes';

const snafu = bundledLevel();
const chatDown = bundledLevel('chat-down');

describe('the team menu', () => {
  it('gives each cat the same number before and after everyone has arrived', async () => {
    const away = playMenus(snafu, []);
    await teamMenu(away.context);
    const state = createState(snafu.sim, 1);
    for (const responder of state.responders) responder.status = 'idle';
    const here = playMenus(snafu, [], { state });
    await teamMenu(here.context);
    const cats = (labels: string[]): number[] => snafu.sim.responders.map((responder) => labels.findIndex((label) => label.startsWith(`${responder.name} (`)));
    expect(cats(here.asked[0]!.labels)).toEqual(cats(away.asked[0]!.labels));
    expect(cats(away.asked[0]!.labels)).toEqual(snafu.sim.responders.map((_, index) => index + 1));
  });

  it('keeps "Ask for help" at 1, and says so rather than paging when everyone is here', async () => {
    const state = createState(snafu.sim, 1);
    for (const responder of state.responders) responder.status = 'idle';
    const played = playMenus(snafu, [1], { state });
    await teamMenu(played.context);
    expect(played.asked[0]!.labels[0]).toBe('Ask for help');
    expect(played.submitted).toEqual([]);
    expect(played.notes[0]).toMatch(/Everyone is here/);
    const away = playMenus(snafu, [1]);
    await teamMenu(away.context);
    expect(away.submitted).toEqual([{ command: { type: 'ask-for-help' }, typed: 'page' }]);
  });

  it('offers no backup where the level has only one channel', async () => {
    const oneChannel = { ...snafu, sim: { ...snafu.sim, channels: snafu.sim.channels.slice(0, 1) } };
    const played = playMenus(oneChannel, []);
    await teamMenu(played.context);
    expect(played.asked[0]!.labels.some((label) => label.includes('backup'))).toBe(false);
  });
});

describe('everyone to IRC', () => {
  it('is the last post in the post menu, after the level’s own, which keep their numbers', async () => {
    const played = playMenus(chatDown, []);
    await postMessage(played.context);
    const labels = played.asked[0]!.labels;
    expect(labels.slice(0, -1)).toEqual(chatDown.comms.posts.map((post) => post.label));
    expect(labels.at(-1)).toBe('Agree the backup: IRC #ops-backup');
  });

  it('once #ops is down, is posted in IRC and the team follows', async () => {
    const world = new World(chatDown.sim, 1).runUntil(chatDown.sim.channels[0]!.outage!.atSecond + 5);
    expect(world.state.channelsUp['ops']).toBe(false);
    const played = playMenus(chatDown, [chatDown.comms.posts.length + 1], { state: world.state });
    await postMessage(played.context);
    const [sent] = played.submitted;
    expect(sent!.command).toMatchObject({ type: 'post-message', channel: 'backup', intent: 'tell-channel' });
    expect(sent!.typed).toMatch(/^say backup "Everyone: #ops is down/);
    world.run(1, [sent!.command]);
    expect(world.eventsOf('team-moved-channel')).toMatchObject([{ from: 'ops', to: 'backup', by: 'player' }]);
    expect(world.state.teamChannel).toBe('backup');
  });

  it('is in the team menu too, with the same command', async () => {
    const world = new World(chatDown.sim, 1).runUntil(chatDown.sim.channels[0]!.outage!.atSecond + 5);
    const fromPosts = playMenus(chatDown, [chatDown.comms.posts.length + 1], { state: world.state });
    await postMessage(fromPosts.context);
    const probe = playMenus(chatDown, [], { state: world.state });
    await teamMenu(probe.context);
    const labels = probe.asked[0]!.labels;
    expect(labels.at(-1)).toBe('Everyone to IRC #ops-backup');
    const fromTeam = playMenus(chatDown, [labels.length], { state: world.state });
    await teamMenu(fromTeam.context);
    expect(fromTeam.submitted).toEqual(fromPosts.submitted);
  });

  it('while #ops works, agrees the backup in #ops, which the simulation does nothing with', () => {
    const world = new World(chatDown.sim, 1).run(10);
    const move = backupMove(chatDown.sim.channels, playerView(chatDown.sim, world.state, new KnownWorld()).chat)!;
    expect(move.command).toMatchObject({ channel: 'ops', text: 'Heads-up: if #ops goes down, we meet in IRC #ops-backup.' });
    expect(move.label).toBe('Agree the backup: IRC #ops-backup');
    expect(move.detail).toMatch(/they stay there while it works/);
    world.run(1, [move.command]);
    expect(world.eventsOf('team-moved-channel')).toEqual([]);
    expect(world.state.teamChannel).toBe('ops');
  });

  it('is not offered once the team is in the backup and #ops is still down', () => {
    const world = new World(chatDown.sim, 1).runUntil(chatDown.sim.channels[0]!.outage!.atSecond + 5);
    world.run(1, [{ type: 'post-message', channel: 'backup', text: 'here', intent: 'tell-channel' }]);
    const move = backupMove(chatDown.sim.channels, playerView(chatDown.sim, world.state, new KnownWorld()).chat);
    expect(move).toBeNull();
  });
});
