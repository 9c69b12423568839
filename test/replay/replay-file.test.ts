// Replay files: the commands of a run with their ticks. A bad one is refused with the file, the JSON
// path and what was expected, never a stack trace.

import { describe, expect, it } from 'vitest';
import { formatLevelProblems } from '../../src/levels/level-problem';
import { DEBRIEF_EXPORT_FORMAT, parseReplay, replayJson } from '../../src/replay/replay-file';
import { bundledReplay } from '../support/level-files';

const FILE = 'my.replay.json';
const valid = { replayVersion: 1, level: 'apache-snafu', title: 'Mine', commands: [{ atTick: 5, type: 'view-site' }] };

function problemsOf(json: unknown): string {
  const parsed = parseReplay(json, FILE);
  return parsed.ok ? 'ok' : formatLevelProblems(parsed.problems);
}

describe('replay files', () => {
  it('read into commands with their ticks', () => {
    const parsed = parseReplay(valid, FILE);
    expect(parsed).toEqual({ ok: true, replay: { level: 'apache-snafu', title: 'Mine', description: '', seed: null, commands: [{ atTick: 5, command: { type: 'view-site' } }] } });
  });

  it('bundled with the level parse, historical and skilled alike', () => {
    expect(bundledReplay('historical').commands.length).toBeGreaterThan(3);
    expect(bundledReplay('skilled').commands.length).toBeGreaterThan(10);
  });

  it('name an unknown command type and list the known ones', () => {
    expect(problemsOf({ ...valid, commands: [{ atTick: 5, type: 'reboot-everything' }] })).toMatch(
      /^my\.replay\.json: \$\.commands\[0\](\.type)?: expected a "type" that is one of run-chef, stop-chef/,
    );
  });

  it('point at a wrong field of a command, with what it should be', () => {
    expect(problemsOf({ ...valid, commands: [{ atTick: 5, type: 'run-chef', hosts: ['@web'], concurrency: 0 }] })).toBe(
      'my.replay.json: $.commands[0].concurrency: expected a whole number of at least 1, got 0',
    );
  });

  it('suggest the field meant when one is misspelt', () => {
    expect(problemsOf({ ...valid, commands: [{ atTick: 5, type: 'run-chef', hosts: ['@web'], concurency: 5 }] })).toBe(
      'my.replay.json: $.commands[0].concurency: unknown field "concurency" (did you mean "concurrency"?)',
    );
  });

  it('take jobs for responders, investigations included', () => {
    const commands = [
      { atTick: 5, type: 'assign-job', responder: 'miso', job: { type: 'investigate', topic: 'php7' } },
      { atTick: 6, type: 'assign-job', responder: 'pixel', job: { type: 'run-chef', hosts: ['@tools'], concurrency: 7 } },
    ];
    expect(problemsOf({ ...valid, commands })).toBe('ok');
    expect(problemsOf({ ...valid, commands: [{ atTick: 5, type: 'assign-job', responder: 'miso', job: { type: 'investigate', topic: 'ufo' } }] })).toContain(
      '$.commands[0].job.topic: expected one of "broken-host", "php7", "mirror", "monitoring"',
    );
  });

  it('refuse commands out of time order', () => {
    expect(
      problemsOf({
        ...valid,
        commands: [
          { atTick: 50, type: 'view-site' },
          { atTick: 5, type: 'view-site' },
        ],
      }),
    ).toBe('my.replay.json: $.commands[1].atTick: expected commands in time order, got tick 5 after tick 50');
  });

  it('refuse anything that is not a replay, without throwing', () => {
    for (const garbage of [null, 42, 'x', [], { replayVersion: 2 }]) expect(problemsOf(garbage)).toMatch(/^my\.replay\.json: \$/);
  });
});

describe('a debrief exported from the game', () => {
  it('reads as the replay of its run', () => {
    const commands = [
      { atTick: 62, command: { type: 'stop-chef' as const, hosts: ['@web'], concurrency: 25 } },
      { atTick: 90, command: { type: 'view-site' as const } },
    ];
    const exported = { format: DEBRIEF_EXPORT_FORMAT, version: 1, score: { total: 50 }, replay: replayJson('apache-snafu', 'A run on seed 4', 4, commands) };
    const parsed = parseReplay(JSON.parse(JSON.stringify(exported)), 'debrief.json');
    expect(parsed.ok && parsed.replay).toMatchObject({ level: 'apache-snafu', seed: 4, commands });
  });
});
