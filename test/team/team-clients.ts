// Builders for the team room tests: a Colyseus server with the team room, booted in-process on its own
// port through @colyseus/testing, and players as real colyseus.js clients over the loopback, each
// keeping every message the room sent it so a test can wait for the answer to its command.

import { ColyseusTestServer } from '@colyseus/testing';
import type { Room as ClientRoom } from 'colyseus.js';
import type { TeamRoomSettings } from '../../server/team-room';
import type { TeamRoom } from '../../server/team-room';
import { createTeamServer, teamRoomSettings } from '../../server/serve-rooms';
import { MESSAGES, TEAM_ROOM, type Accepted, type JoinOptions, type Refused, type RunEnded, type SeatsMessage, type ViewMessage, type Welcome } from '../../src/team/room-protocol';
import { createState } from '../../src/sim/create-state';
import { ViewReader } from '../../src/team/view-wire';
import { bundledLevel } from '../support/level-files';
import type { SeatView } from '../../src/team/seat-view';
import type { Role } from '../../src/team/seats';

export async function bootTeamServer(port: number, overrides: Partial<TeamRoomSettings> = {}): Promise<ColyseusTestServer> {
  // Every test joins from the loopback address, many times a second: the join guard is tested on its own (join-gate.test.ts).
  const server = createTeamServer(teamRoomSettings({ ticking: 'manual', joinRate: { perSecond: 1_000, burst: 1_000 }, ...overrides }));
  await server.listen(port, '127.0.0.1');
  return new ColyseusTestServer(server);
}

export async function until<T>(what: string, found: () => T | undefined | null | false, timeoutMs = 5_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = found();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export type Answer = { accepted: true; atTick: number } | { accepted: false; reason: string };

/** Why the room refused a message, or null if it accepted it. */
export function refusal(answer: Answer): string | null {
  return answer.accepted ? null : answer.reason;
}

/** A player (or the facilitator) at a seat, over a real socket. */
export class Player {
  readonly accepted: Accepted[] = [];
  readonly refused: Refused[] = [];
  readonly views: SeatView[] = [];
  readonly seats: SeatsMessage[] = [];
  readonly welcomes: Welcome[] = [];
  readonly ended: RunEnded[] = [];
  private nextRef = 1;
  private reader: ViewReader | null = null;

  constructor(public room: ClientRoom) {
    this.listen(room);
  }

  listen(room: ClientRoom): void {
    this.room = room;
    this.reader = null;
    room.onMessage(MESSAGES.accepted, (message: Accepted) => this.accepted.push(message));
    room.onMessage(MESSAGES.refused, (message: Refused) => this.refused.push(message));
    // A view comes packed (src/team/view-wire): read back with the level's hosts, as the team page does.
    room.onMessage(MESSAGES.view, (message: ViewMessage) => {
      const welcome = this.welcomes.at(-1)!;
      this.reader ??= new ViewReader(createState(bundledLevel(welcome.level).sim, welcome.seed).hosts);
      this.views.push(this.reader.read(message));
    });
    room.onMessage(MESSAGES.seats, (message: SeatsMessage) => this.seats.push(message));
    room.onMessage(MESSAGES.welcome, (message: Welcome) => this.welcomes.push(message));
    room.onMessage(MESSAGES.ended, (message: RunEnded) => this.ended.push(message));
  }

  get role(): Role | undefined {
    return this.welcomes.at(-1)?.role;
  }

  /** Sends a command and waits for the room's answer to it. */
  async give(command: unknown): Promise<Answer> {
    const ref = this.nextRef++;
    this.room.send(MESSAGES.command, { ref, command });
    return this.answer(ref);
  }

  async control(control: string, speed?: number): Promise<Answer> {
    const ref = this.nextRef++;
    this.room.send(MESSAGES.control, { ref, control, speed });
    return this.answer(ref);
  }

  private async answer(ref: number): Promise<Answer> {
    return until(`the answer to message ${ref}`, () => {
      const yes = this.accepted.find((answer) => answer.ref === ref);
      if (yes) return { accepted: true as const, atTick: yes.atTick };
      const no = this.refused.find((answer) => answer.ref === ref);
      return no ? { accepted: false as const, reason: no.reason } : undefined;
    });
  }
}

/** Creates a room as `role` (the facilitator by default) and returns the creator with the server's room. */
export async function createRoom(colyseus: ColyseusTestServer, options: JoinOptions = { seat: 'facilitator' }): Promise<{ creator: Player; room: TeamRoom }> {
  const clientRoom = await colyseus.sdk.create(TEAM_ROOM, options);
  const creator = new Player(clientRoom);
  await until('the welcome', () => creator.welcomes.length > 0);
  return { creator, room: colyseus.getRoomById(clientRoom.roomId) as unknown as TeamRoom };
}

export async function join(colyseus: ColyseusTestServer, code: string, options: JoinOptions): Promise<Player> {
  const player = new Player(await colyseus.sdk.joinById(code, options));
  await until('the welcome', () => player.welcomes.length > 0);
  return player;
}
