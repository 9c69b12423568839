// Single actions that take a while and then land: a cookbook upload, an out-of-band look at a host, the
// site or the load balancer, a status page edit. Each answers with an event carrying what it saw then.

import { POOL_IDS, type PoolId, type SimConfig } from './config';
import type { EventLog } from './events';
import { nextFloat } from './rng';
import type { HostState, SimState, Timer } from './state';

type TimerBody = Timer extends infer T ? (T extends Timer ? Omit<T, 'id' | 'atTick'> : never) : never;

export function startTimer(state: SimState, afterTicks: number, body: TimerBody): void {
  state.timers.push({ ...body, id: state.nextId++, atTick: state.tick + afterTicks });
}

export function runTimers(config: SimConfig, state: SimState, log: EventLog): void {
  if (state.timers.length === 0) return;
  const due = state.timers.filter((timer) => timer.atTick <= state.tick);
  if (due.length === 0) return;
  state.timers = state.timers.filter((timer) => timer.atTick > state.tick);
  for (const timer of due) landTimer(config, state, timer, log);
}

function landTimer(config: SimConfig, state: SimState, timer: Timer, log: EventLog): void {
  switch (timer.kind) {
    case 'pin-upload': {
      changePin(state, timer.version, timer.hostIds, timer.by, log);
      return;
    }
    case 'cookbook-fix':
      state.cookbookFixed = true;
      log.add({ type: 'cookbook-fixed', by: timer.by });
      return;
    case 'check-host':
      log.add(hostCheck(state.hosts[timer.hostId]!, timer.method, timer.by));
      return;
    case 'view-site': {
      const web = state.pools.web;
      const loaded = web.serving > 0 && nextFloat(state.rng) >= web.errorRate;
      log.add({ type: 'site-viewed', by: timer.by, loaded, latencyMs: Math.round(web.p50LatencyMs) });
      return;
    }
    case 'read-lb-stats': {
      const pools = Object.fromEntries(POOL_IDS.map((pool) => [pool, { hosts: state.pools[pool].hosts, inPool: state.pools[pool].inPool, serving: state.pools[pool].serving }])) as Record<
        PoolId,
        { hosts: number; inPool: number; serving: number }
      >;
      log.add({ type: 'lb-stats-read', by: timer.by, pools });
      return;
    }
    case 'check-mirror':
      log.add({ type: 'mirror-checked', by: timer.by, packageName: config.apache.packageName, versions: [state.mirrorVersion] });
      return;
    case 'status-page':
      state.statusPage = { status: timer.status, text: timer.text, updatedAtTick: state.tick };
      log.add({ type: 'status-page-updated', status: timer.status, text: timer.text, intent: timer.intent, by: timer.by });
      return;
  }
}

/** The cookbook's pin for every node, or an override on some hosts (a canary). */
export function changePin(state: SimState, version: string, hostIds: number[] | null, by: string, log: EventLog): void {
  if (hostIds === null) {
    state.pin = version;
    state.incident.changePushedAtTick ??= state.tick;
  } else {
    for (const id of hostIds) state.hosts[id]!.pinOverride = version;
  }
  const hosts = hostIds === null ? null : hostIds.map((id) => state.hosts[id]!.name);
  log.add({ type: 'pin-changed', version, hosts, by });
}

/** curl only learns whether Apache answers; ssh sees the package, the config and Chef's last run. */
function hostCheck(host: HostState, method: 'curl' | 'ssh', by: string) {
  const apacheAnswers = host.apache.status === 'running';
  const base = { type: 'host-checked' as const, host: host.name, method, by, apacheAnswers };
  if (method === 'curl') return { ...base, apache: null, chef: null };
  return {
    ...base,
    apache: { ...host.apache },
    chef: {
      daemon: host.chef.daemon,
      lastResult: host.chef.lastRun?.result ?? ('never' as const),
      lastReason: host.chef.lastRun?.reason ?? null,
    },
  };
}
