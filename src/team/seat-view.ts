// A seat's view: the part of the player's view (src/session/player-view) that its role would see, and
// nothing more, so the team has to talk. Built from the PlayerView, so graph-blindness holds for every
// seat exactly as it does solo. Plain data, ready to send as JSON; like the PlayerView it shares parts
// with the live state (the team, the pages), so it is for sending at once, not for keeping (the room
// serialises it in the same call: a deep copy per seat cost more than the rest of a room's work). The
// facilitator, who watches and does not play, gets the whole player's view.
//
// One refinement past picking parts: while the Nagios UI is dark the fleet falls back to the looks taken
// out of band, and those are the investigator's. Ops sees a host the investigator looked at as unknown,
// and hears what it showed only if somebody says so.

import type { SimEvent } from '../sim/events';
import type { KnownHost } from '../session/known-world';
import type { PlayerView } from '../session/player-view';
import { FACILITATOR, type Role, type Seat } from './seats';

export type ViewPart = Exclude<keyof PlayerView, 'tick' | 'shift'>;

/** What every seat sees: the clock and how the shift ends (the top bar). */
export const COMMON_PARTS = ['tick', 'shift'] as const;

export const SEAT_PARTS: Readonly<Record<Seat, readonly ViewPart[]>> = {
  commander: ['team', 'tasks', 'pager', 'statusPage', 'review'],
  ops: ['fleet', 'pools', 'dashboards', 'chefServer', 'switches', 'tasks', 'toolsUp', 'pager'],
  comms: ['chat', 'site', 'statusPage'],
  investigator: ['looks', 'staleTools', 'review'],
};

/** One event a seat heard, with a number that only grows, so a client knows what it has missed. */
export interface HeardEvent {
  seq: number;
  event: SimEvent;
}

export type SeatView = { role: Role; tick: number; shift: PlayerView['shift']; heard: readonly HeardEvent[] } & Partial<Pick<PlayerView, ViewPart>>;

/** The seat's part of the player's view, with the events it heard since the client's last view. */
export function seatView(role: Role, view: PlayerView, heard: readonly HeardEvent[]): SeatView {
  const base = { role, tick: view.tick, shift: view.shift, heard };
  if (role === FACILITATOR) return { ...base, ...withoutShared(view) };
  const parts: Partial<Pick<PlayerView, ViewPart>> = {};
  for (const part of SEAT_PARTS[role]) Object.assign(parts, { [part]: view[part] });
  if (parts.fleet && role !== 'investigator') parts.fleet = { ...parts.fleet, hosts: parts.fleet.hosts.map(withoutLooks) };
  return { ...base, ...parts };
}

function withoutShared(view: PlayerView): Pick<PlayerView, ViewPart> {
  const { tick: _tick, shift: _shift, ...rest } = view;
  return rest;
}

/** A host as known without the out-of-band looks: the monitoring's word, or nothing. */
function withoutLooks(host: KnownHost): KnownHost {
  return host.source === 'curl' || host.source === 'ssh' ? { ...host, state: 'unknown', source: 'none', atTick: null } : host;
}
