// What happened to each host that matters to the score: when the bad upgrade broke its Apache (hit), when
// the player's kill switch reached it first (protected), whether it was one of the accidental survivors
// (a serving host whose own Chef runs failed all along), and which tool of sight it gives.

import type { SimConfig, ToolService } from '../config';
import type { SimEvent } from '../events';
import type { SimState } from '../state';
import type { CreditBook } from './credit';

/** The tools people see the fleet through: without them, the team is graph-blind. */
export const SIGHT_SERVICES: readonly ToolService[] = ['host-status', 'dashboards'];

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
  /** The first time the player's kill switch covered it: chef-client stopped there, or the fleet paused. */
  protectedTick: number | null;
  /** chef-client stopped here by the player (or on a job they gave): a switch to turn back on. */
  stoppedByPlayer: boolean;
}

export function hostFacts(config: SimConfig, state: SimState, events: readonly SimEvent[], credit: CreditBook): HostFacts[] {
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
      stoppedByPlayer: false,
    };
  });
  const of = (name: string): HostFacts | undefined => facts[byName.get(name) ?? -1];

  for (const event of events) {
    switch (event.type) {
      case 'apache-failed-to-start': {
        const host = of(event.host);
        if (host && host.hitTick === null) host.hitTick = event.tick;
        break;
      }
      case 'chef-daemon-stopped': {
        const host = of(event.host);
        if (!host || !credit.credited(event)) break;
        host.protectedTick ??= event.tick;
        host.stoppedByPlayer = true;
        break;
      }
      case 'chef-paused':
        if (credit.credited(event)) for (const host of facts) host.protectedTick ??= event.tick;
        break;
    }
  }
  return facts;
}
