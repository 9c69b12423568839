// What happened to each host that matters to the score: when the bad upgrade broke its Apache (hit),
// whether the player's kill switches kept the change from it (see switch-cover.ts), whether it was one
// of the accidental survivors (a serving host whose own Chef runs failed all along), and which tool of
// sight it gives.

import { SIGHT_SERVICES, type SimConfig, type ToolService } from '../config';
import type { SimEvent } from '../events';
import type { SimState } from '../state';
import type { CreditBook } from './credit';
import type { Danger } from './danger';
import { switchCover, type HostCover } from './switch-cover';

export { SIGHT_SERVICES };

export interface HostFacts {
  id: number;
  name: string;
  tierIndex: number;
  /** A production host running Apache whose own Chef runs worked: the change spreads to it. */
  atRisk: boolean;
  /** Its own Chef runs were failing when the level opened (still failing at the end, or mended during the run). */
  ownChefFailure: boolean;
  /** Behind the load balancer: customers reach it. */
  serving: boolean;
  /** In the staging environment: where a change is tried, not the fleet. */
  inStaging: boolean;
  /** The tool of sight it gives, if any. */
  sight: ToolService | null;
  /** A serving host whose own Chef runs were failing when the level opened (the php7 survivors). */
  survivor: boolean;
  /** The first time its Apache failed to start. */
  hitTick: number | null;
  /** The first time the player's kill switch covered it while whole (chef-client stopped there, the fleet paused, a pin that held the change off). */
  protectedTick: number | null;
  /** Kept from the bad change by that switch: covered in time and for as long as the cookbook was dangerous. */
  saved: boolean;
  /** chef-client stopped here by the player (or on a job they gave): a switch to turn back on. */
  stoppedByPlayer: boolean;
}

export function hostFacts(config: SimConfig, state: SimState, events: readonly SimEvent[], credit: CreditBook, danger: Danger): { hosts: HostFacts[]; cover: Map<string, HostCover> } {
  const byName = new Map(state.hosts.map((host) => [host.name, host.id]));
  const repaired = new Set(events.flatMap((event) => (event.type === 'chef-repaired' ? [event.host] : [])));
  const facts: HostFacts[] = state.hosts.map((host) => {
    const tier = config.tiers[host.tierIndex]!;
    const ownChefFailure = host.chef.brokenReason !== null || repaired.has(host.name);
    return {
      id: host.id,
      name: host.name,
      tierIndex: host.tierIndex,
      // A host whose Chef fails on its own is out of the spread's reach until someone mends it (then it is harm, not spread).
      atRisk: tier.environment === 'production' && tier.runsApache && !ownChefFailure,
      ownChefFailure,
      serving: tier.pool !== null,
      inStaging: tier.environment === 'staging',
      sight: tier.provides !== null && SIGHT_SERVICES.includes(tier.provides) ? tier.provides : null,
      survivor: tier.pool !== null && tier.runsApache && ownChefFailure,
      hitTick: null,
      protectedTick: null,
      saved: false,
      stoppedByPlayer: false,
    };
  });
  const of = (name: string): HostFacts | undefined => facts[byName.get(name) ?? -1];

  for (const event of events) {
    if (event.type !== 'apache-failed-to-start') continue;
    const host = of(event.host);
    if (host && host.hitTick === null) host.hitTick = event.tick;
  }
  const cover = switchCover(facts, events, credit, danger);
  for (const host of facts) {
    const entry = cover.get(host.name);
    if (!entry) continue;
    Object.assign(host, { protectedTick: entry.coveredTick, saved: entry.saved, stoppedByPlayer: entry.stoppedByPlayer });
  }
  return { hosts: facts, cover };
}
