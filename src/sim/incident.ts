// The incident's arc: when customers first felt it, when the site had been healthy long enough to call
// it resolved, and when the level ends (the player handing over, the time limit, or, where the level
// sets a grace, that long after resolution).

import { POOL_IDS, type SimConfig } from './config';
import type { EventLog } from './events';
import type { Outcome, SimState } from './state';
import { ticksFor } from './ticks';

export function allPoolsHealthy(state: SimState): boolean {
  return POOL_IDS.every((pool) => state.pools[pool].status === 'healthy');
}

/** Healthy for customers, and no host meant to serve them still broken: a lull is not a recovery. */
export function siteRecovered(state: SimState): boolean {
  return POOL_IDS.every((pool) => state.pools[pool].status === 'healthy' && state.pools[pool].broken === 0);
}

export function runIncident(config: SimConfig, state: SimState, log: EventLog): void {
  const incident = state.incident;
  const tick = state.tick;
  const healthy = allPoolsHealthy(state);
  if (!healthy && incident.impactStartedAtTick === null) {
    incident.impactStartedAtTick = tick;
    log.add({ type: 'customers-affected' });
  }
  const recovered = siteRecovered(state);
  incident.healthySinceTick = recovered ? (incident.healthySinceTick ?? tick) : null;
  // A second failure after the all-clear reopens the incident: it is not over while customers hurt.
  if (!recovered && incident.resolvedAtTick !== null) {
    incident.resolvedAtTick = null;
    log.add({ type: 'incident-reopened' });
  }
  const resolution = config.resolution;
  if (
    incident.resolvedAtTick === null &&
    incident.impactStartedAtTick !== null &&
    incident.healthySinceTick !== null &&
    tick - incident.healthySinceTick >= ticksFor(resolution.stableSeconds)
  ) {
    incident.resolvedAtTick = tick;
    log.add({ type: 'incident-resolved' });
  }
  if (incident.resolvedAtTick !== null && resolution.graceSeconds !== null && tick - incident.resolvedAtTick >= ticksFor(resolution.graceSeconds)) {
    endLevel(state, 'resolved', log);
  } else if (tick >= ticksFor(resolution.timeLimitSeconds)) {
    endLevel(state, 'time-limit', log);
  }
}

export function endLevel(state: SimState, reason: Outcome['reason'], log: EventLog): void {
  const incident = state.incident;
  if (incident.outcome) return;
  const recovered = incident.resolvedAtTick !== null || (reason === 'player-ended' && siteRecovered(state));
  const result: Outcome['result'] = incident.impactStartedAtTick === null ? 'no-impact' : recovered ? 'recovered' : 'unresolved';
  incident.outcome = { result, reason, endedAtTick: state.tick };
  log.add({ type: 'level-ended', outcome: incident.outcome });
}
