// Saying no and stopping, in replay files: read as strictly as every other command, and replayed
// through the same step, so a run that refused a cat's plan or stopped a fan-out plays back the same.

import { describe, expect, it } from 'vitest';
import { formatLevelProblems } from '../../src/levels/level-problem';
import { playRun } from '../../src/replay/play-run';
import { parseReplay } from '../../src/replay/replay-file';
import { bundledLevel } from '../support/level-files';

const FILE = 'my.replay.json';
const replayOf = (commands: unknown[]) => ({ replayVersion: 1, level: 'apache-snafu', title: 'Mine', commands });

function problemsOf(commands: unknown[]): string {
  const parsed = parseReplay(replayOf(commands), FILE);
  return parsed.ok ? 'ok' : formatLevelProblems(parsed.problems);
}

describe('refuse-intent, stop-job and stop-task in a replay', () => {
  it('read into commands', () => {
    const parsed = parseReplay(
      replayOf([
        { atTick: 300, type: 'refuse-intent', responder: 'biscuit' },
        { atTick: 301, type: 'stop-job', responder: 'Noodle', by: 'player' },
        { atTick: 302, type: 'stop-task' },
        { atTick: 303, type: 'stop-task', taskId: 12 },
      ]),
      FILE,
    );
    expect(parsed.ok && parsed.replay.commands.map((timed) => timed.command)).toEqual([
      { type: 'refuse-intent', responder: 'biscuit' },
      { type: 'stop-job', responder: 'Noodle', by: 'player' },
      { type: 'stop-task' },
      { type: 'stop-task', taskId: 12 },
    ]);
  });

  it('are refused with the path and what was expected when malformed', () => {
    expect(problemsOf([{ atTick: 5, type: 'refuse-intent' }])).toMatch(/^my\.replay\.json: \$\.commands\[0\]\.responder: /);
    expect(problemsOf([{ atTick: 5, type: 'stop-task', taskId: 'newest' }])).toMatch(/^my\.replay\.json: \$\.commands\[0\]\.taskId: expected a whole number of at least 1/);
    expect(problemsOf([{ atTick: 5, type: 'stop-task', taskId: 0 }])).toMatch(/taskId: expected a whole number of at least 1, got 0/);
    expect(problemsOf([{ atTick: 5, type: 'stop-job', responder: 'miso', hosts: ['@web'] }])).toMatch(/^my\.replay\.json: \$\.commands\[0\]/);
  });

  it('play back the same run twice', () => {
    const level = bundledLevel();
    const parsed = parseReplay(
      replayOf([
        { atTick: 1, type: 'ask-for-help' },
        { atTick: 307, type: 'refuse-intent', responder: 'biscuit' },
        { atTick: 318, type: 'refuse-intent', responder: 'noodle' },
        { atTick: 400, type: 'run-chef', hosts: ['@tools'], concurrency: 1 },
        { atTick: 410, type: 'stop-task' },
      ]),
      FILE,
    );
    if (!parsed.ok) throw new Error(formatLevelProblems(parsed.problems));
    const first = playRun(level.sim, 1, parsed.replay.commands, { untilTick: 600 });
    const second = playRun(level.sim, 1, parsed.replay.commands, { untilTick: 600 });
    expect(first.events.filter((event) => event.type === 'intent-refused').map((event) => event.type === 'intent-refused' && event.name)).toEqual(['Biscuit', 'Noodle']);
    expect(first.events.filter((event) => event.type === 'task-stopped')).toHaveLength(1);
    expect(second.events).toEqual(first.events);
  });
});
