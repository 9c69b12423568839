// One chef-client run on one host, from start to report: it converges the Apache package to the pin
// through the mirror, restarts the service, and deletes the unwanted default config file at the very end.
// That order is why the first run after the upgrade leaves Apache down and the second run brings it up,
// until someone fixes the cookbook to delete the file before the restart.

import { removeDefaultConfig, startApache } from './apache-service';
import type { SimConfig } from './config';
import type { EventLog } from './events';
import { nextInt } from './rng';
import type { ChefRun, HostState, SimState } from './state';
import { ticksFor } from './ticks';

export function startChefRun(config: SimConfig, state: SimState, host: HostState, trigger: ChefRun['trigger'], by: string, log: EventLog, taskId: number | null = null): void {
  host.chef.run = {
    startedAtTick: state.tick,
    trigger,
    by,
    lengthSeconds: nextInt(state.rng, config.chef.runSecondsMin, config.chef.runSecondsMax),
    progressSeconds: 0,
    packageStepDone: false,
    wantedVersion: host.pinOverride ?? state.pin,
    cookbookFixed: state.cookbookFixed,
    failure: null,
  };
  log.add({ type: 'chef-run-started', host: host.name, trigger, by, taskId });
}

/** Moves a run on by one tick at the given speed; ends it when its work is done or it has failed. */
export function advanceChefRun(config: SimConfig, state: SimState, host: HostState, speed: number, log: EventLog): void {
  const run = host.chef.run;
  if (!run) return;
  run.progressSeconds += speed;
  const done = run.progressSeconds / run.lengthSeconds;

  if (host.chef.brokenReason !== null) {
    if (done >= config.chef.brokenRunFailsAt) finishRun(config, state, host, host.chef.brokenReason, log);
    return;
  }
  if (!run.packageStepDone && done >= config.chef.packageStepAt) {
    run.packageStepDone = true;
    convergeApache(config, state, host, run, log);
    if (host.chef.run === null) return;
  }
  // A failed start makes the run longer; measure again before deciding it is over.
  if (run.progressSeconds / run.lengthSeconds >= 1) {
    removeDefaultConfig(host, 'chef', log);
    finishRun(config, state, host, run.failure, log);
  }
}

/** The package and service resources: upgrade to the pin if the mirror has it, then make sure Apache runs. */
function convergeApache(config: SimConfig, state: SimState, host: HostState, run: ChefRun, log: EventLog): void {
  const apache = host.apache;
  if (apache.status === 'absent') return;
  const wanted = run.wantedVersion;
  if (apache.version !== wanted) {
    if (state.mirrorVersion !== wanted) {
      log.add({ type: 'package-unavailable', host: host.name, packageName: config.apache.packageName, version: wanted });
      finishRun(config, state, host, `no package ${config.apache.packageName}-${wanted} on the mirror`, log);
      return;
    }
    const from = apache.version;
    apache.version = wanted;
    if (config.apache.versionsDroppingDefaultConfig.includes(wanted)) apache.defaultConfigPresent = true;
    log.add({ type: 'apache-upgraded', host: host.name, from, to: wanted });
    ensureRunning(config, host, run, 'restart', log);
    return;
  }
  if (apache.status !== 'running') ensureRunning(config, host, run, 'start', log);
}

/** The service resource; the fixed cookbook deletes the default config first. */
function ensureRunning(config: SimConfig, host: HostState, run: ChefRun, verb: 'start' | 'restart', log: EventLog): void {
  if (run.cookbookFixed) removeDefaultConfig(host, 'chef', log);
  if (!startApache(config, host, 'chef', log)) serviceFailed(config, run, verb);
}

/** The service resource waits out the start timeout before it reports the failure, so the run runs long. */
function serviceFailed(config: SimConfig, run: ChefRun, verb: 'start' | 'restart'): void {
  run.failure = `service[${config.apache.packageName}] failed to ${verb}`;
  run.lengthSeconds += config.apache.failedStartTimeoutSeconds;
}

function finishRun(config: SimConfig, state: SimState, host: HostState, failure: string | null, log: EventLog): void {
  host.chef.run = null;
  host.chef.lastRun = { result: failure === null ? 'ok' : 'failed', atTick: state.tick, reason: failure };
  host.chef.nextRunAtTick = state.tick + nextScheduledGap(config, state);
  log.add({ type: 'chef-run-finished', host: host.name, result: failure === null ? 'ok' : 'failed', reason: failure });
}

/** chef-client sleeps its interval plus a random splay after every run. */
export function nextScheduledGap(config: SimConfig, state: SimState): number {
  return ticksFor(config.chef.intervalSeconds) + splayTicks(config, state) - 1;
}

/** A random wait within the splay, at least one tick. */
export function splayTicks(config: SimConfig, state: SimState): number {
  return nextInt(state.rng, 1, Math.max(1, ticksFor(config.chef.splaySeconds)));
}
