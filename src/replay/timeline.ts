// A run seen once a game minute: the fleet per tier, whether the monitoring can see, and what customers
// got. The headless runner prints it; the debrief and the dashboards draw from the same samples.

import type { SimConfig } from '../sim/config';
import { summariseTiers, type TierSummary } from '../sim/fleet-summary';
import type { PoolStatus, SimState } from '../sim/state';

export interface PoolSample {
  status: PoolStatus;
  p50LatencyMs: number;
  errorRate: number;
  serving: number;
}

export interface TimelineSample {
  minute: number;
  tick: number;
  tiers: Record<string, TierSummary>;
  monitoringCanSee: { hostStatus: boolean; dashboards: boolean };
  site: PoolSample;
  api: PoolSample;
  ordersPerMinute: number;
  chefRunsInFlight: number;
}

export const TICKS_PER_SAMPLE = 60;

export function sampleTimeline(config: SimConfig, state: SimState): TimelineSample {
  const pool = (id: 'web' | 'api'): PoolSample => {
    const load = state.pools[id];
    return { status: load.status, p50LatencyMs: Math.round(load.p50LatencyMs), errorRate: round(load.errorRate, 4), serving: load.serving };
  };
  return {
    minute: Math.floor(state.tick / TICKS_PER_SAMPLE),
    tick: state.tick,
    tiers: summariseTiers(config, state),
    monitoringCanSee: { hostStatus: state.toolsUp['host-status'], dashboards: state.toolsUp.dashboards },
    site: pool('web'),
    api: pool('api'),
    ordersPerMinute: round(state.ordersPerMinute, 1),
    chefRunsInFlight: state.chefServer.concurrentRuns,
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
