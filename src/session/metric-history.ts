// The numbers behind the dashboards, sampled every few game seconds. Carbon keeps collecting while
// graphite-web is down, so when the graphs come back the gap is filled: only the screen was dark.

import type { SimState } from '../sim/state';

export interface MetricSample {
  tick: number;
  webP50Ms: number;
  webErrorRate: number;
  ordersPerMinute: number;
  webServing: number;
  apiServing: number;
}

export class MetricHistory {
  readonly samples: MetricSample[] = [];

  constructor(
    private readonly everyTicks = 10,
    private readonly keep = 360,
  ) {}

  /** Records a sample when one is due; returns whether it did. */
  observe(state: SimState): boolean {
    // Before the first tick the pools have not been measured yet: a zero there would draw a false ramp.
    if (state.tick === 0) return false;
    const last = this.samples.at(-1);
    if (last && state.tick - last.tick < this.everyTicks) return false;
    this.samples.push({
      tick: state.tick,
      webP50Ms: state.pools.web.p50LatencyMs,
      webErrorRate: state.pools.web.errorRate,
      ordersPerMinute: state.ordersPerMinute,
      webServing: state.pools.web.serving,
      apiServing: state.pools.api.serving,
    });
    if (this.samples.length > this.keep) this.samples.shift();
    return true;
  }
}
