// The world as a few lines of text, for the plain page that stands in until the game screens exist.

import type { Level } from './levels/level';
import { summariseTiers } from './sim/fleet-summary';
import type { SimState } from './sim/state';

export function describeWorld(level: Level, state: SimState): string {
  const [hours, minutes] = level.meta.clockStart.split(':').map(Number) as [number, number];
  const clock = hours * 3600 + minutes * 60 + state.tick;
  const hhmmss = [Math.floor(clock / 3600) % 24, Math.floor(clock / 60) % 60, clock % 60].map((n) => String(n).padStart(2, '0')).join(':');
  const web = state.pools.web;
  const api = state.pools.api;
  const lines = [
    `${level.meta.title} — ${hhmmss}`,
    `site: ${web.status}, p50 ${Math.round(web.p50LatencyMs)} ms, ${(web.errorRate * 100).toFixed(1)} % errors, ${Math.round(state.ordersPerMinute)} orders/min`,
    `api:  ${api.status}, p50 ${Math.round(api.p50LatencyMs)} ms, ${(api.errorRate * 100).toFixed(1)} % errors`,
    `monitoring: host status ${state.toolsUp['host-status'] ? 'visible' : 'BLIND'}, dashboards ${state.toolsUp.dashboards ? 'visible' : 'DARK'}`,
    '',
  ];
  for (const [tier, summary] of Object.entries(summariseTiers(level.sim, state))) {
    lines.push(`${tier.padEnd(11)} ${String(summary.apacheRunning).padStart(3)}/${String(summary.hosts).padEnd(3)} Apache up   ${String(summary.chefRunning).padStart(3)} Chef runs in flight`);
  }
  return lines.join('\n');
}
