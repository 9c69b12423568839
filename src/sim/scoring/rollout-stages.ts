// The player's roll-out, step by step: each chef-client run by hand (one host, or a dsh fan-out) that the
// player started or gave as a job, with the hosts it reached and when it began and ended. Staged means
// small first, then bigger, each step waiting for the one before. A staging test's own runs are not steps.

import type { SimEvent } from '../events';
import type { CreditBook } from './credit';
import type { HostFacts } from './host-facts';

/** One chef-client run by hand over some hosts (a dsh fan-out, or one host), as the player decided it. */
export interface ChefTask {
  taskId: number;
  by: string;
  startTick: number;
  /** When its last run ended (the level's end if it never did). */
  endTick: number;
  /** How many at once (the fan-out width). */
  concurrency: number;
  /** Hosts it ran Chef on, and how many of them serve customers. */
  hostNames: string[];
  servingHosts: number;
  /** Only staging hosts: a staging test's runs, or a try there by hand. */
  stagingOnly: boolean;
  /** Whether it ran on any of the accidental survivors. */
  touchedSurvivors: boolean;
}

/**
 * The `task-started` event does not list hosts, so a task's hosts are the runs its actor started by hand
 * while it went on. When one actor has two tasks going, a run goes to the newest that has room for it
 * and has not run that host yet (a task runs each host once).
 */
export function chefTasks(events: readonly SimEvent[], hosts: readonly HostFacts[], credit: CreditBook, endTick: number): ChefTask[] {
  const byName = new Map(hosts.map((host) => [host.name, host]));
  const open = new Map<number, { stage: ChefTask; hostNames: Set<string>; hostCount: number }>();
  const all: { stage: ChefTask; hostNames: Set<string> }[] = [];

  for (const event of events) {
    if (event.type === 'task-started' && event.action === 'run-chef' && credit.credited(event)) {
      const entry = {
        stage: { taskId: event.taskId, by: event.by, startTick: event.tick, endTick, concurrency: event.concurrency, hostNames: [], servingHosts: 0, stagingOnly: false, touchedSurvivors: false },
        hostNames: new Set<string>(),
        hostCount: event.hostCount,
      };
      open.set(event.taskId, entry);
      all.push(entry);
    } else if (event.type === 'chef-run-started' && event.trigger === 'manual') {
      const owner = [...open.values()]
        .filter((entry) => entry.stage.by === event.by && entry.hostNames.size < entry.hostCount && !entry.hostNames.has(event.host))
        .pop();
      owner?.hostNames.add(event.host);
    } else if (event.type === 'task-finished' && open.has(event.taskId)) {
      open.get(event.taskId)!.stage.endTick = event.tick;
      open.delete(event.taskId);
    }
  }

  return all.map(({ stage, hostNames }) => {
    const reached = [...hostNames].map((name) => byName.get(name)).filter((host) => host !== undefined);
    return {
      ...stage,
      hostNames: [...hostNames],
      servingHosts: reached.filter((host) => host.serving).length,
      stagingOnly: reached.length > 0 && reached.every((host) => host.inStaging),
      touchedSurvivors: reached.some((host) => host.survivor),
    };
  });
}

/** A step of the roll-out to customers: a Chef run by hand that reached serving hosts. */
export type RolloutStage = ChefTask;

export function rolloutStages(tasks: readonly ChefTask[]): RolloutStage[] {
  return tasks.filter((task) => task.servingHosts > 0);
}
