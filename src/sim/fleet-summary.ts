// Counts that describe the fleet at a glance, per tier: for the headless runner's timeline, the
// dashboards and the tests. Derived from the state on demand, never stored.

import type { SimConfig } from './config';
import type { SimState } from './state';

export interface TierSummary {
  hosts: number;
  apacheRunning: number;
  apacheFailed: number;
  chefRunning: number;
  chefStopped: number;
  chefLastRunFailed: number;
  inPool: number;
  drained: number;
}

export function summariseTiers(config: SimConfig, state: SimState): Record<string, TierSummary> {
  const summaries: TierSummary[] = config.tiers.map(() => ({
    hosts: 0,
    apacheRunning: 0,
    apacheFailed: 0,
    chefRunning: 0,
    chefStopped: 0,
    chefLastRunFailed: 0,
    inPool: 0,
    drained: 0,
  }));
  for (const host of state.hosts) {
    const summary = summaries[host.tierIndex]!;
    summary.hosts++;
    if (host.apache.status === 'running') summary.apacheRunning++;
    if (host.apache.status === 'failed') summary.apacheFailed++;
    if (host.chef.run) summary.chefRunning++;
    if (host.chef.daemon === 'stopped') summary.chefStopped++;
    if (host.chef.lastRun?.result === 'failed') summary.chefLastRunFailed++;
    if (host.lb?.inPool && !host.lb.drained) summary.inPool++;
    if (host.lb?.drained) summary.drained++;
  }
  return Object.fromEntries(config.tiers.map((tier, index) => [tier.id, summaries[index]!]));
}
