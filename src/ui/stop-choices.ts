// What can be stopped, as the stop menu (X) offers it: a cat's job under way (stopped before it takes
// effect, with any fan-out in their name), and every fan-out that still has hosts to spare, the player's
// or a cat's (one that has reached all its hosts only has what is in flight left, which finishes anyway).
// Read from the player's view: the team at their desks, and the tasks running.

import type { ResponderConfig } from '../sim/config';
import type { Command, HostAction } from '../sim/commands';
import type { PlayerView } from '../session/player-view';
import type { Choice } from './chooser';

/** A stop, with the terminal line that types it. */
export interface StopChoice {
  command: Command;
  typed: string;
}

const ACTION_WORDS: Record<HostAction, string> = {
  'run-chef': 'Chef runs',
  'stop-chef': 'stopping chef-client',
  'start-chef': 'starting chef-client',
  'start-apache': 'starting Apache',
  'remove-default-config': 'removing the default config',
  'repair-chef': 'repairing Chef',
  drain: 'draining',
  restore: 'putting back in the pool',
};

export function stopChoices(view: PlayerView, responders: readonly ResponderConfig[]): Choice<StopChoice>[] {
  const choices: Choice<StopChoice>[] = [];
  view.team.forEach((state, index) => {
    const responder = responders[index]!;
    if (state.status !== 'working' || !state.job) return;
    choices.push({
      label: `${responder.name}: stop ${state.job.summary}`,
      detail: 'before it takes effect, with any fan-out of theirs',
      value: { command: { type: 'stop-job', responder: responder.id }, typed: `stop ${responder.name}` },
    });
  });
  for (const task of view.tasks) {
    if (task.reached >= task.hosts) continue;
    const whose = task.by === 'player' ? 'Your' : `${task.by}'s`;
    choices.push({
      label: `${whose} fan-out #${task.id}: ${ACTION_WORDS[task.action]} on ${task.hosts} host${task.hosts === 1 ? '' : 's'}`,
      detail: `${task.reached} reached; the other ${task.hosts - task.reached} are spared`,
      value: { command: { type: 'stop-task', taskId: task.id }, typed: `stop ${task.id}` },
    });
  }
  return choices;
}

/** The cat whose plan starts soonest, if any cat has said they are about to act on their own. */
export function soonestIntent(view: PlayerView, responders: readonly ResponderConfig[]): { responder: ResponderConfig; summary: string; startsAtTick: number } | null {
  let soonest: { responder: ResponderConfig; summary: string; startsAtTick: number } | null = null;
  for (const [index, state] of view.team.entries()) {
    const intent = state.intent;
    if (intent && (!soonest || intent.startsAtTick < soonest.startsAtTick)) soonest = { responder: responders[index]!, summary: intent.summary, startsAtTick: intent.startsAtTick };
  }
  return soonest;
}
