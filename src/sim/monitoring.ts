// Nagios-style monitoring: every Apache host is checked on an interval, retried after a failure, and
// alerts once it has failed enough checks in a row. The first alert of a paging tier pages the on-call.
// The checks and the pager keep working when Apache is down everywhere; the screens people read them
// on (the Nagios UI, the graphs) run on Apache themselves, and go dark with it.

import { TOOL_SERVICES, type SimConfig, type ToolService } from './config';
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
          if (tier.pagesOnCall && !state.tierPaged[host.tierIndex]) page(state, host.tierIndex, tier.id, `${tier.label}: HTTP CRITICAL on ${host.name}`, log);
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
  noteToolChanges(state, toolsUp, log);
}

function page(state: SimState, tierIndex: number, tierId: string, summary: string, log: EventLog): void {
  state.tierPaged[tierIndex] = true;
  const id = state.nextId++;
  state.pages.push({ id, tierId, summary, sentAtTick: state.tick, ackedAtTick: null });
  log.add({ type: 'page-sent', pageId: id, tier: tierId, summary });
}

function noteToolChanges(state: SimState, toolsUp: Record<ToolService, boolean>, log: EventLog): void {
  for (const service of TOOL_SERVICES) {
    if (toolsUp[service] === state.toolsUp[service]) continue;
    state.toolsUp[service] = toolsUp[service];
    log.add(toolsUp[service] ? { type: 'tool-came-back', service } : { type: 'tool-went-down', service });
  }
}
