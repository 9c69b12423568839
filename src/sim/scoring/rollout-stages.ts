// The player's roll-out, step by step, judged by what each step did: a step is a hand task of the
// player's (a Chef run by hand, chef-client started again, Apache started by hand) that changed Apache on
// hosts serving customers: moved them from broken to serving, gave them a new version that kept serving,
// or broke them. A step that changed nothing (hosts whose Chef fails harmlessly, hosts already healed)
// is no step at all. Staged means small first, then bigger, each step after the last one's effects.

import type { HostAction } from '../commands';
import type { HandTask } from './hand-tasks';
import type { HostFacts } from './host-facts';

/** Hand actions that roll a change out. A Chef repair is not one: on the php7 boxes it is harm, judged as such. */
const ROLLING: readonly HostAction[] = ['run-chef', 'start-chef', 'start-apache'];

export interface RolloutStage {
  task: HandTask;
  startTick: number;
  /** When its last effect landed, or the task finished, whichever is later. */
  endTick: number;
  /** Serving hosts it changed: its size as a step. */
  servingHosts: number;
  /** Of those, moved from broken to serving, upgraded and still serving, and broken. */
  fixed: number;
  upgraded: number;
  broke: number;
  hostNames: string[];
  /** Whether it changed any of the accidental survivors. */
  touchedSurvivors: boolean;
}

export function rolloutStages(tasks: readonly HandTask[], hosts: readonly HostFacts[]): RolloutStage[] {
  const byName = new Map(hosts.map((host) => [host.name, host]));
  const serving = (names: readonly string[]): string[] => names.filter((name) => byName.get(name)?.serving);
  return tasks
    .filter((task) => task.credit === 'player' && ROLLING.includes(task.action))
    .map((task) => {
      const fixed = serving(task.fixed);
      const upgraded = serving(task.upgraded);
      const broke = serving(task.broke);
      const changed = [...new Set([...fixed, ...upgraded, ...broke])];
      return {
        task,
        startTick: task.startTick,
        endTick: Math.max(task.finishedTick, task.lastEffectTick ?? task.startTick),
        servingHosts: changed.length,
        fixed: fixed.length,
        upgraded: upgraded.length,
        broke: broke.length,
        hostNames: changed,
        touchedSurvivors: changed.some((name) => byName.get(name)?.survivor),
      };
    })
    .filter((stage) => stage.servingHosts > 0)
    .sort((a, b) => a.startTick - b.startTick);
}

/** What a step did, in words: "moved 10 hosts from broken to serving". */
export function stageEffect(stage: RolloutStage): string {
  const parts = [
    stage.fixed > 0 ? `${stage.fixed} back to serving` : '',
    stage.upgraded > 0 ? `${stage.upgraded} upgraded and serving` : '',
    stage.broke > 0 ? `${stage.broke} broken` : '',
  ].filter((part) => part !== '');
  return parts.join(', ');
}
