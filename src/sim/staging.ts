// Trying a version on the staging hosts before the fleet: wait for the environment (slow, as the level
// says: this is why people skipped it), pin the staging hosts to the version, run Chef on them twice, and
// report what happened to Apache after each run. The result comes from the same Chef and Apache rules
// as production, never from a table.

import type { SimConfig } from './config';
import type { EventLog } from './events';
import { startHostTask } from './host-tasks';
import type { SimState, StagingTest } from './state';

export function stagingHostIds(config: SimConfig, state: SimState): number[] {
  const tierIndex = config.tiers.findIndex((tier) => tier.id === config.staging?.tierId);
  return state.hosts.filter((host) => host.tierIndex === tierIndex).map((host) => host.id);
}

export function runStaging(config: SimConfig, state: SimState, log: EventLog): void {
  const test = state.staging;
  if (!test || state.tick < test.readyAtTick) return;
  const hostIds = stagingHostIds(config, state);
  // Watched every tick: a scheduled run may break and mend a host between the test's own runs.
  for (const id of hostIds) if (isUpgradedButDown(state, id, test) && !test.failedHostIds.includes(id)) test.failedHostIds.push(id);
  if (test.taskId !== null && state.tasks.some((task) => task.id === test.taskId)) return;

  if (test.phase === 'setting-up') {
    for (const id of hostIds) state.hosts[id]!.pinOverride = test.version;
    test.phase = 'first-run';
    test.taskId = startHostTask(state, 'run-chef', hostIds, hostIds.length, test.by, log).id;
    return;
  }
  if (test.phase === 'first-run') {
    test.phase = 'second-run';
    test.taskId = startHostTask(state, 'run-chef', hostIds, hostIds.length, test.by, log).id;
    return;
  }
  const running = hostIds.filter((id) => state.hosts[id]!.apache.status === 'running').length;
  const installed = hostIds.filter((id) => state.hosts[id]!.apache.version === test.version).length;
  log.add({
    type: 'staging-test-finished',
    version: test.version,
    by: test.by,
    hosts: hostIds.length,
    installed,
    failedAfterUpgrade: test.failedHostIds.length,
    runningAfterSecondRun: running,
    summary: stagingSummary(config, state, test, hostIds.length, installed, running),
  });
  // Staging goes back to following the cookbook, so a failed test does not leave it failing forever.
  for (const id of hostIds) state.hosts[id]!.pinOverride = null;
  state.staging = null;
}

function isUpgradedButDown(state: SimState, hostId: number, test: StagingTest): boolean {
  const apache = state.hosts[hostId]!.apache;
  return apache.version === test.version && apache.status !== 'running';
}

function stagingSummary(config: SimConfig, state: SimState, test: StagingTest, hosts: number, installed: number, running: number): string {
  const pkg = `${config.apache.packageName} ${test.version}`;
  if (installed < hosts && state.mirrorVersion !== test.version) return `Staging could not install ${pkg}: the mirror does not have it.`;
  if (installed < hosts) return `Chef failed on ${hosts - installed} of ${hosts} staging hosts before it installed ${pkg}.`;
  if (test.failedHostIds.length === 0) return `${pkg} installed on ${hosts} staging hosts and Apache kept running.`;
  return `${pkg}: Apache failed to start after the upgrade on ${test.failedHostIds.length} of ${hosts} staging hosts; ` + `a second Chef run left it running on ${running}.`;
}
