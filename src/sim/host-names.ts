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
  for (const entry of names) {
    const leaveOut = entry.startsWith('-');
    const name = leaveOut ? entry.slice(1) : entry;
    const ids = idsNamed(config, hosts, name);
    if (typeof ids === 'string') return { ok: false, reason: ids };
    if (leaveOut) left.push(...ids);
    else for (const id of ids) picked.add(id);
  }
  for (const id of left) picked.delete(id);
  if (picked.size === 0) return { ok: false, reason: `no hosts left in ${names.join(' ')}` };
  return { ok: true, hostIds: [...picked].sort((a, b) => a - b) };
}

function idsNamed(config: SimConfig, hosts: readonly HostState[], name: string): number[] | string {
  if (name.startsWith('@')) {
    const tierIndexes = tierIndexesOfGroup(config, name.slice(1));
    if (tierIndexes.length === 0) return `no host group "${name}" (groups are @all, @<group> and @<tier>)`;
    return hosts.filter((host) => tierIndexes.includes(host.tierIndex)).map((host) => host.id);
  }
  const host = findHost(hosts, name);
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
