// A team room, played over real sockets with the framework's own test server: the run is the server's,
// each seat gives only its own commands, the run is kept as an ordinary replay that plays back headless
// to the very same world, and the room goes away cleanly when everyone has left. The room here ticks
// only when the test says so (`advance`), so a whole shift plays in seconds.

import type { ColyseusTestServer } from '@colyseus/testing';
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunEnded } from '../../src/team/room-protocol';
import { parseReplay } from '../../src/replay/replay-file';
import { playRun } from '../../src/replay/play-run';
import { hashState } from '../../src/sim/state-hash';
import { ownerOf } from '../../src/team/seat-commands';
import { SEATS, type Role } from '../../src/team/seats';
import { bundledLevel, bundledReplay } from '../support/level-files';
import { bootTeamServer, createRoom, join, refusal, until, type Player } from './team-clients';

let colyseus: ColyseusTestServer;
const kept: { code: string; ended: RunEnded }[] = [];

beforeAll(async () => {
  colyseus = await bootTeamServer(2581, { keepRun: (code, ended) => kept.push({ code, ended }) });
});
afterAll(async () => {
  await colyseus.shutdown();
});
beforeEach(async () => {
  await colyseus.cleanup();
});

async function fullTable(): Promise<{ players: Record<Role, Player>; room: Awaited<ReturnType<typeof createRoom>>['room'] }> {
  const { creator, room } = await createRoom(colyseus, { seat: 'facilitator', level: 'apache-snafu', seed: 1 });
  const players = { facilitator: creator } as Record<Role, Player>;
  for (const seat of SEATS) players[seat] = await join(colyseus, room.roomId, { seat });
  return { players, room };
}

describe('a team room plays a run', () => {
  it('plays the skilled run of the Apache SNAFU, each command from its seat, to the end; its replay played headless gives the same world', async () => {
    const { players, room } = await fullTable();
    const script = bundledReplay('skilled').commands;
    for (const { atTick, command } of script) {
      room.advance(atTick - room.teamRun.tick);
      const answer = await players[ownerOf(command.type)].give(command);
      expect(answer).toEqual({ accepted: true, atTick });
    }
    room.advance(10_000);
    expect(room.teamRun.ended).toBe(true);

    const ended = await until('the end of the run', () => players.ops.ended[0]);
    expect(ended.score.resolved).toBe(true);
    // Every seat gave its part, and the parts add up to the run.
    expect(ended.commandsBySeat.ops).toBeGreaterThan(0);
    expect(ended.commandsBySeat.commander).toBeGreaterThan(0);
    expect(ended.commandsBySeat.comms).toBeGreaterThan(0);
    expect(ended.commandsBySeat.investigator).toBeGreaterThan(0);
    expect(ended.run.roles).toHaveLength(script.length);

    const parsed = parseReplay(ended.run.replay, 'the team run');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const level = bundledLevel('apache-snafu');
    const headless = playRun(level.sim, parsed.replay.seed!, parsed.replay.commands);
    expect(hashState(headless.state)).toBe(ended.run.stateHash);
    expect(hashState(headless.state)).toBe(hashState(room.teamRun.session.state));
    // The same commands at the same ticks as the solo reference run: the same world, to the bit.
    expect(hashState(playRun(level.sim, 1, script).state)).toBe(ended.run.stateHash);
  }, 60_000);

  it('sends each seat its own view, and the facilitator all of it', async () => {
    const { players, room } = await fullTable();
    room.advance(30);
    const latest = (role: Role) => players[role].views.at(-1)!;
    await until('views at tick 30', () => SEATS.every((seat) => latest(seat).tick === 30) && latest('facilitator').tick === 30);
    expect(latest('ops').fleet).toBeDefined();
    expect(latest('comms').fleet).toBeUndefined();
    expect(latest('comms').chat).toBeDefined();
    expect(latest('investigator').looks).toBeDefined();
    expect(latest('commander').team).toBeDefined();
    for (const part of ['fleet', 'chat', 'looks', 'team']) expect(latest('facilitator')).toHaveProperty(part);
  });
});

describe('a team room refuses what is not a seat’s to give', () => {
  it('refuses a command from the wrong seat, says whose it is, and keeps it out of the run', async () => {
    const { players, room } = await fullTable();
    const answer = await players.comms.give({ type: 'run-chef', hosts: ['@web'] });
    expect(refusal(answer)).toContain('ask ops');
    room.advance(2);
    expect(room.teamRun.session.recorded).toEqual([]);
  });

  it('refuses a command that claims to be someone else’s', async () => {
    const { players } = await fullTable();
    expect(refusal(await players.ops.give({ type: 'run-chef', hosts: ['@web'], by: 'Mochi' }))).toContain('the room knows your seat');
  });

  it('refuses malformed commands with the reason, and carries on', async () => {
    const { players, room } = await fullTable();
    const malformed: unknown[] = [
      { type: 'rm-rf', hosts: ['@all'] },
      { type: 'run-chef' },
      { type: 'run-chef', hosts: 'web-001' },
      { type: 'post-message', channel: '#ops', text: 'x'.repeat(5_000) },
      'run-chef @web',
      null,
      [1, 2, 3],
      JSON.parse('{"type":"run-chef","hosts":["@web"],"__proto__":{"polluted":true}}'),
    ];
    for (const command of malformed) expect(refusal(await players.ops.give(command))).toMatch(/malformed|who gives it/);
    expect(await players.ops.give({ type: 'run-chef', hosts: ['@web'], concurrency: 5 })).toEqual({ accepted: true, atTick: 0 });
    room.advance(1);
    expect(room.teamRun.session.recorded).toHaveLength(1);
  });

  it('drops a client whose message is too big to be a command, and carries on with the others', async () => {
    const { players, room } = await fullTable();
    let closed = false;
    players.comms.room.onLeave(() => (closed = true));
    players.comms.room.send('command', { ref: 1, command: { type: 'post-message', channel: '#ops', text: 'x'.repeat(100_000) } });
    await until('the oversized sender to be dropped', () => closed);
    expect(await players.ops.give({ type: 'stop-chef', hosts: ['@web'] })).toEqual({ accepted: true, atTick: 0 });
    room.advance(1);
    expect(room.teamRun.session.recorded).toHaveLength(1);
  });

  it('refuses a message of a type the room does not know', async () => {
    const { players } = await fullTable();
    players.ops.room.send('teleport', { to: 'prod' });
    await until('the refusal', () => players.ops.refused.find((refusal) => refusal.reason.includes('"teleport"')));
  });
});

describe('the facilitator', () => {
  it('pauses, sets the speed and injects; the players cannot', async () => {
    const { players, room } = await fullTable();
    expect(refusal(await players.ops.control('pause'))).toContain('facilitator');
    expect(await players.facilitator.control('pause')).toMatchObject({ accepted: true });
    expect(room.teamRun.session.driver.paused).toBe(true);
    expect(room.teamRun.frame(10_000)).toBe(0);
    expect(await players.facilitator.control('speed', 4)).toMatchObject({ accepted: true });
    expect(await players.facilitator.control('speed', 1000)).toMatchObject({ accepted: false });
    expect(await players.facilitator.control('resume')).toMatchObject({ accepted: true });
    expect(await players.commander.give({ type: 'inject-event', event: 'chat-outage' })).toMatchObject({ accepted: false });
    expect(await players.facilitator.give({ type: 'run-chef', hosts: ['@web'] })).toMatchObject({ accepted: false });
    expect(await players.facilitator.give({ type: 'inject-event', event: 'chat-outage' })).toMatchObject({ accepted: true });
    room.advance(1);
    expect(room.teamRun.session.recorded.at(-1)!.command).toEqual({ type: 'inject-event', event: 'chat-outage', by: 'facilitator' });
    expect(room.teamRun.roles.at(-1)).toBe('facilitator');
  });

  it('is one person: a second facilitator needs the key the room gave its creator', async () => {
    const { creator, room } = await createRoom(colyseus, { seat: 'ops' });
    const key = creator.welcomes[0]!.facilitatorKey!;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    await expect(join(colyseus, room.roomId, { seat: 'facilitator' })).rejects.toThrow(/key/);
    await expect(join(colyseus, room.roomId, { seat: 'facilitator', facilitatorKey: 'guess' })).rejects.toThrow(/key/);
    const facilitator = await join(colyseus, room.roomId, { seat: 'facilitator', facilitatorKey: key });
    expect(facilitator.role).toBe('facilitator');
  });
});

describe('seats and rooms', () => {
  it('gives each seat to one player: a taken seat is refused, `any` takes the next free one', async () => {
    const { room } = await createRoom(colyseus, { seat: 'ops' });
    await expect(join(colyseus, room.roomId, { seat: 'ops' })).rejects.toThrow(/taken/);
    expect((await join(colyseus, room.roomId, { seat: 'any' })).role).toBe('commander');
  });

  it('has an unguessable code for its id, and cannot be found without it', async () => {
    const { room } = await createRoom(colyseus);
    expect(room.roomId).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await expect(colyseus.sdk.join('team', { seat: 'ops' })).rejects.toThrow();
  });

  it('closes when the last player leaves, and keeps the run', async () => {
    const { players, room } = await fullTable();
    room.advance(5);
    const code = room.roomId;
    for (const player of Object.values(players)) await player.room.leave(true);
    await until('the room to close', async () => (await matchMaker.query({ roomId: code })).length === 0 || undefined);
    await until('the room to be gone', () => kept.find((run) => run.code === code));
  });
});
