// A team room (issue 16): one incident played by up to four seats and a facilitator, with the simulation
// run here, authoritatively, at the level's fixed tick. Clients only send commands; every one is let
// through the flood guard (command-gate), then the seat's check (src/team/check-seat-command: the replay
// schema, no `by`, the seat's own commands), and is answered `accepted` (with the tick it was queued for)
// or `refused` with the reason. Each client is sent its seat's view (src/team/seat-view) a few times a
// second. The room records the run as an ordinary replay and hands it to everyone when the incident ends
// (and to the server's keeper when it closes). A dropped player's seat is held for a grace period, during
// which the run goes on without them; after it the seat goes back to the cats. Empty, the room disposes
// itself and clears its timer.
//
// The pure part (the run, the seats, the views) is src/team/team-run.ts; this file is the network and the clock.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { matchMaker, Room, type Client } from '@colyseus/core';
import type { Level } from '../src/levels/level';
import { MAX_SHIFT_MINUTES, withShiftMinutes } from '../src/levels/shift-length';
import { SPEEDS } from '../src/session/fixed-step-driver';
import {
  MESSAGES,
  type Accepted,
  type CommandMessage,
  type ControlMessage,
  type JoinOptions,
  type Refused,
  type RunEnded,
  type SeatState,
  type SeatsMessage,
  type Welcome,
} from '../src/team/room-protocol';
import { ROOM_CONTROLS } from '../src/team/seat-commands';
import { FACILITATOR, isRole, SEATS, type Role, type Seat } from '../src/team/seats';
import { commandsBySeat, TeamRun } from '../src/team/team-run';
import { sentUpToAfter, toWire } from '../src/team/view-wire';
import { CommandGate, type RateLimit } from './command-gate';
import { newRoomCode } from './room-code';
import type { TickStats } from './tick-stats';

export interface TeamRoomSettings {
  levels: ReadonlyMap<string, Level>;
  defaultLevel: string;
  defaultSeed: number;
  /** `clock`: the room's own timer moves the run; `manual`: only `advance()` does (tests step by hand). */
  ticking: 'clock' | 'manual';
  /** How long a dropped player's seat is held for them. */
  graceSeconds: number;
  /** How often each client is sent its view. */
  viewsPerSecond: number;
  rate: RateLimit;
  /** How often one address may ask to create or join a room (server/join-gate). */
  joinRate: RateLimit;
  /** Where the server collects how late ticks come (the bench reads it). */
  tickStats?: TickStats;
  /** Told once per run, when the incident ends or the room closes: the run to keep. */
  keepRun?: (code: string, ended: RunEnded) => void;
}

/** What the room knows of each connection. */
interface Seated {
  role: Role;
  gate: CommandGate;
  /** The last event this client was sent. */
  heardSeq: number;
  /** The tick of the last dashboard sample this client was sent (src/team/view-wire), -1 for none. */
  samplesUpTo: number;
}

const MAX_SEED = 2 ** 31 - 1;

export class TeamRoom extends Room {
  override maxClients = SEATS.length + 1;
  private settings!: TeamRoomSettings;
  private run!: TeamRun;
  private facilitatorKey = randomBytes(16).toString('hex');
  private anyoneJoined = false;
  private readonly seated = new Map<string, Seated>();
  /** Seats held for a dropped player during the grace period. */
  private readonly held = new Set<Role>();
  private timer: NodeJS.Timeout | null = null;
  private lastWakeMs = 0;
  private nextWakeMs = 0;
  private lastViewsMs = 0;
  private runKept = false;

  override async onCreate(options: JoinOptions & { settings: TeamRoomSettings }): Promise<void> {
    this.settings = options.settings;
    const levelId = typeof options.level === 'string' && this.settings.levels.has(options.level) ? options.level : this.settings.defaultLevel;
    const seed = Number.isSafeInteger(options.seed) && options.seed! >= 0 && options.seed! <= MAX_SEED ? options.seed! : this.settings.defaultSeed;
    const minutes = Number.isSafeInteger(options.shiftMinutes) && options.shiftMinutes! >= 1 && options.shiftMinutes! <= MAX_SHIFT_MINUTES ? options.shiftMinutes! : null;
    this.run = new TeamRun(withShiftMinutes(this.settings.levels.get(levelId)!, minutes), seed);
    this.roomId = await freshCode();
    await this.setPrivate(true);
    this.onMessage(MESSAGES.command, (client, message: unknown) => this.onCommand(client, message));
    this.onMessage(MESSAGES.control, (client, message: unknown) => this.onControl(client, message));
    this.onMessage('*', (client, type) => this.refuseIfAdmitted(client, null, `There is no "${String(type)}" message: send "command" or "control".`));
    if (this.settings.ticking === 'clock') this.startClock();
  }

  override onJoin(client: Client, options: JoinOptions = {}): void {
    const role = this.roleFor(options);
    const first = !this.anyoneJoined;
    this.anyoneJoined = true;
    this.seated.set(client.sessionId, { role, gate: new CommandGate(this.settings.rate, performance.now()), heardSeq: this.run.lastSeq, samplesUpTo: -1 });
    this.welcome(client, role, first);
    this.broadcastSeats();
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const seated = this.seated.get(client.sessionId);
    this.seated.delete(client.sessionId);
    if (!seated) return;
    if (consented || this.run.ended) return this.broadcastSeats();
    this.held.add(seated.role);
    this.broadcastSeats();
    try {
      const back = await this.allowReconnection(client, this.settings.graceSeconds);
      this.held.delete(seated.role);
      // Back in their seat, with everything they missed while away still to hear (as far as the run keeps it).
      // A page that comes back may be a new one (a reload): it is sent the dashboards' series whole again.
      this.seated.set(back.sessionId, { ...seated, gate: new CommandGate(this.settings.rate, performance.now()), samplesUpTo: -1 });
      this.welcome(back, seated.role, false);
    } catch {
      // The grace is over: the seat is empty again, and its work is the cats' as in a solo run.
      this.held.delete(seated.role);
    }
    this.broadcastSeats();
  }

  /**
   * Whatever a handler throws (a bug, never a client's input, which is checked first) is logged and
   * contained: Colyseus wraps every handler in a try/catch once this is defined, so one room's bug can
   * neither crash the server nor touch the other rooms.
   */
  override onUncaughtException(error: Error, methodName: string): void {
    // A refused join (a taken seat, no key) is the room's answer, already sent to that client with its
    // reason: one line, not the socket's insides. Anything else is a bug worth its stack.
    if (methodName === 'onJoin') return console.warn(`team room ${this.roomId}: a join was refused: ${error.message}`);
    console.error(`team room ${this.roomId}: ${methodName} failed`, error);
  }

  override onDispose(): void {
    this.stopClock();
    this.keepRun();
  }

  /** Tests: run `ticks` ticks now and send the views, as the clock would. */
  advance(ticks: number): void {
    this.run.step(ticks);
    this.afterTicks(true);
  }

  /** Read-only looks for tests and the bench. */
  get teamRun(): TeamRun {
    return this.run;
  }
  roleOf(sessionId: string): Role | null {
    return this.seated.get(sessionId)?.role ?? null;
  }

  private roleFor(options: JoinOptions): Role {
    const taken = new Set<Role>([...[...this.seated.values()].map((seated) => seated.role), ...this.held]);
    const wanted = options.seat ?? 'any';
    if (wanted === 'any') {
      const free = SEATS.find((seat) => !taken.has(seat));
      if (!free) throw new Error('Every seat is taken: join as the facilitator, or wait for a seat to come free.');
      return free;
    }
    if (!isRole(wanted)) throw new Error(`There is no seat "${String(wanted)}": the seats are ${SEATS.join(', ')} (or ${FACILITATOR}).`);
    if (taken.has(wanted))
      throw new Error(this.held.has(wanted) ? `The ${wanted} seat is held for its player, who dropped: it frees up after ${this.settings.graceSeconds} s.` : `The ${wanted} seat is taken.`);
    if (wanted === FACILITATOR && this.anyoneJoined && !sameKey(options.facilitatorKey, this.facilitatorKey)) {
      throw new Error('Joining as the facilitator needs the key the room gave whoever created it.');
    }
    return wanted;
  }

  private welcome(client: Client, role: Role, first: boolean): void {
    const welcome: Welcome = {
      code: this.roomId,
      role,
      level: this.run.level.meta.id,
      seed: this.run.seed,
      timeLimitSeconds: this.run.level.sim.resolution.timeLimitSeconds,
      msPerTick: this.run.session.driver.msPerTick * this.run.session.driver.speed,
      graceSeconds: this.settings.graceSeconds,
      facilitatorKey: first || role === FACILITATOR ? this.facilitatorKey : null,
    };
    client.send(MESSAGES.welcome, welcome);
    this.sendView(client);
  }

  private onCommand(client: Client, message: unknown): void {
    const seated = this.admitted(client, message);
    if (!seated) return;
    const { ref, command } = (isObject(message) ? message : {}) as Partial<CommandMessage>;
    const given = this.run.give(seated.role, command);
    if (given.ok) client.send(MESSAGES.accepted, { ref: refOf(ref), atTick: given.atTick } satisfies Accepted);
    else client.send(MESSAGES.refused, { ref: refOf(ref), reason: given.reason } satisfies Refused);
  }

  private onControl(client: Client, message: unknown): void {
    const seated = this.admitted(client, message);
    if (!seated) return;
    const { ref, control, speed } = (isObject(message) ? message : {}) as Partial<ControlMessage>;
    const refuse = (reason: string): void => client.send(MESSAGES.refused, { ref: refOf(ref), reason } satisfies Refused);
    if (seated.role !== FACILITATOR) return refuse('Pause and speed are the facilitator’s: the incident does not wait for anyone.');
    if (!ROOM_CONTROLS.includes(control!)) return refuse(`There is no control "${String(control)}": the controls are ${ROOM_CONTROLS.join(', ')}.`);
    const driver = this.run.session.driver;
    if (control === 'speed') {
      if (typeof speed !== 'number' || !SPEEDS.includes(speed)) return refuse(`A speed is one of ${SPEEDS.join(', ')}.`);
      driver.setSpeed(speed);
    } else driver.paused = control === 'pause';
    client.send(MESSAGES.accepted, { ref: refOf(ref), atTick: this.run.tick } satisfies Accepted);
    this.broadcastSeats();
  }

  /** The flood guard, before anything else is looked at. */
  private admitted(client: Client, message: unknown): Seated | null {
    const seated = this.seated.get(client.sessionId);
    if (!seated) return null;
    const now = performance.now();
    if (seated.gate.admit(now)) return seated;
    if (seated.gate.shouldTell(now))
      client.send(MESSAGES.refused, { ref: isObject(message) ? refOf(message['ref']) : null, reason: CommandGate.reason(this.settings.rate) } satisfies Refused);
    return null;
  }

  private refuseIfAdmitted(client: Client, ref: unknown, reason: string): void {
    if (this.admitted(client, null)) client.send(MESSAGES.refused, { ref: refOf(ref), reason } satisfies Refused);
  }

  private startClock(): void {
    this.lastWakeMs = performance.now();
    this.nextWakeMs = this.lastWakeMs + this.msPerTick();
    this.schedule();
  }

  private stopClock(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private msPerTick(): number {
    return this.run.session.driver.msPerTick;
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.wake(), Math.max(0, this.nextWakeMs - performance.now()));
  }

  /** One wake of the room's clock: as many ticks as the real time since the last wake is worth, then maybe the views. */
  private wake(): void {
    const now = performance.now();
    const interval = now - this.lastWakeMs;
    const fixed = this.msPerTick();
    this.lastWakeMs = now;
    try {
      this.run.frame(interval);
      this.afterTicks(false);
      if (!this.run.session.driver.paused) this.settings.tickStats?.record(Math.abs(interval - fixed), performance.now() - now);
    } catch (error) {
      // A bug in the simulation must not take the server down with it: the room stops here, says so, and keeps the run.
      console.error(`team room ${this.roomId}: the run stopped at tick ${this.run.tick}`, error);
      this.broadcast(MESSAGES.refused, { ref: null, reason: 'The simulation hit a bug and stopped; the run so far is kept.' } satisfies Refused);
      this.stopClock();
      this.keepRun();
      return;
    }
    if (this.run.ended) return this.stopClock();
    // Steady cadence: the next wake is due a fixed tick after the last one was due, unless we fell a whole tick behind.
    this.nextWakeMs = Math.max(this.nextWakeMs + this.msPerTick(), now + 1);
    if (this.nextWakeMs - now > this.msPerTick() * 1.5) this.nextWakeMs = now + this.msPerTick();
    this.schedule();
  }

  private afterTicks(force: boolean): void {
    const now = performance.now();
    if (force || this.run.ended || now - this.lastViewsMs >= 1000 / this.settings.viewsPerSecond) {
      this.lastViewsMs = now;
      for (const client of this.clients) this.sendView(client);
    }
    if (this.run.ended && !this.runKept) this.endRun();
  }

  private sendView(client: Client): void {
    const seated = this.seated.get(client.sessionId);
    if (!seated) return;
    const view = this.run.viewFor(seated.role, seated.heardSeq);
    seated.heardSeq = view.heard.at(-1)?.seq ?? seated.heardSeq;
    const wire = toWire(view, seated.samplesUpTo);
    seated.samplesUpTo = sentUpToAfter(wire, seated.samplesUpTo);
    client.send(MESSAGES.view, wire);
  }

  private endRun(): void {
    const ended = this.keepRun();
    if (ended) this.broadcast(MESSAGES.ended, ended);
  }

  /** Hands the run to the server's keeper, once. */
  private keepRun(): RunEnded | null {
    if (this.runKept || !this.run) return null;
    this.runKept = true;
    const ended: RunEnded = { run: this.run.teamReplay(), score: this.run.teamScore(), commandsBySeat: commandsBySeat(this.run.roles) };
    this.settings.keepRun?.(this.roomId, ended);
    return ended;
  }

  private broadcastSeats(): void {
    const taken = new Map<Role, SeatState>();
    for (const seated of this.seated.values()) taken.set(seated.role, 'playing');
    for (const role of this.held) taken.set(role, 'reconnecting');
    const seats = Object.fromEntries(SEATS.map((seat) => [seat, taken.get(seat) ?? 'cats'])) as Record<Seat, SeatState>;
    const driver = this.run.session.driver;
    this.broadcast(MESSAGES.seats, { seats, facilitator: taken.has(FACILITATOR), paused: driver.paused, speed: driver.speed } satisfies SeatsMessage);
  }
}

/** A code no live room has (a clash is a one-in-a-trillion chance, but costs one lookup to rule out). */
async function freshCode(): Promise<string> {
  for (;;) {
    const code = newRoomCode();
    if ((await matchMaker.query({ roomId: code })).length === 0) return code;
  }
}

function sameKey(given: unknown, key: string): boolean {
  if (typeof given !== 'string' || given.length !== key.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(key));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refOf(ref: unknown): number | null {
  return typeof ref === 'number' && Number.isSafeInteger(ref) ? ref : null;
}
