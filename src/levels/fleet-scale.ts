// A page option (`?fleet=20`) or the benchmark may play a level with a fleet many times its size: every
// tier, every pool's traffic, the orders and the Chef server's comfortable load grow together, so the
// incident keeps its shape (the same share of hosts breaks, the site needs the same share to serve).

import type { SimConfig } from '../sim/config';
import type { Level } from './level';

/** The largest factor: at 50 times the level's size the fleet holds about 20,000 hosts. */
export const MAX_FLEET_SCALE = 50;

export function scaledFleet(config: SimConfig, factor: number): SimConfig {
  if (factor === 1) return config;
  const pool = (id: keyof SimConfig['traffic']['pools']) => ({ ...config.traffic.pools[id], requestsPerSecond: config.traffic.pools[id].requestsPerSecond * factor });
  const pools = { web: pool('web'), api: pool('api') };
  return {
    ...config,
    tiers: config.tiers.map((tier) => ({ ...tier, count: tier.count * factor })),
    traffic: { ...config.traffic, pools, ordersPerMinute: config.traffic.ordersPerMinute * factor },
    chef: { ...config.chef, comfortableConcurrentRuns: config.chef.comfortableConcurrentRuns * factor },
  };
}

export function withFleetScale(level: Level, factor: number | null): Level {
  if (factor === null || factor === 1) return level;
  return { ...level, sim: scaledFleet(level.sim, factor) };
}
