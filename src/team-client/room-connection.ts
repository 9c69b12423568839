// One browser's line to its team room (server/team-room): creating or joining it through Colyseus'
// client, the room's messages handed on typed (src/team/room-protocol), commands and the facilitator's
// controls sent with a number each so their answers can be matched, and a dropped connection taken
// back up. The room holds a dropped seat for a grace period; this tries to rejoin it, with the token the
// room gave, every few seconds until the grace is over. The token is kept for the tab (sessionStorage),
// so reloading the page rejoins the same seat too.

import { Client, type Room } from 'colyseus.js';
import type { Command } from '../sim/commands';
import { MESSAGES, TEAM_ROOM, type Accepted, type JoinOptions, type Refused, type RunEnded, type SeatsMessage, type ViewMessage, type Welcome } from '../team/room-protocol';
import type { RoomControl } from '../team/seat-commands';
import type { Role } from '../team/seats';

export type RoomRequest =
  | { kind: 'create'; seat: Role; level?: string; seed?: number; shiftMinutes?: number }
  /** `rejoinOnly`: only the seat this tab held (a reload), never another one in its place. */
  | { kind: 'join'; code: string; seat: Role | 'any'; facilitatorKey?: string; rejoinOnly?: boolean };

export type LinkState = 'connected' | 'reconnecting' | 'lost' | 'closed';

export interface RoomListener {
  welcome(welcome: Welcome): void;
  view(view: ViewMessage): void;
  seats(seats: SeatsMessage): void;
  accepted(accepted: Accepted): void;
  refused(refused: Refused): void;
  ended(ended: RunEnded): void;
  /** The connection itself: dropped and trying again, back, or gone for good (with why). */
  link(state: LinkState, words: string): void;
}

const RETRY_EVERY_MS = 2_000;
const TOKEN_KEY = 'apache-snafu-team-token:';

/** Where this page's room server is: the same address that served the page (server/serve-game-and-rooms). */
export function roomEndpoint(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol}//${location.host}`;
}

export class RoomConnection {
  private room: Room;
  private nextRef = 1;
  private graceSeconds = 60;
  private over = false;

  private constructor(
    private readonly client: Client,
    room: Room,
    private readonly listener: RoomListener,
  ) {
    this.room = room;
    this.wire(room);
  }

  /** Creates or joins a room; throws with the room's own reason when it refuses (a taken seat, no such code). */
  static async open(endpoint: string, request: RoomRequest, listener: RoomListener): Promise<RoomConnection> {
    const client = new Client(endpoint);
    const saved = request.kind === 'join' ? savedToken(request.code) : null;
    if (saved) {
      // This tab held a seat in that room: take it back if the room still holds it.
      try {
        return new RoomConnection(client, await client.reconnect(saved), listener);
      } catch {
        forgetToken(request.kind === 'join' ? request.code : '');
      }
    }
    if (request.kind === 'join' && request.rejoinOnly) {
      throw new Error(`Your seat in room ${request.code} is no longer held for this tab (its grace period is over, or another tab has it): pick a seat to join again.`);
    }
    const options: JoinOptions =
      request.kind === 'create'
        ? {
            seat: request.seat,
            ...(request.level ? { level: request.level } : {}),
            ...(request.seed !== undefined ? { seed: request.seed } : {}),
            ...(request.shiftMinutes !== undefined ? { shiftMinutes: request.shiftMinutes } : {}),
          }
        : { seat: request.seat, ...(request.facilitatorKey ? { facilitatorKey: request.facilitatorKey } : {}) };
    const room = request.kind === 'create' ? await client.create(TEAM_ROOM, options) : await client.joinById(request.code, options);
    return new RoomConnection(client, room, listener);
  }

  get code(): string {
    return this.room.roomId;
  }

  /** A command for the room; its answer (accepted or refused) carries the number returned. */
  command(command: Command): number {
    const ref = this.nextRef++;
    this.room.send(MESSAGES.command, { ref, command });
    return ref;
  }

  control(control: RoomControl, speed?: number): number {
    const ref = this.nextRef++;
    this.room.send(MESSAGES.control, { ref, control, ...(speed === undefined ? {} : { speed }) });
    return ref;
  }

  /** Leaves for good: the seat goes back to the cats at once. */
  async leave(): Promise<void> {
    this.over = true;
    forgetToken(this.room.roomId);
    await this.room.leave(true).catch(() => undefined);
  }

  private wire(room: Room): void {
    saveToken(room.roomId, room.reconnectionToken);
    room.onMessage(MESSAGES.welcome, (welcome: Welcome) => {
      this.graceSeconds = welcome.graceSeconds;
      this.listener.welcome(welcome);
    });
    room.onMessage(MESSAGES.view, (view: ViewMessage) => this.listener.view(view));
    room.onMessage(MESSAGES.seats, (seats: SeatsMessage) => this.listener.seats(seats));
    room.onMessage(MESSAGES.accepted, (accepted: Accepted) => this.listener.accepted(accepted));
    room.onMessage(MESSAGES.refused, (refused: Refused) => this.listener.refused(refused));
    room.onMessage(MESSAGES.ended, (ended: RunEnded) => {
      this.over = true;
      forgetToken(room.roomId);
      this.listener.ended(ended);
    });
    room.onLeave((code) => {
      if (this.over) return this.listener.link('closed', 'The room is closed.');
      if (code === 4000) return this.listener.link('closed', 'You left the room.');
      void this.rejoin(room.reconnectionToken);
    });
  }

  /** Dropped: ask for the seat back every few seconds while the room holds it. */
  private async rejoin(token: string): Promise<void> {
    const until = Date.now() + this.graceSeconds * 1000;
    while (!this.over && Date.now() < until) {
      this.listener.link('reconnecting', `Connection lost: rejoining your seat (the room holds it for ${Math.max(0, Math.ceil((until - Date.now()) / 1000))} s)…`);
      try {
        const room = await this.client.reconnect(token);
        this.room = room;
        this.wire(room);
        return this.listener.link('connected', 'Back in your seat.');
      } catch {
        await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
      }
    }
    if (!this.over) this.listener.link('lost', 'The connection did not come back in time: your seat went back to the cats. Join again with the room code.');
  }
}

/** Whether this tab held a seat in that room (a reload goes straight back to it). */
export function heldBefore(code: string): boolean {
  return savedToken(code) !== null;
}

function savedToken(code: string): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY + code);
  } catch {
    return null;
  }
}

function saveToken(code: string, token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY + code, token);
  } catch {
    // A tab that cannot store anything still plays; only a reload loses the seat.
  }
}

function forgetToken(code: string): void {
  try {
    sessionStorage.removeItem(TOKEN_KEY + code);
  } catch {
    // nothing kept, nothing to forget
  }
}
