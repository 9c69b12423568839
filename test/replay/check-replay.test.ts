// A replay is checked against its level before a session: it must belong to that level, and the world
// must accept every command in it.

import { describe, expect, it } from 'vitest';
import { checkReplay } from '../../src/replay/check-replay';
import { bundledLevel, bundledReplay } from '../support/level-files';

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
    // The skilled response hands over once the site is whole: nothing after that is given.
    const skilled = bundledReplay('skilled').commands;
    const checked = checkReplay(replay([...skilled.map(({ atTick, command }) => ({ atTick, ...command })), { atTick: 3500, type: 'view-site' }]), 'r.json', levelFor);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]).toMatchObject({
      path: `$.commands[${skilled.length}]`,
      message: expect.stringMatching(/^never given: the level ended at tick \d+, before tick 3500$/) as string,
    });
  });

  it('refuses, before playing, commands after the time limit of the level', () => {
    const checked = checkReplay(
      replay([
        { atTick: 5, type: 'view-site' },
        { atTick: 3601, type: 'view-site' },
        { atTick: 4000, type: 'view-site' },
      ]),
      'r.json',
      levelFor,
    );
    expect(checked).toEqual({
      ok: false,
      problems: [
        {
          file: 'r.json',
          path: '$.commands[1].atTick',
          message: 'tick 3601 is after the level\'s time limit (tick 3600: resolution.timeLimitSeconds of level "apache-snafu"), so this command and the 1 after it would never be given',
        },
      ],
    });
  });

  it('refuses a tick no level reaches, before looking for the level', () => {
    const checked = checkReplay(replay([{ atTick: 999_999, type: 'view-site' }]), 'r.json', levelFor);
    expect(checked).toEqual({
      ok: false,
      problems: [{ file: 'r.json', path: '$.commands[0].atTick', message: 'expected at most tick 43200 (a tick is a game second; no level lasts more than 12 hours), got 999999' }],
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
