// Every hand task of the run (a dsh fan-out, an ssh, a Chef repair…) with the hosts it covered and what
// it did to their Apache: which hosts it moved from broken to serving, which took a new version and kept
// serving, and which it broke. What a task did, not that it was issued, is what the score reads: a
// "canary" whose host changed nothing is no canary. A Chef run is the doing of the task that started it;
// the first scheduled run after chef-client was started again is the doing of the task that started it.

import type { HostAction } from '../commands';
import type { SimEvent } from '../events';
import type { Credit, CreditBook } from './credit';

export interface HandTask {
  taskId: number;
  action: HostAction;
  by: string;
  credit: Credit;
  startTick: number;
  /** When the task itself finished (the level's end if it never did). */
  finishedTick: number;
  concurrency: number;
  hostNames: string[];
  /** Hosts moved from broken to serving, hosts that took a new Apache and kept serving, and hosts it broke. */
  fixed: string[];
  upgraded: string[];
  broke: string[];
  /** The last of those effects, if any. */
  lastEffectTick: number | null;
  /** The effect events themselves, for the score's evidence. */
  effectEvents: SimEvent[];
  /** The task-started event. */
  event: SimEvent;
}

export interface HandTasks {
  all: HandTask[];
  /** Upgrades that kept Apache serving, done by Chef's own schedule (no task of anyone's): where a fixed cookbook went out by itself. */
  scheduledUpgrades: SimEvent[];
  /** The task that did this Apache event (a start by hand, or a Chef run it started), or null for Chef's own schedule. */
  taskOf(event: SimEvent): HandTask | null;
}

const UNFINISHED = Number.MAX_SAFE_INTEGER;
const CHEF_DRIVEN: readonly HostAction[] = ['run-chef', 'repair-chef'];

export function handTasks(events: readonly SimEvent[], credit: CreditBook, endTick: number): HandTasks {
  const byId = new Map<number, HandTask>();
  const all: HandTask[] = [];
  /** The task whose Chef run is in flight on each host. */
  const flight = new Map<string, HandTask | null>();
  /** Hosts whose chef-client a task started again: their next scheduled run is that task's doing. */
  const restartedBy = new Map<string, HandTask>();
  /** Hosts whose Apache is down now, from a failed start until it next starts. */
  const broken = new Set<string>();
  /** The upgrade a run in flight made, until the run ends. */
  const upgradedOn = new Map<string, { task: HandTask | null; event: SimEvent }>();
  const doneBy = new Map<SimEvent, HandTask>();

  /** The newest unfinished task of this actor and action over this host. */
  const open = (action: HostAction, by: string, host: string): HandTask | undefined => {
    for (let i = all.length - 1; i >= 0; i--) {
      const task = all[i]!;
      if (task.action === action && task.by === by && task.finishedTick === UNFINISHED && task.hostNames.includes(host)) return task;
    }
    return undefined;
  };

  const scheduledUpgrades: SimEvent[] = [];
  const note = (task: HandTask | null | undefined, event: SimEvent, host: string, effect: 'fixed' | 'upgraded' | 'broke'): void => {
    if (!task) {
      if (effect === 'upgraded') scheduledUpgrades.push(event);
      return;
    }
    doneBy.set(event, task);
    if (!task[effect].includes(host)) task[effect].push(host);
    task.lastEffectTick = event.tick;
    task.effectEvents.push(event);
  };

  for (const event of events) {
    switch (event.type) {
      case 'task-started': {
        const task: HandTask = {
          taskId: event.taskId,
          action: event.action,
          by: event.by,
          credit: credit.of(event),
          startTick: event.tick,
          finishedTick: UNFINISHED,
          concurrency: event.concurrency,
          hostNames: event.hosts ?? [],
          fixed: [],
          upgraded: [],
          broke: [],
          lastEffectTick: null,
          effectEvents: [],
          event,
        };
        byId.set(task.taskId, task);
        all.push(task);
        break;
      }
      case 'task-finished': {
        const task = byId.get(event.taskId);
        if (task) task.finishedTick = event.tick;
        break;
      }
      case 'chef-daemon-started': {
        const task = open('start-chef', event.by, event.host);
        if (task) restartedBy.set(event.host, task);
        break;
      }
      case 'chef-run-started': {
        if (event.trigger === 'manual') {
          const task = event.taskId === null ? null : (byId.get(event.taskId) ?? null);
          flight.set(event.host, task && CHEF_DRIVEN.includes(task.action) ? task : null);
        } else {
          flight.set(event.host, restartedBy.get(event.host) ?? null);
        }
        restartedBy.delete(event.host);
        break;
      }
      case 'chef-run-finished': {
        // An upgrade that kept Apache up (the fixed cookbook) shows only as the upgrade and a run that ends well.
        const upgrade = upgradedOn.get(event.host);
        if (upgrade && !broken.has(event.host)) note(upgrade.task, upgrade.event, event.host, 'upgraded');
        flight.delete(event.host);
        upgradedOn.delete(event.host);
        break;
      }
      case 'apache-upgraded':
        upgradedOn.set(event.host, { task: flight.get(event.host) ?? null, event });
        break;
      case 'apache-failed-to-start': {
        const task = event.by === 'chef' ? flight.get(event.host) : open('start-apache', event.by, event.host);
        if (!broken.has(event.host)) note(task, event, event.host, 'broke');
        broken.add(event.host);
        break;
      }
      case 'apache-started': {
        const task = event.by === 'chef' ? flight.get(event.host) : open('start-apache', event.by, event.host);
        if (broken.delete(event.host)) {
          note(task, event, event.host, 'fixed');
          upgradedOn.delete(event.host);
        }
        break;
      }
    }
  }
  for (const task of all) if (task.finishedTick === UNFINISHED) task.finishedTick = endTick;
  return { all, scheduledUpgrades, taskOf: (event) => doneBy.get(event) ?? null };
}
