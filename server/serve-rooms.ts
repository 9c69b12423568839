// Starts the team room server: Colyseus on its WebSocket transport, with the team room defined on the
// bundled levels. `npm run room` calls `startRoomServer` beside the game it serves (scripts/room.ts); the
// tests and the bench make their own with `createTeamServer`. Messages are capped in size at the socket,
// before Colyseus decodes them: the longest command (a post or a status page update, with its limits) is
// a few kilobytes.

import type { Server as HttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { readLevelCatalog } from '../scripts/level-catalog-file';
import type { Level } from '../src/levels/level';
import { TEAM_ROOM } from '../src/team/room-protocol';
import { HUMAN_RATE } from './command-gate';
import { guardJoins, JOIN_RATE } from './join-gate';
import { TeamRoom, type TeamRoomSettings } from './team-room';

/** No command comes near this; a bigger message is refused by the socket itself. */
export const MAX_MESSAGE_BYTES = 64 * 1024;
export const DEFAULT_ROOM_PORT = 2567;
export const GRACE_SECONDS = 60;
export const VIEWS_PER_SECOND = 4;

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The levels that passed their checks, by id, read from the levels folder as the game's build reads them. */
export function bundledLevels(): Map<string, Level> {
  return new Map(readLevelCatalog(REPO_ROOT).levels.map((level) => [level.meta.id, level]));
}

export function teamRoomSettings(overrides: Partial<TeamRoomSettings> = {}): TeamRoomSettings {
  const levels = overrides.levels ?? bundledLevels();
  return {
    levels,
    defaultLevel: levels.has('apache-snafu') ? 'apache-snafu' : [...levels.keys()][0]!,
    defaultSeed: 1,
    ticking: 'clock',
    graceSeconds: GRACE_SECONDS,
    viewsPerSecond: VIEWS_PER_SECOND,
    rate: HUMAN_RATE,
    joinRate: JOIN_RATE,
    ...overrides,
  };
}

/** A Colyseus server with the team room defined, not yet listening. */
export function createTeamServer(settings: TeamRoomSettings): Server {
  const transport = new WebSocketTransport({ maxPayload: MAX_MESSAGE_BYTES });
  const server = new Server({ transport, greet: false, gracefullyShutdown: false });
  guardJoins(transport.server as HttpServer, settings.joinRate);
  // Options given here win over a client's own (Colyseus merges them last), so a client cannot set them.
  server.define(TEAM_ROOM, TeamRoom, { settings });
  return server;
}

export interface RoomServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Listens for team rooms on `host:port` (every interface by default, for the local network). */
export async function startRoomServer(options: { port?: number; host?: string; settings?: Partial<TeamRoomSettings> } = {}): Promise<RoomServer> {
  const port = options.port ?? DEFAULT_ROOM_PORT;
  const server = createTeamServer(teamRoomSettings(options.settings));
  await server.listen(port, options.host ?? '0.0.0.0');
  return { server, port, close: () => server.gracefullyShutdown(false) };
}
