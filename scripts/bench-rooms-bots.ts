// The bench's players: a room's worth of bots (a facilitator watching and one player per seat) on real
// sockets, each giving a plausible command of its own seat at a human pace (one every 4 to 12 s) and
// reading every view the room sends, as a browser would have to.

import { Client, type Room } from 'colyseus.js';
import { MESSAGES, TEAM_ROOM } from '../src/team/room-protocol';
import type { SeatView } from '../src/team/seat-view';
import { SEATS, type Seat } from '../src/team/seats';

export interface BotRoom {
  code: string;
  rooms: Room[];
  stop(): Promise<void>;
}

export interface BotCounters {
  views: number;
  commands: number;
  accepted: number;
  refused: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const webHost = (): string => `web-${String(1 + Math.floor(Math.random() * 40)).padStart(3, '0')}`;

/** What a person in this seat might do next. */
function plausibleCommand(seat: Seat, channel: string): object {
  switch (seat) {
    case 'ops':
      return pick([{ type: 'stop-chef', hosts: [webHost()] }, { type: 'start-chef', hosts: [webHost()] }, { type: 'ack-page' }, { type: 'run-chef', hosts: [webHost()], concurrency: 1 }]);
    case 'investigator':
      return pick([{ type: 'check-host', host: webHost(), method: pick(['ssh', 'curl']) }, { type: 'read-lb-stats' }, { type: 'check-mirror' }, { type: 'view-site' }]);
    case 'comms':
      return pick([
        { type: 'post-message', channel, text: 'Checkout is slow for some customers; we are on it and will update in 10 minutes.' },
        { type: 'update-status-page', status: 'degraded', text: 'Some pages are slow to load. We are working on it; next update within 15 minutes.', intent: 'update' },
      ]);
    case 'commander':
      return pick([
        { type: 'ask-for-help' },
        { type: 'ack-page' },
        { type: 'post-message', channel, text: 'Summary: web tier failing after the pin bump, Chef stopped on web, next step a fixed cookbook.' },
      ]);
  }
}

export async function botRoom(endpoint: string, counters: BotCounters): Promise<BotRoom> {
  const client = new Client(endpoint);
  const facilitator = await client.create(TEAM_ROOM, { seat: 'facilitator' });
  const code = facilitator.roomId;
  const rooms: Room[] = [facilitator];
  const timers: NodeJS.Timeout[] = [];
  const listen = (room: Room): void => {
    room.onMessage(MESSAGES.view, () => counters.views++);
    room.onMessage(MESSAGES.refused, () => counters.refused++);
    room.onMessage(MESSAGES.accepted, () => counters.accepted++);
    for (const type of [MESSAGES.welcome, MESSAGES.seats, MESSAGES.ended]) room.onMessage(type, () => undefined);
  };
  listen(facilitator);
  for (const seat of SEATS) {
    const room = await client.joinById(code, { seat });
    listen(room);
    rooms.push(room);
    let channel = '#ops';
    room.onMessage(MESSAGES.view, (view: SeatView) => (channel = view.chat?.teamChannel ?? channel));
    const act = (): void => {
      room.send(MESSAGES.command, { command: plausibleCommand(seat, channel) });
      counters.commands++;
      timers.push(setTimeout(act, 4_000 + Math.random() * 8_000));
    };
    timers.push(setTimeout(act, Math.random() * 8_000));
  }
  return {
    code,
    rooms,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(rooms.map((room) => room.leave(true).catch(() => undefined)));
    },
  };
}
