// The fleet as text, per tier, for a screen reader: the canvas draws it as tiles, and this says the same
// picture in words ("Web servers: 113 hosts: 106 Apache down, 7 Chef running."). It reads only the player's
// view, so it goes blind with the Nagios UI: then it says so, counts the hosts nobody can see as unknown,
// and names only what the player's own looks showed. The pools' serving figures come from the graphs,
// or, while those are dark, from the player's last read of the load balancer, with its time.

import type { SimConfig } from '../sim/config';
import type { KnownHost, KnownHostState } from './known-world';
import type { PlayerView } from './player-view';

export interface FleetInWords {
  /** Said first while the Nagios UI is down; null while it answers. */
  blindNote: string | null;
  /** One line per tier, in the level's order. */
  tiers: string[];
  /** One line per load-balancer pool. */
  pools: string[];
}

/** The same words as the legend under the canvas (views/host-glyphs), in the order they are counted. */
const STATE_WORDS: readonly [KnownHostState, string][] = [
  ['failed', 'Apache down'],
  ['serving', 'serving'],
  ['chef-running', 'Chef running'],
  ['chef-stopped', 'Chef stopped'],
  ['drained', 'drained'],
  ['no-apache', 'no Apache'],
  ['unknown', 'unknown'],
];

const POOL_WORDS = { web: 'Web pool', api: 'API pool' } as const;

export function fleetInWords(config: SimConfig, view: PlayerView, clock: (tick: number) => string): FleetInWords {
  return {
    blindNote: view.fleet.blind ? 'Graph-blind: the Nagios UI is down. Hosts show as unknown except the ones you looked at yourself (3 looks at a host).' : null,
    tiers: tierLines(config, view.fleet.hosts),
    pools: (['web', 'api'] as const).map((id) => poolLine(view, id, clock)),
  };
}

/** One line per tier, in the level's order: its size, and how many of its hosts are in each known state. */
export function tierLines(config: SimConfig, known: readonly Pick<KnownHost, 'tierIndex' | 'state'>[]): string[] {
  return config.tiers.map((tier, index) => {
    const hosts = known.filter((host) => host.tierIndex === index);
    const counts = new Map<KnownHostState, number>();
    for (const host of hosts) counts.set(host.state, (counts.get(host.state) ?? 0) + 1);
    const parts = STATE_WORDS.filter(([state]) => counts.has(state)).map(([state, words]) => `${counts.get(state)} ${words}`);
    const size = `${hosts.length} ${hosts.length === 1 ? 'host' : 'hosts'}`;
    if (counts.size === 1) return `${tier.label}: ${size}, ${hosts.length === 1 ? '' : 'all '}${STATE_WORDS.find(([state]) => counts.has(state))![1]}.`;
    return `${tier.label}: ${size}: ${parts.join(', ')}.`;
  });
}

function poolLine(view: PlayerView, id: 'web' | 'api', clock: (tick: number) => string): string {
  const pool = view.pools[id];
  const name = POOL_WORDS[id];
  if (pool.serving !== null) {
    const errors = pool.errorRate === null ? '' : `, ${(pool.errorRate * 100).toFixed(1)} % errors`;
    return `${name}: ${pool.serving} of ${pool.hosts} serving${errors}, ${pool.status}, from the graphs.`;
  }
  const lb = view.looks.lb;
  if (lb) return `${name}: serving unknown, the graphs are dark. Your load-balancer read at ${clock(lb.atTick)}: ${lb[id].inPool} of ${lb[id].hosts} in the pool.`;
  return `${name}: ${pool.hosts} hosts, serving unknown: the graphs are dark (5 reads the load balancer).`;
}

/** The whole summary as plain lines, in reading order. */
export function fleetLines(words: FleetInWords): string[] {
  return [...(words.blindNote ? [words.blindNote] : []), ...words.tiers, ...words.pools];
}
