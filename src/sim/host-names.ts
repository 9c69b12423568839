// How hosts are named and found: `web-017`, and dsh-style groups (`@web`, `@tools`, `@all`) that the
// terminal, replays and cats use to pick many hosts at once.

import type { SimConfig, TierConfig } from './config';
import type { HostState } from './state';

export function hostName(tier: TierConfig, number: number): string {
  return `${tier.hostPrefix}-${String(number).padStart(tier.hostNumberDigits, '0')}`;
}

export type HostLookup = { ok: true; hostIds: number[] } | { ok: false; reason: string };

/**
 * Resolves names and groups to host ids, in id order, each host once. `@<group>` picks every tier drawn in
 * that group (`@web` is the web tier and the php7 nodes), `@<tier id>` one tier, `@all` every host; a
 * leading `-` leaves hosts out (`["@web", "-@php7"]`). An unknown name is an error the player can read.
 */
export function resolveHosts(config: SimConfig, hosts: readonly HostState[], names: readonly string[]): HostLookup {
  if (names.length === 0) return { ok: false, reason: 'no hosts named' };
  const picked = new Set<number>();
  const left: number[] = [];
  // A long list (a replay may name thousands of hosts) is looked up by name once, not host by host.
  const lookUp = names.length > LONG_LIST ? byName(hosts) : (name: string) => findHost(hosts, name);
  const groups = new Map<string, number[] | string>();
  for (const entry of names) {
    const leaveOut = entry.startsWith('-');
    const name = leaveOut ? entry.slice(1) : entry;
    let ids = groups.get(name);
    if (ids === undefined) {
      ids = idsNamed(config, hosts, name, lookUp);
      // Each group is gathered once per list, however often the list names it.
      if (name.startsWith('@')) groups.set(name, ids);
    }
    if (typeof ids === 'string') return { ok: false, reason: ids };
    if (leaveOut) left.push(...ids);
    else for (const id of ids) picked.add(id);
  }
  for (const id of left) picked.delete(id);
  if (picked.size === 0) return { ok: false, reason: `no hosts left in ${names.join(' ')}` };
  return { ok: true, hostIds: [...picked].sort((a, b) => a - b) };
}

/** Past this many names, a list is resolved through a map of every host by name. */
const LONG_LIST = 16;

function byName(hosts: readonly HostState[]): (name: string) => HostState | undefined {
  const map = new Map<string, HostState>();
  // The first host of a name wins, as with findHost.
  for (const host of hosts) if (!map.has(host.name)) map.set(host.name, host);
  return (name) => map.get(name);
}

function idsNamed(config: SimConfig, hosts: readonly HostState[], name: string, lookUp: (name: string) => HostState | undefined): number[] | string {
  if (name.startsWith('@')) {
    const tierIndexes = new Set(tierIndexesOfGroup(config, name.slice(1)));
    if (tierIndexes.size === 0) return `no host group "${name}" (groups are @all, @<group> and @<tier>)`;
    return hosts.filter((host) => tierIndexes.has(host.tierIndex)).map((host) => host.id);
  }
  const host = lookUp(name);
  return host ? [host.id] : `no host named "${name}"`;
}

/** A group name first (so `@web` takes in the php7 web nodes), then a tier id. */
export function tierIndexesOfGroup(config: SimConfig, group: string): number[] {
  if (group === 'all') return config.tiers.map((_, index) => index);
  const inGroup = config.tiers.flatMap((tier, index) => (tier.group === group ? [index] : []));
  if (inGroup.length > 0) return inGroup;
  const byId = config.tiers.findIndex((tier) => tier.id === group);
  return byId >= 0 ? [byId] : [];
}

export function findHost(hosts: readonly HostState[], name: string): HostState | undefined {
  return hosts.find((host) => host.name === name);
}
