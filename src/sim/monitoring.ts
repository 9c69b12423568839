// Nagios-style monitoring: every Apache host is checked on an interval, retried after a failure, and
// alerts once it has failed enough checks in a row. The first alert of a paging tier pages the on-call.
// The checks and the pager keep working when Apache is down everywhere; the screens people read them
// on (the Nagios UI, the graphs) run on Apache themselves, and go dark with it. Where the level has one,
// a check of the shop itself pages too (checkSite), so the pager is not quiet while customers hurt.
// Where the level has meta-monitoring, a tool service that stops answering raises an alert at once, and
// pages for the screens the fleet is seen through: the on-call knows they are blind.

import { SIGHT_SERVICES, TOOL_SERVICES, type SimConfig, type ToolService } from './config';
import type { EventLog } from './events';
import type { SimState } from './state';
import { ticksFor } from './ticks';

export function runMonitoring(config: SimConfig, state: SimState, log: EventLog): void {
  const monitoring = config.monitoring;
  const checkTicks = ticksFor(monitoring.checkIntervalSeconds);
  const retryTicks = ticksFor(monitoring.retryIntervalSeconds);
  const alertingPerTier = config.tiers.map(() => 0);
  const toolsUp = Object.fromEntries(TOOL_SERVICES.map((service) => [service, false])) as Record<ToolService, boolean>;

  for (const host of state.hosts) {
    const apacheRunning = host.apache.status === 'running';
    const tier = config.tiers[host.tierIndex]!;
    if (tier.provides && (apacheRunning || !tier.runsApache)) toolsUp[tier.provides] = true;
    if (host.apache.status === 'absent') continue;
    const monitor = host.monitor;
    if (state.tick >= monitor.nextCheckAtTick) {
      monitor.lastCheckOk = apacheRunning;
      monitor.lastCheckAtTick = state.tick;
      if (apacheRunning) {
        monitor.failedAttempts = 0;
        if (monitor.alerting) {
          monitor.alerting = false;
          log.add({ type: 'alert-cleared', host: host.name, tier: tier.id });
        }
        monitor.nextCheckAtTick = state.tick + checkTicks;
      } else {
        monitor.failedAttempts++;
        if (!monitor.alerting && monitor.failedAttempts >= monitoring.maxCheckAttempts) {
          monitor.alerting = true;
          log.add({ type: 'alert-raised', host: host.name, tier: tier.id, pagesOnCall: tier.pagesOnCall });
          if (tier.pagesOnCall && !state.tierPaged[host.tierIndex]) pageOnCall(state, host.tierIndex, tier.id, `${tier.label}: HTTP CRITICAL on ${host.name}`, log);
        }
        monitor.nextCheckAtTick = state.tick + (monitor.alerting ? checkTicks : retryTicks);
      }
    }
    if (monitor.alerting) alertingPerTier[host.tierIndex]!++;
  }

  // A tier's page stays open until every one of its alerts has cleared; the next failure pages again.
  alertingPerTier.forEach((alerting, tierIndex) => {
    if (alerting === 0) state.tierPaged[tierIndex] = false;
  });
  checkSite(config, state, log);
  noteToolChanges(config, state, toolsUp, log);
}

/**
 * The shop's own check, as a request through the load balancer sees it: failing while the web pool's
 * error rate or p50 latency is past the level's thresholds, retried like a host check, then an alert and
 * a page. It stays open until a check passes; the next episode pages again. Without it, a site on a
 * handful of hosts could hurt customers while every host alert had been acknowledged long ago.
 */
function checkSite(config: SimConfig, state: SimState, log: EventLog): void {
  const thresholds = config.monitoring.siteCheck;
  const web = state.pools.web;
  if (!thresholds || web.hosts === 0) return;
  const check = state.siteCheck;
  if (state.tick < check.nextCheckAtTick) return;
  const ok = web.errorRate < thresholds.errorRate && web.p50LatencyMs < thresholds.p50LatencyMs;
  const monitoring = config.monitoring;
  Object.assign(check, { lastCheckOk: ok, lastCheckAtTick: state.tick });
  const seen = { errorRate: web.errorRate, p50LatencyMs: Math.round(web.p50LatencyMs) };
  if (ok) {
    check.failedAttempts = 0;
    if (check.alerting) {
      check.alerting = false;
      log.add({ type: 'site-alert-cleared', ...seen });
    }
    check.nextCheckAtTick = state.tick + ticksFor(monitoring.checkIntervalSeconds);
    return;
  }
  check.failedAttempts++;
  if (!check.alerting && check.failedAttempts >= monitoring.maxCheckAttempts) {
    check.alerting = true;
    const summary = `Shop: HTTP CRITICAL through the load balancer: ${Math.round(web.errorRate * 100)} % of requests failing, p50 ${(web.p50LatencyMs / 1000).toFixed(1)} s`;
    log.add({ type: 'site-alert-raised', ...seen, summary });
    pageOnCall(state, null, SITE_PAGE_TIER, summary, log);
  }
  check.nextCheckAtTick = state.tick + ticksFor(check.alerting ? monitoring.checkIntervalSeconds : monitoring.retryIntervalSeconds);
}

/** The `tierId` of the site check's pages: not a tier of hosts, the shop as customers see it. */
export const SITE_PAGE_TIER = 'site';

/** The `tierId` of meta-monitoring's pages: the monitoring itself. */
export const MONITORING_PAGE_TIER = 'monitoring';

/** A page to the on-call: open until acknowledged, and paging its tier (if any) until every alert of it clears. */
export function pageOnCall(state: SimState, tierIndex: number | null, tierId: string, summary: string, log: EventLog): void {
  if (tierIndex !== null) state.tierPaged[tierIndex] = true;
  const id = state.nextId++;
  state.pages.push({ id, tierId, summary, sentAtTick: state.tick, ackedAtTick: null });
  log.add({ type: 'page-sent', pageId: id, tier: tierId, summary });
}

function noteToolChanges(config: SimConfig, state: SimState, toolsUp: Record<ToolService, boolean>, log: EventLog): void {
  for (const service of TOOL_SERVICES) {
    if (toolsUp[service] === state.toolsUp[service]) continue;
    state.toolsUp[service] = toolsUp[service];
    log.add(toolsUp[service] ? { type: 'tool-came-back', service } : { type: 'tool-went-down', service });
    if (config.monitoring.metaMonitoring === true) metaAlert(state, service, toolsUp[service], log);
  }
}

/** What the meta-monitoring says about a tool service that stopped (or started again) answering. */
function metaAlert(state: SimState, service: ToolService, up: boolean, log: EventLog): void {
  if (up) return void log.add({ type: 'monitoring-alert-cleared', service });
  const pages = SIGHT_SERVICES.includes(service);
  const summary = `${META_WORDS[service]} is not answering: ${STALE_WORDS[service]}`;
  log.add({ type: 'monitoring-alert-raised', service, summary, pages });
  if (pages) pageOnCall(state, null, MONITORING_PAGE_TIER, `Monitoring: ${summary}`, log);
}

const META_WORDS: Record<ToolService, string> = {
  'host-status': 'The Nagios web UI',
  dashboards: 'Graphite (the graphs)',
  deploys: 'The deploy tool',
  postmortems: 'The postmortem tool',
};

const STALE_WORDS: Record<ToolService, string> = {
  'host-status': 'the host states on screen are stale, not live',
  dashboards: 'the graphs on screen are stale, not live',
  deploys: 'deploys cannot be started or watched',
  postmortems: 'write notes somewhere else for now',
};
