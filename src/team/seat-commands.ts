// Which seat may give which command: the split of the on-call work that team mode is about. The table is
// keyed by every command type, so a new command that nobody was given fails to compile (and
// test/team/seat-commands.test.ts checks it against the replay schema's list as well). A few commands
// belong to two seats where the work is genuinely shared: acknowledging a page (the commander's pager,
// ops' terminal), posting in the channel (comms speaks for the team, the commander leads it) and visiting
// the site (comms is the customers' seat, the investigator looks from outside).

import type { CommandType } from '../sim/commands';
import { FACILITATOR, type Role, type Seat } from './seats';

export const SEAT_COMMANDS: Readonly<Record<CommandType, readonly Seat[]>> = {
  // The fleet, the terminal and the kill switches.
  'run-chef': ['ops'],
  'stop-chef': ['ops'],
  'start-chef': ['ops'],
  'pause-chef': ['ops'],
  'resume-chef': ['ops'],
  'start-apache': ['ops'],
  'remove-default-config': ['ops'],
  'repair-chef': ['ops'],
  drain: ['ops'],
  restore: ['ops'],
  'set-feature-flag': ['ops'],
  // Out-of-band looks, the mirror and the cookbook.
  'check-host': ['investigator'],
  'read-lb-stats': ['investigator'],
  'check-mirror': ['investigator'],
  'set-pin': ['investigator'],
  'fix-cookbook': ['investigator'],
  'test-in-staging': ['investigator'],
  'view-site': ['investigator', 'comms'],
  // The channel, the customers and the status page.
  'post-message': ['comms', 'commander'],
  'update-status-page': ['comms'],
  // The team, the pager, the change under review and the end of the incident.
  'ack-page': ['commander', 'ops'],
  'ask-for-help': ['commander'],
  'assign-job': ['commander'],
  'refuse-intent': ['commander'],
  'stop-job': ['commander'],
  // Stopping a fan-out is ops' Ctrl-C as much as the commander's call.
  'stop-task': ['commander', 'ops'],
  'approve-change': ['commander'],
  'hold-change': ['commander'],
  'end-incident': ['commander'],
  // Only the facilitator makes things happen to the room.
  'inject-event': [],
};

/** What the facilitator may do: injections as commands, and the room's clock (which is not the simulation's). */
export const FACILITATOR_COMMANDS: readonly CommandType[] = ['inject-event'];
export type RoomControl = 'pause' | 'resume' | 'speed';
export const ROOM_CONTROLS: readonly RoomControl[] = ['pause', 'resume', 'speed'];

/** Whether `role` may give a command of this type; a refusal says whose it is instead. */
export function seatMayGive(role: Role, type: CommandType): { ok: true } | { ok: false; reason: string } {
  if (role === FACILITATOR) {
    return FACILITATOR_COMMANDS.includes(type) ? { ok: true } : { ok: false, reason: `The facilitator watches and injects; "${type}" is for the players (${whoseWords(type)}).` };
  }
  const seats = SEAT_COMMANDS[type];
  if (seats.includes(role)) return { ok: true };
  return { ok: false, reason: `"${type}" is not the ${role} seat's to give: ask ${whoseWords(type)}.` };
}

/** The seats that own a command type, in words ("ops", "comms or the commander"). */
export function whoseWords(type: CommandType): string {
  const seats = SEAT_COMMANDS[type];
  if (seats.length === 0) return 'the facilitator';
  return seats.map((seat) => (seat === 'commander' ? 'the commander' : seat)).join(' or ');
}

/** The seat a recorded command would have come from: the first owner (the facilitator for injections). */
export function ownerOf(type: CommandType): Role {
  return SEAT_COMMANDS[type][0] ?? FACILITATOR;
}
