// Stopping a hand task, as Ctrl-C stops dsh: the hosts it has not reached yet are spared, and what is in
// flight on a host finishes (a Chef run already going completes; killing it halfway would be worse). A
// Chef run still waiting for a host's lock has not started, so it is spared too. The staging test's own
// runs belong to the test, which stops only by finishing.

import { PLAYER } from './commands';
import type { EventLog } from './events';
import type { HostTask, SimState } from './state';

/** Stops task `taskId`, or the newest task `by` started; returns a reason when there is nothing to stop. */
export function stopTask(state: SimState, taskId: number | undefined, by: string, log: EventLog): string | null {
  const task = taskId === undefined ? newestTaskOf(state, by) : state.tasks.find((candidate) => candidate.id === taskId);
  if (!task) return taskId === undefined ? `There is no task of ${by === PLAYER ? 'yours' : `${by}'s`} running to stop.` : `There is no task #${taskId} running.`;
  if (state.staging?.taskId === task.id) return `Task #${task.id} is the staging test's own Chef runs: it ends when the test does.`;
  if (!stopOne(state, task, by, log)) return `Task #${task.id} has started on every one of its hosts already: what is in flight will finish.`;
  return null;
}

/** Stops every task started in `name`'s name that still has hosts to spare; says how many it stopped. */
export function stopTasksOf(state: SimState, name: string, by: string, log: EventLog): number {
  let stopped = 0;
  for (const task of state.tasks) if (task.by === name && state.staging?.taskId !== task.id && stopOne(state, task, by, log)) stopped++;
  return stopped;
}

function newestTaskOf(state: SimState, by: string): HostTask | undefined {
  const mine = state.tasks.filter((task) => task.by === by && state.staging?.taskId !== task.id && hasHostsToSpare(task));
  return mine[mine.length - 1];
}

function hasHostsToSpare(task: HostTask): boolean {
  return task.nextIndex < task.hostIds.length || task.active.some((slot) => task.action === 'run-chef' && !slot.runStarted);
}

/** Takes the hosts not started yet off the task; false when there were none. */
function stopOne(state: SimState, task: HostTask, by: string, log: EventLog): boolean {
  if (!hasHostsToSpare(task)) return false;
  const waiting = task.action === 'run-chef' ? task.active.filter((slot) => !slot.runStarted).map((slot) => slot.hostId) : [];
  const spared = [...waiting, ...task.hostIds.slice(task.nextIndex)];
  task.active = task.active.filter((slot) => !waiting.includes(slot.hostId));
  const sparedSet = new Set(spared);
  task.hostIds = task.hostIds.filter((id) => !sparedSet.has(id));
  task.nextIndex = task.hostIds.length;
  log.add({
    type: 'task-stopped',
    taskId: task.id,
    action: task.action,
    spared: spared.length,
    sparedHosts: spared.map((id) => state.hosts[id]!.name),
    concurrency: task.concurrency,
    startedBy: task.by,
    by,
  });
  return true;
}
