// The messages between a team room (server/team-room.ts) and its clients, as types both sides share.
// Pure data over Colyseus messages (msgpack): the room sends each client its seat's view as a message
// rather than through Colyseus' synchronised schema state, because what a client may see is a projection
// per seat (src/team/seat-view), which a shared state would have to hide field by field, and because the
// simulation's state is already plain data with its own hash and replay.

import type { RoomControl } from './seat-commands';
import type { Role, Seat } from './seats';
import type { TeamReplay } from './team-run';
import type { WireView } from './view-wire';

/** The room's name on the server: `client.create(TEAM_ROOM, options)` makes one, `joinById(code, …)` joins it. */
export const TEAM_ROOM = 'team';

/** What a client asks for when it creates or joins a room. */
export interface JoinOptions {
  /** The seat wanted, the facilitator, or `any` free seat. */
  seat?: Role | 'any';
  /** Needed to join as the facilitator, except by whoever created the room (they are told it). */
  facilitatorKey?: string;
  /** Only when creating: the level and seed of the run (the server's defaults otherwise). */
  level?: string;
  seed?: number;
  /** Only when creating: a shorter (or longer) shift than the level's own, in game minutes (src/levels/shift-length). */
  shiftMinutes?: number;
}

// Client to room.
export interface CommandMessage {
  /** The client's own number for the command, echoed in the answer. */
  ref?: number;
  command: unknown;
}
export interface ControlMessage {
  ref?: number;
  control: RoomControl;
  /** For `speed`: one of the solo game's speeds (src/session/fixed-step-driver SPEEDS). */
  speed?: number;
}

// Room to client.
export interface Welcome {
  code: string;
  role: Role;
  level: string;
  seed: number;
  /** The shift's time limit in game seconds, as the room plays it (a room may shorten the level's own). */
  timeLimitSeconds: number;
  /** Real milliseconds a tick takes at speed 1. */
  msPerTick: number;
  graceSeconds: number;
  facilitatorKey: string | null;
}
export type SeatState = 'playing' | 'reconnecting' | 'cats';
export interface SeatsMessage {
  seats: Record<Seat, SeatState>;
  facilitator: boolean;
  paused: boolean;
  speed: number;
}
export interface Accepted {
  ref: number | null;
  atTick: number;
}
export interface Refused {
  ref: number | null;
  reason: string;
}
export interface RunEnded {
  run: TeamReplay;
  score: { total: number; award: string | null; resolved: boolean };
  /** How many commands each seat gave: the debrief's "each seat's part". */
  commandsBySeat: Record<Role, number>;
}

/** Message names, one place. */
export const MESSAGES = {
  command: 'command',
  control: 'control',
  welcome: 'welcome',
  seats: 'seats',
  view: 'view',
  accepted: 'accepted',
  refused: 'refused',
  ended: 'ended',
} as const;

/** A seat's view as it travels (src/team/view-wire): `ViewReader` makes it a SeatView again. */
export type ViewMessage = WireView;
