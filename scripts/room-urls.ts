// What `npm run room` prints: the addresses a room can type to reach the game on this machine, each with
// the session's level and seed, and the facilitator's page. Only addresses another laptop can reach
// (IPv4, not loopback, not link-local); if there are none, it says how to find one.

import type { NetworkInterfaceInfo } from 'node:os';

export interface RoomUrls {
  players: string[];
  facilitator: string[];
  /** Team mode's page: create a room, or join one by its code. */
  team: string[];
  /** Set when this machine has no address a room can reach. */
  problem: string | null;
}

export function roomAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const found: string[] = [];
  for (const entries of Object.values(interfaces))
    for (const entry of entries ?? []) if (entry.family === 'IPv4' && !entry.internal && !entry.address.startsWith('169.254.')) found.push(entry.address);
  return [...new Set(found)];
}

export function roomUrls(addresses: readonly string[], port: number, level: string, seed: number): RoomUrls {
  const query = new URLSearchParams({ level, seed: String(seed) }).toString();
  const base = addresses.map((address) => `http://${address}:${port}/`);
  return {
    players: base.map((url) => `${url}?${query}`),
    facilitator: base.map((url) => `${url}facilitator.html`),
    team: base.map((url) => `${url}team.html`),
    problem: addresses.length === 0 ? 'This machine has no network address another laptop can reach: join the room’s Wi-Fi or cable, then run it again.' : null,
  };
}
