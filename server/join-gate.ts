// The join guard: how often one address may ask the matchmaker for a room (create, join by code,
// reconnect). A room's code is its only lock (server/room-code: 40 bits), so guessing must be slow: at
// this rate one address needs decades to find one of even a thousand live rooms. Checked before Colyseus
// reads the request, per the socket's own address (a forwarded-for header is the client's word, so it is
// not taken). Over the limit, the answer is the matchmaker's own error shape, which the client shows.

import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { CommandGate, type RateLimit } from './command-gate';

/** Ten tries at once (a room's worth of people behind one router), then one every two seconds. */
export const JOIN_RATE: RateLimit = { perSecond: 0.5, burst: 10 };

/** Addresses quiet this long are forgotten, so the table cannot grow without end. */
const FORGET_AFTER_MS = 60_000;
/** Past this many addresses the table is swept, at most once a second (a sweep walks all of it). */
const SWEEP_PAST = 10_000;
/** The matchmaker's error code for a refused request (Colyseus' ErrorCode.MATCHMAKE_UNHANDLED). */
const REFUSED_CODE = 4213;

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export function joinRefusal(limit: RateLimit): string {
  return `Too many tries to join from this address: wait a few seconds and try again (${limit.burst} at once, then one every ${Math.round(1 / limit.perSecond)} s).`;
}

/** Puts the guard in front of every request listener the server has now (Colyseus' matchmaking among them). */
export function guardJoins(server: HttpServer, limit: RateLimit = JOIN_RATE, now: () => number = () => performance.now()): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const gates = new Map<string, { gate: CommandGate; lastMs: number }>();
  let sweptMs = Number.NEGATIVE_INFINITY;
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'POST' && (request.url ?? '').includes('/matchmake/')) {
      const nowMs = now();
      const address = request.socket.remoteAddress ?? 'unknown';
      if (gates.size > SWEEP_PAST && nowMs - sweptMs > 1_000) {
        sweptMs = nowMs;
        for (const [key, entry] of gates) if (nowMs - entry.lastMs > FORGET_AFTER_MS) gates.delete(key);
      }
      const entry = gates.get(address) ?? { gate: new CommandGate(limit, nowMs), lastMs: nowMs };
      entry.lastMs = nowMs;
      gates.set(address, entry);
      if (!entry.gate.admit(nowMs)) {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ code: REFUSED_CODE, error: joinRefusal(limit) }));
        return;
      }
    }
    for (const listener of listeners) listener.call(server, request, response);
  });
}
