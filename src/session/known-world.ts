// The player's memory of the incident, as opposed to what is true: the out-of-band looks they took
// (ssh/curl at a host, a visit to the site, the load balancer's own stats), each with its tick and what it
// showed then, and the dashboards' history with the moment the graphs went dark. The projection of one
// moment (session/player-view) reads this and the monitoring; nothing here reads the truth directly
// except what the monitoring itself shows (a host's last check) and the numbers carbon keeps collecting.

import type { ToolService } from '../sim/config';
import type { SimEvent } from '../sim/events';
import type { HostState, SimState } from '../sim/state';
import { MetricHistory } from './metric-history';

export type KnownHostState = 'serving' | 'failed' | 'chef-running' | 'chef-stopped' | 'drained' | 'no-apache' | 'unknown';

export interface KnownHost {
  name: string;
  tierIndex: number;
  state: KnownHostState;
  /** Where the knowledge comes from, and when: the monitoring now, or a look some ticks ago. */
  source: 'monitoring' | 'curl' | 'ssh' | 'none';
  atTick: number | null;
}

/** One look at one host, as its result came back (curl sees only whether Apache answers). */
export interface HostLook {
  apacheAnswers: boolean;
  method: 'curl' | 'ssh';
  atTick: number;
}

export interface SiteLook {
  loaded: boolean;
  latencyMs: number;
  atTick: number;
}

export interface LbLook {
  web: { inPool: number; hosts: number };
  api: { inPool: number; hosts: number };
  atTick: number;
}

/** What meta-monitoring said about a tool that stopped answering (only where the level has it). */
export interface StaleTool {
  service: ToolService;
  sinceTick: number;
  text: string;
}

export class KnownWorld {
  readonly hostLooks = new Map<string, HostLook>();
  /** The latest look at the site from outside, and the load balancer's own numbers, for the blind dashboards. */
  lastSiteView: SiteLook | null = null;
  lastLbStats: LbLook | null = null;
  /** Carbon keeps collecting while graphite-web is down; only what was drawn before the dark is seen. */
  readonly history = new MetricHistory();
  /** When the graphs went dark (null while they are up). */
  dashboardsDarkSinceTick: number | null = null;
  /** Tools the meta-monitoring says are not answering, so what they show is stale; without it, nobody says. */
  readonly staleTools = new Map<ToolService, StaleTool>();

  learn(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type === 'host-checked') this.hostLooks.set(event.host, { apacheAnswers: event.apacheAnswers, method: event.method, atTick: event.tick });
      else if (event.type === 'site-viewed') this.lastSiteView = { loaded: event.loaded, latencyMs: event.latencyMs, atTick: event.tick };
      else if (event.type === 'lb-stats-read') this.lastLbStats = { web: pick(event.pools.web), api: pick(event.pools.api), atTick: event.tick };
      else if (event.type === 'tool-went-down' && event.service === 'dashboards') this.dashboardsDarkSinceTick = event.tick;
      else if (event.type === 'tool-came-back' && event.service === 'dashboards') this.dashboardsDarkSinceTick = null;
      else if (event.type === 'monitoring-alert-raised') this.staleTools.set(event.service, { service: event.service, sinceTick: event.tick, text: event.summary });
      else if (event.type === 'monitoring-alert-cleared') this.staleTools.delete(event.service);
    }
  }

  /** Samples the site's numbers when one is due (see MetricHistory); returns whether it did. */
  sample(state: SimState): boolean {
    return this.history.observe(state);
  }

  /** A host as the player sees it: the Nagios UI while it is up, else the last look at it, else unknown. */
  host(state: SimState, host: HostState): KnownHost {
    // Built once per host for every view (each tick solo, four times a second per team room): one plain
    // literal each, no spread, which was most of a view's cost.
    const { name, tierIndex } = host;
    if (host.apache.status === 'absent') return { name, tierIndex, state: 'no-apache', source: 'monitoring', atTick: state.tick };
    if (state.toolsUp['host-status']) return { name, tierIndex, state: monitoredState(host), source: 'monitoring', atTick: host.monitor.lastCheckAtTick };
    const look = this.hostLooks.get(name);
    if (!look) return { name, tierIndex, state: 'unknown', source: 'none', atTick: null };
    return { name, tierIndex, state: look.apacheAnswers ? 'serving' : 'failed', source: look.method, atTick: look.atTick };
  }
}

/** The load balancer's page says which members are in the pool; its `serving` column is not shown. */
function pick(pool: { inPool: number; hosts: number }): { inPool: number; hosts: number } {
  return { inPool: pool.inPool, hosts: pool.hosts };
}

/** What the Nagios UI shows: the last check's verdict on Apache, with Chef's own reports and the LB's drain flag. */
function monitoredState(host: HostState): KnownHostState {
  if (host.lb?.drained) return 'drained';
  if (host.monitor.lastCheckOk === false) return 'failed';
  if (host.chef.run) return 'chef-running';
  if (host.chef.daemon === 'stopped') return 'chef-stopped';
  return 'serving';
}
