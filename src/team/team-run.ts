// A team's run, authoritative: the live session (src/session/live-session) moved on by whoever holds the
// clock (the room's timer, or a test by hand), the commands the seats give (checked by
// check-seat-command), the team's memory of its looks (one KnownWorld: what the team learned, split by
// seat-view), the events each seat heard, and who gave each recorded command. Pure: no timers, no
// network, so a test can play a whole run through it in milliseconds and a room is a thin shell around it.
//
// The recorded run is an ordinary replay (replay-json's format): the players' commands go to the
// simulation as the on-call's (no `by`), the facilitator's injections by `facilitator`, exactly as a solo
// run with the live controls records them, so the debrief, the exports and the facilitator's page read it
// unchanged. The format has no place for the seat, so `roles` runs beside `recorded`, one entry each.

import type { Level } from '../levels/level';
import { replayJson } from '../replay/replay-json';
import { KnownWorld } from '../session/known-world';
import { LiveSession } from '../session/live-session';
import { playerView, type PlayerView } from '../session/player-view';
import type { SimEvent } from '../sim/events';
import { scoreRun } from '../sim/scoring/score-run';
import { hashState } from '../sim/state-hash';
import { checkSeatCommand } from './check-seat-command';
import { seatsHearing } from './seat-hearing';
import { seatView, type HeardEvent, type SeatView } from './seat-view';
import { FACILITATOR, SEATS, type Role } from './seats';

/** How many recent events the run keeps for clients catching up; a client further behind is told how many it missed. */
export const HEARD_KEPT = 2_000;
/** The most events one view carries: a client that fell behind gets the newest. */
export const HEARD_PER_VIEW = 200;

export type GiveResult = { ok: true; atTick: number } | { ok: false; reason: string };

/** A run's file for the debrief: the replay itself, and who gave each of its commands. */
export interface TeamReplay {
  replay: object;
  /** One entry per command of `replay.commands`, in the same order: the seat (or the facilitator) that gave it. */
  roles: Role[];
  /** The final state's fingerprint (src/sim/state-hash), so a headless replay can be checked against the room. */
  stateHash: string;
}

interface Heard extends HeardEvent {
  seats: readonly Role[];
}

export class TeamRun {
  readonly session: LiveSession;
  readonly known = new KnownWorld();
  /** Who gave each command of `session.recorded`, in the same order. */
  readonly roles: Role[] = [];
  private pendingRoles: Role[] = [];
  private heard: Heard[] = [];
  private nextSeq = 1;
  private view: PlayerView | null = null;

  constructor(
    readonly level: Level,
    readonly seed: number,
  ) {
    this.session = new LiveSession(level, seed);
    this.session.onEvents((events) => this.hear(events));
  }

  get tick(): number {
    return this.session.state.tick;
  }

  get ended(): boolean {
    return this.session.state.incident.outcome !== null;
  }

  /** A message from a client in `role`: queued for the next tick if it is a command that seat may give. */
  give(role: Role, message: unknown): GiveResult {
    if (this.ended) return { ok: false, reason: 'The incident is over: the run is being saved for the debrief.' };
    const checked = checkSeatCommand(role, message);
    if (!checked.ok) return checked;
    this.session.submit(checked.command);
    this.pendingRoles.push(role);
    return { ok: true, atTick: this.tick };
  }

  /** Moves the run on by what `frameMs` of real time is worth at the room's speed (none while paused). */
  frame(frameMs: number): number {
    const before = this.tick;
    this.session.frame(frameMs);
    this.afterTicks();
    return this.tick - before;
  }

  /** One tick whatever the clock says: tests step by hand with it. */
  step(ticks = 1): void {
    for (let i = 0; i < ticks && !this.ended; i++) {
      this.session.tick();
      this.afterTicks();
    }
  }

  /** The newest event number, so a client that just joined starts hearing from now. */
  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** What `role` sees now, with what it heard after event `sinceSeq`. */
  viewFor(role: Role, sinceSeq: number): SeatView {
    this.view ??= playerView(this.level.sim, this.session.state, this.known);
    // From the newest back to what the client already heard: a view costs what is new, not the whole history.
    const heard: HeardEvent[] = [];
    for (let index = this.heard.length - 1; index >= 0 && heard.length < HEARD_PER_VIEW; index--) {
      const entry = this.heard[index]!;
      if (entry.seq <= sinceSeq) break;
      if (entry.seats.includes(role)) heard.push({ seq: entry.seq, event: entry.event });
    }
    return seatView(role, this.view, heard.reverse());
  }

  /** The run so far as a replay file, with who gave what. */
  teamReplay(): TeamReplay {
    const { level, seed } = this;
    const state = this.session.state;
    const title = `${level.meta.title}: a team run on seed ${seed}, ${this.ended ? 'to the end' : `kept at tick ${state.tick}`}`;
    return { replay: replayJson(level.meta.id, title, seed, this.session.recorded), roles: [...this.roles], stateHash: hashState(state) };
  }

  /** The team's score as the debrief gives it (the same score a solo run gets), with who gave what. */
  teamScore(): { total: number; award: string | null; resolved: boolean } {
    const score = scoreRun(this.level.sim, this.session.events, this.session.state, this.level.scoring);
    return { total: score.total, award: score.award.earned ? score.award.label : null, resolved: score.resolution.resolved };
  }

  private afterTicks(): void {
    // LiveSession records the queued commands, in order, on the first tick it runs: their roles follow.
    const added = this.session.recorded.length - this.roles.length;
    if (added > 0) this.roles.push(...this.pendingRoles.splice(0, added));
    if (this.known.sample(this.session.state)) this.view = null;
    if (this.view && this.view.tick !== this.tick) this.view = null;
  }

  private hear(events: readonly SimEvent[]): void {
    this.known.learn(events);
    this.view = null;
    for (const event of events) {
      const seats = seatsHearing(event);
      // The facilitator hears everything any seat hears, and their own injections.
      const roles: Role[] = [...seats];
      if (seats.length > 0 || event.type === 'facilitator-injected') roles.push(FACILITATOR);
      if (roles.length > 0) this.heard.push({ seq: this.nextSeq++, event, seats: roles });
    }
    if (this.heard.length > HEARD_KEPT) this.heard = this.heard.slice(-HEARD_KEPT);
  }
}

/** How many commands each seat (and the facilitator) gave: the debrief's "each seat's part". */
export function commandsBySeat(roles: readonly Role[]): Record<Role, number> {
  const counts = Object.fromEntries([...SEATS, FACILITATOR].map((role) => [role, 0])) as Record<Role, number>;
  for (const role of roles) counts[role]++;
  return counts;
}
