// The seats of team mode (issue 16): the on-call work split four ways, in the spirit of Keep Talking and
// Nobody Explodes, so that no one person sees everything and the team has to talk. A seat is a role, not
// a person: a seat nobody holds is work the cats pick up, as they do in a solo run. The facilitator is
// not a seat: they watch everything and hold the live controls, and never play.

export type Seat = 'commander' | 'ops' | 'comms' | 'investigator';

/** The seats in the order a room lists them (and fills them when a player asks for any free seat). */
export const SEATS: readonly Seat[] = ['commander', 'ops', 'comms', 'investigator'];

/** Who is at the room besides the players: the observer with pause, speed and injections. */
export const FACILITATOR = 'facilitator';
export type Facilitator = typeof FACILITATOR;

/** Anyone a room lets in: a seat, or the facilitator watching. */
export type Role = Seat | Facilitator;

export interface SeatCard {
  title: string;
  /** What this seat is for, said to the person taking it. */
  purpose: string;
}

export const SEAT_CARDS: Readonly<Record<Seat, SeatCard>> = {
  commander: { title: 'Incident commander', purpose: 'Keeps the timeline, leads the team of cats (asks, assigns, stops), answers the pager and decides when it is over.' },
  ops: { title: 'Ops', purpose: 'Has the fleet and the terminal: Chef on and off, fan-outs, Apache, the load balancer and the kill switches.' },
  comms: { title: 'Comms', purpose: 'Has the team channel, the customers and the status page: says what is known, to whom, when.' },
  investigator: { title: 'Investigator', purpose: 'Looks out of band (ssh, curl, the load balancer, the mirror) and owns the cookbook: pin, fix forward, staging, canary.' },
};

export function isSeat(value: unknown): value is Seat {
  return typeof value === 'string' && (SEATS as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return value === FACILITATOR || isSeat(value);
}
