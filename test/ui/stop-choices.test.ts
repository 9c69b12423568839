// Saying no and stopping, as the keys offer them: N answers the plan that starts soonest; X lists every
// cat's job under way and every fan-out with hosts still to spare, and nothing that could not be stopped.

import { describe, expect, it } from 'vitest';
import type { PlayerView, RunningTask } from '../../src/session/player-view';
import type { ResponderConfig } from '../../src/sim/config';
import type { ResponderState } from '../../src/sim/state';
import { soonestIntent, stopChoices } from '../../src/ui/stop-choices';
import { bundledLevel } from '../support/level-files';

const responders: readonly ResponderConfig[] = bundledLevel('apache-snafu').sim.responders;

function viewWith(team: Partial<ResponderState>[], tasks: RunningTask[] = []): PlayerView {
  const idle = { status: 'idle', job: null, intent: null } as unknown as ResponderState;
  return { tick: 100, team: responders.map((_, index) => ({ ...idle, ...(team[index] ?? {}) })), tasks } as unknown as PlayerView;
}

describe('the stop menu', () => {
  it('offers a cat’s job under way, and fan-outs that still have hosts to reach, the player’s and a cat’s', () => {
    const job = { command: { type: 'run-chef', hosts: ['@web'], concurrency: 1000 }, summary: 'running Chef on every web host, all at once' };
    const view = viewWith(
      [{ status: 'working', job } as Partial<ResponderState>],
      [
        { id: 7, by: 'player', action: 'run-chef', hosts: 120, reached: 25 },
        { id: 9, by: responders[1]!.name, action: 'repair-chef', hosts: 7, reached: 2 },
        { id: 11, by: 'player', action: 'stop-chef', hosts: 10, reached: 10 },
      ],
    );
    const choices = stopChoices(view, responders);
    expect(choices.map((choice) => choice.value.command)).toEqual([
      { type: 'stop-job', responder: responders[0]!.id },
      { type: 'stop-task', taskId: 7 },
      { type: 'stop-task', taskId: 9 },
    ]);
    expect(choices[0]!.label).toBe(`${responders[0]!.name}: stop running Chef on every web host, all at once`);
    expect(choices[1]!.label).toBe('Your fan-out #7: Chef runs on 120 hosts');
    expect(choices[1]!.detail).toBe('25 reached; the other 95 are spared');
  });

  it('offers nothing when nothing can be stopped', () => {
    expect(stopChoices(viewWith([]), responders)).toEqual([]);
  });
});

describe('saying no', () => {
  it('answers the plan that starts soonest', () => {
    const plan = (startsAtTick: number) => ({ intent: { job: { type: 'view-site' }, summary: `plan at ${startsAtTick}`, announcedAtTick: 90, startsAtTick } }) as Partial<ResponderState>;
    const chosen = soonestIntent(viewWith([plan(140), {}, plan(120)]), responders);
    expect(chosen).toMatchObject({ responder: responders[2], summary: 'plan at 120', startsAtTick: 120 });
    expect(soonestIntent(viewWith([]), responders)).toBeNull();
  });
});
