// The site's figures as the instruments show them: one computation that the top bar and the dashboards
// both read, so they never show two numbers for the same thing. They come from the graphs (the samples
// carbon took, as drawn), averaged over the last game minute up to the newest sample, so a figure says
// where it comes from (the graphs) and how old it is (the minute up to that sample's time). Hosts serving
// is a count, not a rate: it is the newest sample's, not an average.

import type { KnownDashboards } from './player-view';

/** The window the rates are averaged over, in game seconds (ticks). */
export const FIGURE_WINDOW_TICKS = 60;

export interface SiteFigures {
  p50Ms: number;
  errorRate: number;
  ordersPerMinute: number;
  /** The newest sample's count, not an average. */
  webServing: number;
  /** The first and last sample averaged: the figures describe the minute up to `toTick`. */
  fromTick: number;
  toTick: number;
}

/** The graphs' figures while they answer; null while they are dark or have drawn nothing yet. */
export function siteFigures(dashboards: KnownDashboards): SiteFigures | null {
  if (!dashboards.visible) return null;
  const newest = dashboards.samples.at(-1);
  if (!newest) return null;
  // Walked back from the newest: the top bar asks every tick, and the run's samples only grow.
  const samples = dashboards.samples;
  let first = samples.length - 1;
  while (first > 0 && samples[first - 1]!.tick > newest.tick - FIGURE_WINDOW_TICKS) first--;
  const window = samples.slice(first);
  const mean = (value: (sample: (typeof window)[number]) => number): number => window.reduce((sum, sample) => sum + value(sample), 0) / window.length;
  return {
    p50Ms: mean((sample) => sample.webP50Ms),
    errorRate: mean((sample) => sample.webErrorRate),
    ordersPerMinute: mean((sample) => sample.ordersPerMinute),
    webServing: newest.webServing,
    fromTick: window[0]!.tick,
    toTick: newest.tick,
  };
}
