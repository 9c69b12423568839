// A level played with a bigger fleet (?fleet=N, the benchmarks) keeps its shape: every tier, the traffic,
// the orders and the Chef server's comfortable load grow together, and the level itself is left alone.

import { describe, expect, it } from 'vitest';
import { scaledFleet, withFleetScale } from '../../src/levels/fleet-scale';
import { bundledLevel } from '../support/level-files';

describe('a scaled fleet', () => {
  it('grows every tier, the traffic, the orders and the Chef server together', () => {
    const level = bundledLevel();
    const before = structuredClone(level.sim);
    const big = scaledFleet(level.sim, 20);
    expect(big.tiers.map((tier) => tier.count)).toEqual(before.tiers.map((tier) => tier.count * 20));
    expect(big.traffic.pools.web.requestsPerSecond).toBe(before.traffic.pools.web.requestsPerSecond * 20);
    expect(big.traffic.pools.api.requestsPerSecond).toBe(before.traffic.pools.api.requestsPerSecond * 20);
    expect(big.traffic.ordersPerMinute).toBe(before.traffic.ordersPerMinute * 20);
    expect(big.chef.comfortableConcurrentRuns).toBe(before.chef.comfortableConcurrentRuns * 20);
    expect(level.sim).toEqual(before);
  });

  it('is the level itself at 1x or without the option', () => {
    const level = bundledLevel();
    expect(withFleetScale(level, null)).toBe(level);
    expect(withFleetScale(level, 1)).toBe(level);
  });
});
