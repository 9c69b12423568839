// The game's built pages and team mode's rooms on one address: `npm run room` (scripts/room.ts) and the
// team browser test serve this way. Vite's preview server sends the pages (with the game's
// Content-Security-Policy); Colyseus takes its matchmaking requests (`/matchmake/…`) and its WebSockets
// on the same HTTP server. One origin means the page's policy (`connect-src 'self'`) already lets it
// reach its room, and a room has one address to share, not a page and a second port.

import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { TEAM_ROOM } from '../src/team/room-protocol';
import { guardJoins } from './join-gate';
import { MAX_MESSAGE_BYTES, teamRoomSettings } from './serve-rooms';
import { TeamRoom, type TeamRoomSettings } from './team-room';

export interface GameAndRooms {
  /** The served game, without a trailing slash: `http://127.0.0.1:4173`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface GameAndRoomsOptions {
  /** The repository (vite.config.ts is read from it). */
  root: string;
  /** The built game to serve (the config's `dist` unless said). */
  outDir?: string;
  host?: string;
  /** 0 takes a free port. */
  port: number;
  settings?: Partial<TeamRoomSettings>;
}

export async function serveGameAndRooms(options: GameAndRoomsOptions): Promise<GameAndRooms> {
  let rooms: Server | null = null;
  const site: PreviewServer = await preview({
    root: options.root,
    logLevel: 'warn',
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    preview: { host: options.host ?? '0.0.0.0', port: options.port, strictPort: options.port !== 0 },
    plugins: [
      {
        name: 'apache-snafu-team-rooms',
        // Before the server listens: Colyseus wraps the page's request handler and counts on the `listening` event.
        configurePreviewServer(server) {
          const http = server.httpServer as HttpServer;
          rooms = new Server({ transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }), greet: false, gracefullyShutdown: false });
          const settings = teamRoomSettings(options.settings);
          guardJoins(http, settings.joinRate);
          // Options given here win over a client's own (Colyseus merges them last), so a client cannot set them.
          rooms.define(TEAM_ROOM, TeamRoom, { settings });
        },
      },
    ],
  });
  // What Server.listen does besides listening (the preview server has done that): open matchmaking.
  await matchMaker.accept();
  const address = site.httpServer.address() as AddressInfo;
  const shown = options.host === undefined || options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    // Colyseus' shutdown disposes the rooms (each keeps its run) and closes the HTTP server they share with the pages.
    close: async () => {
      await rooms?.gracefullyShutdown(false);
      if (site.httpServer.listening) await site.close();
    },
  };
}
