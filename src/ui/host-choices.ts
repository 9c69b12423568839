// Which hosts the action menus offer, worked out from the level's own tiers rather than written for one
// fleet: a trainer's level with other groups gets menus that name its groups. A fan-out aims at the
// production groups that run Apache (the ones a cookbook change reaches), each whole or without its
// smaller sub-tiers (the php7 nodes inside the web group); a look offers the host where the change was
// first seen and the first host of each of those tiers.

import type { PlayerView } from '../session/player-view';
import type { HostList } from '../sim/commands';
import type { SimConfig, TierConfig } from '../sim/config';
import type { Choice } from './chooser';

/** The hosts a fan-out runs on, and the dsh flags that would have named them. */
export interface Targets {
  hosts: HostList;
  dsh: string;
}

/** The chooser answers keys 1-9: longer lists would offer choices no key can pick. */
export const MOST_CHOICES = 9;

interface ServingGroup {
  id: string;
  /** The tier that gives the group its name (`web` in the web group), when there is one. */
  main: TierConfig | undefined;
  /** Tiers inside the group that are not its main tier: offered as "not the … nodes". */
  inner: TierConfig[];
  tiers: TierConfig[];
}

function servingGroups(sim: SimConfig): ServingGroup[] {
  const groups: ServingGroup[] = [];
  for (const tier of sim.tiers) {
    if (tier.environment !== 'production' || !tier.runsApache) continue;
    let group = groups.find((candidate) => candidate.id === tier.group);
    if (!group) groups.push((group = { id: tier.group, main: undefined, inner: [], tiers: [] }));
    group.tiers.push(tier);
  }
  for (const group of groups) {
    group.main = group.tiers.find((tier) => tier.id === group.id);
    group.inner = group.main ? group.tiers.filter((tier) => tier !== group.main) : [];
  }
  return groups;
}

function listed(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function notThe(inner: readonly TierConfig[]): string {
  return inner.length === 0 ? '' : `, not the ${listed(inner.map((tier) => tier.id))} nodes`;
}

function dshFlags(groups: readonly string[], inner: readonly TierConfig[]): string {
  return `-g ${groups.join(',')}${inner.length > 0 ? ` -x ${inner.map((tier) => tier.id).join(',')}` : ''}`;
}

function groupChoice(group: ServingGroup): Choice<Targets> {
  const label = group.main ? group.main.label : `${group.id[0]!.toUpperCase()}${group.id.slice(1)} hosts (${group.tiers.map((tier) => tier.label).join(', ')})`;
  // Restoring the monitoring first gives the player their eyes back: say so where the monitoring lives.
  const monitoring = group.tiers.some((tier) => tier.provides === 'dashboards' || tier.provides === 'host-status');
  return {
    label: `${label}${notThe(group.inner)}`,
    ...(monitoring ? { detail: 'the monitoring runs here: restore it first' } : {}),
    value: { hosts: [`@${group.id}`, ...group.inner.map((tier) => `-@${tier.id}`)], dsh: dshFlags([group.id], group.inner) },
  };
}

/** Where a fan-out can go: the selected host, every serving group at once, each group, and (for a Chef run) everything. */
export function fanOutTargets(sim: SimConfig, selected: string | null, includeEverything: boolean): Choice<Targets>[] {
  const groups = servingGroups(sim);
  const choices: Choice<Targets>[] = [];
  if (selected) choices.push({ label: `Just ${selected}`, detail: 'the selected host', value: { hosts: [selected], dsh: `-m ${selected}` } });
  if (groups.length > 1) {
    const inner = groups.flatMap((group) => group.inner);
    choices.push({
      label: `${listed(groups.map((group) => group.main?.label.split(' ')[0] ?? group.id))} hosts${notThe(inner)}`,
      value: {
        hosts: [...groups.map((group) => `@${group.id}`), ...inner.map((tier) => `-@${tier.id}`)],
        dsh: dshFlags(
          groups.map((group) => group.id),
          inner,
        ),
      },
    });
  }
  choices.push(...groups.map(groupChoice));
  if (includeEverything) choices.push({ label: `Every host${sim.tiers.length > groups.length ? ', the other tiers included' : ''}`, value: { hosts: ['@all'], dsh: '-g all' } });
  return choices.slice(0, MOST_CHOICES);
}

/** Hosts worth a look when none is selected: where the change was first seen, then one of each serving tier. */
export function hostsToLookAt(sim: SimConfig, hosts: PlayerView['fleet']['hosts']): Choice<string>[] {
  const watch = sim.change.watchHostName;
  const choices: Choice<string>[] = [{ label: watch, detail: 'where it started', value: watch }];
  for (const group of servingGroups(sim)) {
    for (const tier of group.tiers) {
      const tierIndex = sim.tiers.indexOf(tier);
      const first = hosts.find((host) => host.tierIndex === tierIndex && host.name !== watch);
      if (first) choices.push({ label: first.name, detail: tier.label, value: first.name });
    }
  }
  return choices.slice(0, MOST_CHOICES);
}

/**
 * One host to try a change or a fix on first (a canary), by keys alone: the selected host, where the
 * change was first seen, then (for a fix) the hosts the player can see are broken, then the first host of
 * each serving tier. A tier whose every Chef run already fails (the php7 survivors) is left out: a canary
 * there proves nothing, and touching those hosts risks the only ones still serving.
 */
export function canaryHosts(sim: SimConfig, hosts: PlayerView['fleet']['hosts'], selected: string | null, brokenFirst: boolean): Choice<string>[] {
  const tiers = servingGroups(sim)
    .flatMap((group) => group.tiers)
    .filter((tier) => (tier.chefFailure?.share ?? 0) < 1);
  const tierIndexes = new Set(tiers.map((tier) => sim.tiers.indexOf(tier)));
  const choices: Choice<string>[] = [];
  const offer = (name: string, detail: string): void => {
    if (!choices.some((choice) => choice.value === name)) choices.push({ label: name, detail, value: name });
  };
  if (selected) offer(selected, 'the selected host');
  const watch = hosts.find((host) => host.name === sim.change.watchHostName && tierIndexes.has(host.tierIndex));
  if (watch) offer(watch.name, 'where it started');
  if (brokenFirst) {
    for (const host of hosts.filter((candidate) => candidate.state === 'failed' && tierIndexes.has(candidate.tierIndex)).slice(0, 3)) {
      offer(host.name, `Apache down, ${host.source === 'monitoring' ? 'as Nagios shows' : `at your last ${host.source}`}`);
    }
  }
  for (const tier of tiers) {
    const tierIndex = sim.tiers.indexOf(tier);
    const first = hosts.find((host) => host.tierIndex === tierIndex && !choices.some((choice) => choice.value === host.name));
    if (first) offer(first.name, tier.label);
  }
  return choices.slice(0, MOST_CHOICES);
}
