// What trying the change first showed, and the incident that did not happen. Where the level asks for a
// review, a failure of the change's version before the fleet has it is evidence: a staging test of that
// version in which Apache failed after the upgrade, or a canary (a host pinned to it on its own) whose
// Apache failed to start after a Chef run installed it. Read from this tick's events, after every system
// has run, so it rests on what the world did, never on a command being given.
// Holding the change on that evidence ends the level, once the fleet is whole and nothing is still set
// to take the change: customers never noticed, and every production host kept its Apache.

import type { SimConfig } from './config';
import type { EventLog } from './events';
import { endLevel, siteRecovered } from './incident';
import { isOut } from './change-review';
import type { HostState, SimState } from './state';

export function noteChangeEvidence(config: SimConfig, state: SimState, log: EventLog): void {
  const review = state.review;
  if (!config.change.review || !review) return;
  if (review.evidence === null && !isOut(config, state)) findEvidence(config, state, log);
  if (review.status === 'held' && review.evidence !== null && review.avertedAtTick === null && settled(config, state)) avert(config, state, log);
}

function findEvidence(config: SimConfig, state: SimState, log: EventLog): void {
  const version = config.change.pinVersion;
  const byName = new Map<string, HostState>();
  for (const event of log.events) {
    if (event.type === 'staging-test-finished' && event.version === version && event.failedAfterUpgrade > 0) {
      const hosts = state.hosts.filter((host) => config.tiers[host.tierIndex]!.id === config.staging?.tierId).map((host) => host.name);
      return record(state, log, 'staging', version, hosts);
    }
    if (event.type !== 'apache-failed-to-start') continue;
    if (byName.size === 0) for (const host of state.hosts) byName.set(host.name, host);
    const host = byName.get(event.host);
    // A canary: its own pin asked for the change's version, and Chef installed it there. A staging test
    // pins its hosts the same way; it reports when it is done, above.
    const inTest = state.staging !== null && config.tiers[host?.tierIndex ?? -1]?.id === config.staging?.tierId;
    if (host && !inTest && host.pinOverride === version && host.apache.version === version) return record(state, log, 'canary', version, [host.name]);
  }
}

function record(state: SimState, log: EventLog, kind: 'staging' | 'canary', version: string, hosts: string[]): void {
  state.review!.evidence = { kind, atTick: state.tick, hosts };
  log.add({ type: 'change-evidence-found', kind, version, hosts });
}

/**
 * Nothing left of the change to hurt anyone: the fleet never had it, customers were never hurt, every
 * host behind the load balancer serves (a broken canary mended), and no production host is still set to
 * take it (a canary pin not yet installed, or a Chef run already on its way to it).
 */
function settled(config: SimConfig, state: SimState): boolean {
  if (isOut(config, state) || state.incident.impactStartedAtTick !== null || !siteRecovered(state)) return false;
  return !state.hosts.some((host) => stillToTakeIt(config, state, host));
}

function stillToTakeIt(config: SimConfig, state: SimState, host: HostState): boolean {
  const version = config.change.pinVersion;
  if (config.tiers[host.tierIndex]!.environment !== 'production' || host.apache.status === 'absent') return false;
  if (host.apache.version === version || host.chef.brokenReason !== null) return false;
  const run = host.chef.run;
  return host.pinOverride === version || (run !== null && !run.packageStepDone && run.wantedVersion === version && state.mirrorVersion === version);
}

function avert(config: SimConfig, state: SimState, log: EventLog): void {
  const review = state.review!;
  review.avertedAtTick = state.tick;
  const version = config.change.pinVersion;
  const hostsKept = state.hosts.filter((host) => {
    const tier = config.tiers[host.tierIndex]!;
    return tier.environment === 'production' && tier.runsApache && host.chef.brokenReason === null && host.apache.version !== version;
  }).length;
  log.add({ type: 'incident-averted', evidence: review.evidence!.kind, hostsKept });
  log.add({
    type: 'said-in-person',
    from: config.change.by,
    text: `Thank you for looking first. ${version} stays off the fleet until I know why it breaks Apache.`,
  });
  endLevel(state, 'resolved', log);
}
