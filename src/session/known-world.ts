// What the player can know, as opposed to what is true. Host states come from the monitoring while its
// screen (the Nagios UI) is up, and lag a check behind the truth; when the monitoring is blind, a host
// shows only what the last out-of-band look at it found, and otherwise fogs over as unknown.

import type { SimConfig } from '../sim/config';
import type { SimEvent } from '../sim/events';
import type { HostState, SimState } from '../sim/state';

export type KnownHostState = 'serving' | 'failed' | 'chef-running' | 'chef-stopped' | 'drained' | 'no-apache' | 'unknown';

export interface KnownHost {
  state: KnownHostState;
  /** Where the knowledge comes from, and when: the monitoring now, or a look some ticks ago. */
  source: 'monitoring' | 'curl' | 'ssh' | 'none';
  atTick: number | null;
}

interface Look {
  apacheAnswers: boolean;
  method: 'curl' | 'ssh';
  atTick: number;
}

export class KnownWorld {
  private readonly looks = new Map<string, Look>();
  /** The latest look at the site from outside, and the load balancer's own numbers, for the blind dashboards. */
  lastSiteView: { loaded: boolean; latencyMs: number; atTick: number } | null = null;
  lastLbStats: { web: { inPool: number; hosts: number }; api: { inPool: number; hosts: number }; atTick: number } | null = null;

  constructor(private readonly config: SimConfig) {}

  learn(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type === 'host-checked') this.looks.set(event.host, { apacheAnswers: event.apacheAnswers, method: event.method, atTick: event.tick });
      else if (event.type === 'site-viewed') this.lastSiteView = { loaded: event.loaded, latencyMs: event.latencyMs, atTick: event.tick };
      else if (event.type === 'lb-stats-read') this.lastLbStats = { web: event.pools.web, api: event.pools.api, atTick: event.tick };
    }
  }

  host(state: SimState, host: HostState): KnownHost {
    if (host.apache.status === 'absent') return { state: 'no-apache', source: 'monitoring', atTick: state.tick };
    if (state.toolsUp['host-status']) return { state: monitoredState(host), source: 'monitoring', atTick: host.monitor.lastCheckAtTick };
    const look = this.looks.get(host.name);
    if (!look) return { state: 'unknown', source: 'none', atTick: null };
    return { state: look.apacheAnswers ? 'serving' : 'failed', source: look.method, atTick: look.atTick };
  }

  /** Whether the tier's traffic and the site's health can be read off the dashboards right now. */
  dashboardsVisible(state: SimState): boolean {
    return state.toolsUp.dashboards;
  }

  tierLabel(tierIndex: number): string {
    return this.config.tiers[tierIndex]?.label ?? '';
  }
}

/** What the Nagios UI shows: the last check's verdict on Apache, with Chef's own reports and the LB's drain flag. */
function monitoredState(host: HostState): KnownHostState {
  if (host.lb?.drained) return 'drained';
  if (host.monitor.lastCheckOk === false) return 'failed';
  if (host.chef.run) return 'chef-running';
  if (host.chef.daemon === 'stopped') return 'chef-stopped';
  return 'serving';
}
