// Customers: each pool's requests spread over the hosts the load balancer routes to. Requests sent to a
// host whose Apache is down fail at once; the rest queue on the serving hosts, and past their capacity
// latency climbs steeply and requests start to time out. Orders follow from errors and patience.

import { POOL_IDS, type PoolId, type SimConfig } from './config';
import type { EventLog } from './events';
import type { PoolState, PoolStatus, SimState } from './state';

export function runTraffic(config: SimConfig, state: SimState, log: EventLog): void {
  const routed: Record<PoolId, number> = { web: 0, api: 0 };
  const serving: Record<PoolId, number> = { web: 0, api: 0 };
  const hosts: Record<PoolId, number> = { web: 0, api: 0 };
  const capacity: Record<PoolId, number> = { web: 0, api: 0 };
  const broken: Record<PoolId, number> = { web: 0, api: 0 };
  for (const host of state.hosts) {
    if (!host.lb) continue;
    const tier = config.tiers[host.tierIndex]!;
    const pool = tier.pool!;
    hosts[pool]++;
    if (host.apache.status !== 'running') broken[pool]++;
    if (host.lb.drained) continue;
    if (!host.lb.inPool) continue;
    routed[pool]++;
    if (host.apache.status === 'running') {
      serving[pool]++;
      capacity[pool] += tier.capacityRequestsPerSecond;
    }
  }

  let ordersPerMinute = 0;
  for (const pool of POOL_IDS) {
    const before = state.pools[pool].status;
    const next = poolLoad(config, state, pool, { hosts: hosts[pool], inPool: routed[pool], serving: serving[pool], broken: broken[pool] }, capacity[pool]);
    state.pools[pool] = next;
    if (next.status !== before) log.add({ type: 'pool-status-changed', pool, from: before, to: next.status });
    ordersPerMinute += poolOrdersPerMinute(config, pool, next);
  }
  state.ordersPerMinute = ordersPerMinute;

  const totals = state.totals;
  totals.ordersCompleted += ordersPerMinute / 60;
  totals.ordersExpected += config.traffic.ordersPerMinute / 60;
  const site = state.pools.web.status;
  if (site === 'degraded') totals.degradedSeconds++;
  if (site === 'down') totals.downSeconds++;
}

function poolLoad(config: SimConfig, state: SimState, pool: PoolId, counts: Pick<PoolState, 'hosts' | 'inPool' | 'serving' | 'broken'>, capacity: number): PoolState {
  const { inPool: routed, serving } = counts;
  const traffic = config.traffic;
  const poolTraffic = traffic.pools[pool];
  const demand = poolTraffic.requestsPerSecond * (1 - shedShare(config, state, pool));
  if (serving === 0) {
    const status: PoolStatus = demand > 0 ? 'down' : 'healthy';
    return { ...counts, demandRequestsPerSecond: demand, capacityRequestsPerSecond: 0, utilisation: 0, p50LatencyMs: 0, errorRate: demand > 0 ? 1 : 0, status };
  }
  // Requests routed to broken hosts fail fast; only the rest reach a working Apache.
  const brokenShare = (routed - serving) / routed;
  const utilisation = (demand * (1 - brokenShare)) / capacity;
  const p50LatencyMs = poolTraffic.baseLatencyMs * latencyFactor(config, utilisation);
  const overloadErrors = Math.min(traffic.maxOverloadErrorRate, Math.max(0, (utilisation - 1) * traffic.overloadErrorPerUnit));
  const errorRate = brokenShare + (1 - brokenShare) * overloadErrors;
  return {
    ...counts,
    demandRequestsPerSecond: demand,
    capacityRequestsPerSecond: capacity,
    utilisation,
    p50LatencyMs,
    errorRate,
    status: poolStatus(config, poolTraffic.baseLatencyMs, p50LatencyMs, errorRate),
  };
}

/** Gentle up to capacity, then a power law: seconds, not milliseconds, when 7 hosts carry the site. */
function latencyFactor(config: SimConfig, utilisation: number): number {
  const { overloadLatencyFactor, overloadLatencyExponent } = config.traffic;
  if (utilisation <= 1) return 1 + (overloadLatencyFactor - 1) * Math.pow(utilisation, 4);
  return overloadLatencyFactor * Math.pow(utilisation, overloadLatencyExponent);
}

function poolStatus(config: SimConfig, baseLatencyMs: number, p50LatencyMs: number, errorRate: number): PoolStatus {
  const resolution = config.resolution;
  if (errorRate >= resolution.downErrorRate) return 'down';
  if (errorRate < resolution.healthyErrorRate && p50LatencyMs < baseLatencyMs * resolution.healthyLatencyFactor) return 'healthy';
  return 'degraded';
}

/** Load-shedding flags switched off take their share of requests away. */
function shedShare(config: SimConfig, state: SimState, pool: PoolId): number {
  let shed = 0;
  for (const flag of config.featureFlags) if (!state.featureFlagsOn[flag.id]) shed += flag.shedsShare[pool];
  return Math.min(0.9, shed);
}

function poolOrdersPerMinute(config: SimConfig, pool: PoolId, load: PoolState): number {
  const traffic = config.traffic;
  const base = traffic.pools[pool].baseLatencyMs;
  const patience = 1 / (1 + Math.max(0, load.p50LatencyMs - base) / traffic.customerPatienceMs);
  return traffic.ordersPerMinute * traffic.pools[pool].orderShare * (1 - load.errorRate) * patience;
}
