// A replay is checked against its level before a session: it must belong to that level, and the world
// must accept every command in it.

import { describe, expect, it } from 'vitest';
import { checkReplay } from '../../src/replay/check-replay';
import { bundledLevel } from '../support/level-files';

const level = bundledLevel();
const levelFor = (id: string) => (id === 'apache-snafu' ? level : `no level "${id}" here`);
const replay = (commands: unknown[], levelId = 'apache-snafu') => ({ replayVersion: 1, level: levelId, title: 'Mine', commands });

describe('checking a replay', () => {
  it('plays it through and says how it ended', () => {
    const checked = checkReplay(replay([{ atTick: 700, type: 'run-chef', hosts: ['@web', '@api'], concurrency: 25 }]), 'r.json', levelFor);
    expect(checked).toMatchObject({ ok: true, outcome: expect.stringMatching(/^recovered at tick \d+$/) as string });
  });

  it('points at each command the world refuses, with the reason', () => {
    const checked = checkReplay(
      replay([
        { atTick: 3, type: 'view-site' },
        { atTick: 3, type: 'run-chef', hosts: ['web-999'] },
        { atTick: 9, type: 'pause-chef' },
      ]),
      'r.json',
      levelFor,
    );
    expect(checked).toEqual({
      ok: false,
      problems: [
        { file: 'r.json', path: '$.commands[1]', message: 'refused at tick 3: no host named "web-999"' },
        { file: 'r.json', path: '$.commands[2]', message: 'refused at tick 9: There is no fleet-wide Chef switch here: stop chef-client on the hosts instead.' },
      ],
    });
  });

  it('reports commands the level never got to, because it had ended', () => {
    const checked = checkReplay(replay([{ atTick: 999_999, type: 'view-site' }]), 'r.json', levelFor);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]).toMatchObject({
      path: '$.commands[0]',
      message: expect.stringMatching(/^never given: the level ended at tick \d+, before tick 999999$/) as string,
    });
  });

  it('says when it cannot tell which of several same commands at a tick was refused', () => {
    const checked = checkReplay(
      replay([
        { atTick: 10, type: 'check-host', host: 'web-001', method: 'ssh' },
        { atTick: 10, type: 'check-host', host: 'web-999', method: 'ssh' },
      ]),
      'r.json',
      levelFor,
    );
    expect(!checked.ok && checked.problems[0]).toEqual({
      file: 'r.json',
      path: '$.commands[0 or 1]',
      message: 'refused at tick 10 (one of the 2 check-host commands at that tick): There is no host named "web-999".',
    });
  });

  it('refuses a replay for a level it cannot find', () => {
    expect(checkReplay(replay([], 'quiet-shift'), 'r.json', levelFor)).toEqual({
      ok: false,
      problems: [{ file: 'r.json', path: '$.level', message: 'no level "quiet-shift" here' }],
    });
  });
});
