// A team room on its own clock, as in a real session: the run moves at the level's fixed tick whatever
// the clients do. A flooding client is refused without stalling the ticks; a dropped player gets their
// seat back within the grace period while the run goes on without them, and after it the seat is the
// cats' again.

import type { ColyseusTestServer } from '@colyseus/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HUMAN_RATE } from '../../server/command-gate';
import { bootTeamServer, createRoom, join, Player, until } from './team-clients';

let colyseus: ColyseusTestServer;

beforeAll(async () => {
  colyseus = await bootTeamServer(2582, { ticking: 'clock', graceSeconds: 1 });
});
afterAll(async () => {
  await colyseus.shutdown();
});
beforeEach(async () => {
  await colyseus.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a room on its clock', () => {
  it('moves the run on by itself at the fixed tick', async () => {
    const { room } = await createRoom(colyseus);
    const start = room.teamRun.tick;
    await sleep(1_000);
    // 5 game seconds a real second on the Apache SNAFU: about 5 ticks (a loaded machine may lose one or two).
    expect(room.teamRun.tick - start).toBeGreaterThanOrEqual(3);
    expect(room.teamRun.tick - start).toBeLessThanOrEqual(6);
  });

  it('refuses a flood past the human rate, tells the sender once a second at most, and never stalls the ticks', async () => {
    const { creator, room } = await createRoom(colyseus);
    await creator.control('speed', 8);
    const ops = await join(colyseus, room.roomId, { seat: 'ops' });
    await sleep(1_200);
    const startTick = room.teamRun.tick;
    const started = Date.now();
    for (let i = 0; i < 3_000; i++) ops.room.send('command', { ref: 100_000 + i, command: { type: 'check-host', host: 'web-001', method: 'ssh' } });
    await sleep(1_000);
    const seconds = (Date.now() - started) / 1000;
    const ticks = room.teamRun.tick - startTick;
    // At speed 8 a tick is 25 ms: 40 a second. Half of that under a flood on a loaded machine is the floor.
    expect(ticks).toBeGreaterThan(20 * seconds);
    const floodRefusals = ops.refused.filter((refusal) => refusal.reason.startsWith('Too many messages'));
    expect(floodRefusals.length).toBeGreaterThanOrEqual(1);
    expect(floodRefusals.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    // What got through was checked like any command (check-host is the investigator's, not ops').
    const through = ops.refused.filter((refusal) => !refusal.reason.startsWith('Too many messages')).length + ops.accepted.length;
    expect(through).toBeLessThanOrEqual(HUMAN_RATE.burst + Math.ceil(HUMAN_RATE.perSecond * (seconds + 1)));
    expect(through).toBeGreaterThanOrEqual(HUMAN_RATE.burst);
    // After the flood, the same seat is heard again.
    await sleep(1_000);
    expect(await ops.give({ type: 'stop-chef', hosts: ['@web'] })).toMatchObject({ accepted: true });
  }, 20_000);
});

describe('a dropped player', () => {
  it('gets their seat back within the grace, and the run went on without them', async () => {
    const { creator, room } = await createRoom(colyseus);
    const ops = await join(colyseus, room.roomId, { seat: 'ops' });
    const token = ops.room.reconnectionToken;
    await ops.room.leave(false);
    await until('the seat to be held', () => creator.seats.at(-1)?.seats.ops === 'reconnecting');
    await expect(join(colyseus, room.roomId, { seat: 'ops' })).rejects.toThrow(/held/);
    const tickWhenDropped = room.teamRun.tick;
    await sleep(400);
    ops.listen(await colyseus.sdk.reconnect(token));
    await until('the seat back', () => ops.welcomes.length === 2);
    expect(ops.role).toBe('ops');
    expect(room.teamRun.tick).toBeGreaterThan(tickWhenDropped);
    await until('the seat shown as played again', () => creator.seats.at(-1)?.seats.ops === 'playing');
    expect(await ops.give({ type: 'stop-chef', hosts: ['@web'] })).toMatchObject({ accepted: true });
  });

  it('loses the seat to the cats after the grace, and someone else may take it', async () => {
    const { creator, room } = await createRoom(colyseus);
    const ops = await join(colyseus, room.roomId, { seat: 'ops' });
    const token = ops.room.reconnectionToken;
    await ops.room.leave(false);
    await until('the seat to go back to the cats', () => creator.seats.at(-1)?.seats.ops === 'cats', 5_000);
    await expect(colyseus.sdk.reconnect(token)).rejects.toThrow();
    const newcomer: Player = await join(colyseus, room.roomId, { seat: 'ops' });
    expect(newcomer.role).toBe('ops');
  });
});
