// Answering the change's author, in replay files: approve-change and hold-change are read as strictly as
// every other command, checked against the level like the rest, and played back through the same step.

import { describe, expect, it } from 'vitest';
import { formatLevelProblems } from '../../src/levels/level-problem';
import { checkReplay } from '../../src/replay/check-replay';
import { playRun } from '../../src/replay/play-run';
import { parseReplay } from '../../src/replay/replay-file';
import { bundledLevel } from '../support/level-files';

const FILE = 'my.replay.json';
const replayOf = (commands: unknown[], level = 'hindsight') => ({ replayVersion: 1, level, title: 'Mine', commands });

function problemsOf(commands: unknown[]): string {
  const parsed = parseReplay(replayOf(commands), FILE);
  return parsed.ok ? 'ok' : formatLevelProblems(parsed.problems);
}

describe('approve-change and hold-change in a replay', () => {
  it('read into commands, a hold with or without its reason', () => {
    const parsed = parseReplay(
      replayOf([
        { atTick: 8, type: 'hold-change', reason: 'staging first' },
        { atTick: 9, type: 'hold-change' },
        { atTick: 300, type: 'approve-change', by: 'player' },
      ]),
      FILE,
    );
    expect(parsed.ok && parsed.replay.commands.map((timed) => timed.command)).toEqual([
      { type: 'hold-change', reason: 'staging first' },
      { type: 'hold-change' },
      { type: 'approve-change', by: 'player' },
    ]);
  });

  it('are refused with the path and what was expected when malformed', () => {
    expect(problemsOf([{ atTick: 5, type: 'hold-change', reason: 42 }])).toMatch(/^my\.replay\.json: \$\.commands\[0\]\.reason: expected/);
    expect(problemsOf([{ atTick: 5, type: 'approve-change', version: '2.2.22' }])).toMatch(/^my\.replay\.json: \$\.commands\[0\]/);
  });

  it('are checked against the level: an answer on a level with no review is refused at its place', () => {
    const check = checkReplay(replayOf([{ atTick: 30, type: 'hold-change' }], 'apache-snafu'), FILE, (id) => bundledLevel(id));
    expect(check.ok ? 'ok' : formatLevelProblems(check.problems)).toBe('my.replay.json: $.commands[0]: refused at tick 30: Nobody has asked you to look at a change here.');
  });

  it('play back the same run twice, and a replay that ends the level early gives nothing after it', () => {
    const level = bundledLevel('hindsight');
    const commands = [
      { atTick: 8, type: 'hold-change' },
      { atTick: 9, type: 'test-in-staging', version: '2.2.22' },
    ];
    const parsed = parseReplay(replayOf(commands), FILE);
    if (!parsed.ok) throw new Error(formatLevelProblems(parsed.problems));
    const first = playRun(level.sim, 1, parsed.replay.commands);
    expect(playRun(level.sim, 1, parsed.replay.commands).events).toEqual(first.events);
    const late = checkReplay(replayOf([...commands, { atTick: 900, type: 'approve-change' }]), FILE, (id) => bundledLevel(id));
    expect(late.ok ? 'ok' : formatLevelProblems(late.problems)).toMatch(/^my\.replay\.json: \$\.commands\[2\]: never given: the level ended at tick \d+, before tick 900$/);
  });
});
