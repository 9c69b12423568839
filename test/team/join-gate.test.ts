// The join guard: a room's code is its only lock, so one address may ask the matchmaker only so often.
// A burst goes through (a room of people behind one router), then one try every two seconds; the refusal
// is the matchmaker's own error shape, so the player's page shows its words; other requests (the game's
// pages) are never counted, and each address has its own allowance.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardJoins, JOIN_RATE } from '../../server/join-gate';

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

/** A server whose own handler answers "handled"; the guard goes in front of it, as in front of Colyseus'. */
async function guarded(now: () => number): Promise<string> {
  server = createServer((_request, response) => response.end('handled'));
  guardJoins(server, { perSecond: 0.5, burst: 3 }, now);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const tryJoin = async (url: string): Promise<string> => (await fetch(`${url}/matchmake/joinById/ABCDEFGH`, { method: 'POST', body: '{}' })).text();

describe('the join guard', () => {
  it('lets a burst of tries through, then refuses with the reason until the allowance refills', async () => {
    let nowMs = 0;
    const url = await guarded(() => nowMs);
    for (let i = 0; i < 3; i++) expect(await tryJoin(url)).toBe('handled');
    const refused = JSON.parse(await tryJoin(url)) as { code: number; error: string };
    expect(refused.error).toMatch(/Too many tries to join from this address/);
    expect(typeof refused.code).toBe('number');
    nowMs += 2_000;
    expect(await tryJoin(url)).toBe('handled');
    expect(await tryJoin(url)).not.toBe('handled');
  });

  it('never counts the game’s pages, only the matchmaker', async () => {
    const url = await guarded(() => 0);
    for (let i = 0; i < 20; i++) expect(await (await fetch(`${url}/team.html`)).text()).toBe('handled');
    expect(await tryJoin(url)).toBe('handled');
  });

  it('is slow enough that guessing a code takes one address decades', () => {
    const liveRooms = 1_000;
    const triesNeeded = 2 ** 40 / liveRooms / 2;
    const years = triesNeeded / JOIN_RATE.perSecond / (365 * 24 * 3600);
    expect(years).toBeGreaterThan(10);
  });
});
