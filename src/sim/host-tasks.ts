// Hand actions over hosts, a few at a time, as dsh fans out and as a person works through ssh sessions.
// Each action takes the level's time per host; a Chef run slot lasts as long as that host's run does.

import { removeDefaultConfig, startApache } from './apache-service';
import { splayTicks, startChefRun } from './chef-run';
import type { HostAction } from './commands';
import type { ActionSecondsConfig, SimConfig } from './config';
import type { EventLog } from './events';
import type { HostState, HostTask, SimState } from './state';
import { ticksFor } from './ticks';

export function startHostTask(state: SimState, action: HostAction, hostIds: number[], concurrency: number, by: string, log: EventLog): HostTask {
  const task: HostTask = { id: state.nextId++, action, by, hostIds, nextIndex: 0, concurrency, active: [] };
  state.tasks.push(task);
  log.add({ type: 'task-started', taskId: task.id, action, hostCount: hostIds.length, hosts: hostIds.map((id) => state.hosts[id]!.name), concurrency, by });
  return task;
}

export function runHostTasks(config: SimConfig, state: SimState, log: EventLog): void {
  if (state.tasks.length === 0) return;
  for (const task of state.tasks) advanceTask(config, state, task, log);
  state.tasks = state.tasks.filter((task) => {
    const finished = task.nextIndex >= task.hostIds.length && task.active.length === 0;
    if (finished) log.add({ type: 'task-finished', taskId: task.id, action: task.action, hostCount: task.hostIds.length, by: task.by });
    return !finished;
  });
}

function advanceTask(config: SimConfig, state: SimState, task: HostTask, log: EventLog): void {
  task.active = task.active.filter((slot) => {
    const host = state.hosts[slot.hostId]!;
    if (task.action === 'run-chef') {
      if (host.chef.run !== null) return true;
      if (slot.runStarted) return false;
      // chef-client waits for the run already in progress to release its lock, then runs.
      startChefRun(config, state, host, 'manual', task.by, log, task.id);
      slot.runStarted = true;
      return true;
    }
    if (state.tick < slot.doneAtTick) return true;
    completeAction(config, state, task, host, log);
    return false;
  });
  while (task.active.length < task.concurrency && task.nextIndex < task.hostIds.length) {
    const host = state.hosts[task.hostIds[task.nextIndex++]!]!;
    if (task.action === 'run-chef') {
      const free = host.chef.run === null;
      if (free) startChefRun(config, state, host, 'manual', task.by, log, task.id);
      task.active.push({ hostId: host.id, doneAtTick: state.tick, runStarted: free });
    } else {
      task.active.push({ hostId: host.id, doneAtTick: state.tick + ticksFor(secondsFor(config.actionSeconds, task.action)), runStarted: false });
    }
  }
}

function secondsFor(seconds: ActionSecondsConfig, action: Exclude<HostAction, 'run-chef'>): number {
  switch (action) {
    case 'stop-chef':
      return seconds.stopChef;
    case 'start-chef':
      return seconds.startChef;
    case 'start-apache':
      return seconds.startApache;
    case 'remove-default-config':
      return seconds.removeDefaultConfig;
    case 'repair-chef':
      return seconds.repairChef;
    case 'drain':
    case 'restore':
      return seconds.drain;
  }
}

function completeAction(config: SimConfig, state: SimState, task: HostTask, host: HostState, log: EventLog): void {
  const by = task.by;
  switch (task.action) {
    case 'run-chef':
      return;
    case 'stop-chef':
      host.chef.daemon = 'stopped';
      log.add({ type: 'chef-daemon-stopped', host: host.name, by });
      return;
    case 'start-chef':
      // Starting a daemon that already runs changes nothing, its schedule included.
      if (host.chef.daemon === 'running') return;
      host.chef.daemon = 'running';
      // The daemon converges soon after it starts, within its splay.
      host.chef.nextRunAtTick = state.tick + splayTicks(config, state);
      log.add({ type: 'chef-daemon-started', host: host.name, by });
      return;
    case 'start-apache':
      startApache(config, host, by, log);
      return;
    case 'remove-default-config':
      removeDefaultConfig(host, by, log);
      return;
    case 'repair-chef':
      host.chef.brokenReason = null;
      log.add({ type: 'chef-repaired', host: host.name, by });
      // Whoever mends a Chef run runs Chef to see it pass.
      if (host.chef.run === null) startChefRun(config, state, host, 'manual', by, log, task.id);
      return;
    case 'drain':
      if (host.lb) host.lb.drained = true;
      log.add({ type: 'host-drained', host: host.name, by });
      return;
    case 'restore':
      if (host.lb) host.lb.drained = false;
      log.add({ type: 'host-restored', host: host.name, by });
      return;
  }
}
