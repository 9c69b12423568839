// Replay files built to hurt the tools: nested 20,000 deep (a stack overflow in `sim`), a `__proto__`
// field inside a command (dropped silently by the schema), thousands of fan-outs at one tick (minutes of
// simulation). Each is now refused with the file and the JSON path, or played in bounded time.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/levels/check-json-limits';
import { formatLevelProblems } from '../../src/levels/level-problem';
import { parseJsonText } from '../../src/levels/parse-json-text';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { DEBRIEF_EXPORT_FORMAT, MAX_COMMANDS_PER_TICK, MAX_REPLAY_COMMANDS, parseReplay } from '../../src/replay/replay-file';
import { MAX_TASKS_PER_HOST } from '../../src/sim/apply-command';
import type { Command } from '../../src/sim/commands';
import { bundledLevel } from '../support/level-files';
import { runTool, STACK_TRACE } from '../support/run-tool';

const FILE = 'hostile.replay.json';
const scratch = mkdtempSync(join(tmpdir(), 'snafu-hostile-replay-'));
const replay = (commands: unknown[]) => ({ replayVersion: 1, level: 'apache-snafu', title: 'Hostile', commands });

function problemsOf(json: unknown): string {
  const parsed = parseReplay(json, FILE);
  return parsed.ok ? 'ok' : formatLevelProblems(parsed.problems);
}

function problemsOfText(text: string): string {
  const json = parseJsonText(text, FILE);
  return json.ok ? problemsOf(json.value) : formatLevelProblems(json.problems);
}

function write(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

/** A debrief export whose replay is another debrief export, and so on, `levels` deep. */
function nestedDebriefs(levels: number): string {
  const open = `{"format":"${DEBRIEF_EXPORT_FORMAT}","replay":`.repeat(levels);
  return `${open}${JSON.stringify(replay([]))}${'}'.repeat(levels)}`;
}

describe('a replay nested 20,000 levels deep', () => {
  it('is refused, not a stack overflow, when debrief exports are nested inside each other', () => {
    const started = performance.now();
    const problems = problemsOfText(nestedDebriefs(20_000));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(problems).toBe(
      `${FILE} (its replay): $${'.replay'.repeat(MAX_JSON_DEPTH)}: nested more than ${MAX_JSON_DEPTH} levels deep; no level or replay needs that (was part of the file pasted into itself?)`,
    );
  });

  it('is refused when a command field holds lists 20,000 deep', () => {
    const text = JSON.stringify(replay([{ atTick: 1, type: 'run-chef', hosts: 'HOSTS' }])).replace('"HOSTS"', `${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(problemsOfText(text)).toMatch(/^hostile\.replay\.json: \$\.commands\[0\]\.hosts(\[0\])+: nested more than 20 levels deep/);
  });

  it('makes npm run sim exit 1 with the file and the path, never a stack trace', () => {
    const file = write('deep.replay.json', nestedDebriefs(20_000));
    const run = runTool('sim.ts', ['--level', 'levels/apache-snafu.json', '--replay', file], 30_000);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(its replay\\): \\$(\\.replay)+: nested more than`));
    expect(run.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);
});

describe('a replay with a __proto__ field', () => {
  it('is refused, naming the path, instead of having the field dropped', () => {
    const text = JSON.stringify(replay([{ atTick: 1, type: 'view-site' }])).replace('"type":"view-site"', '"type":"view-site","__proto__":{"type":"end-incident"}');
    expect(problemsOfText(text)).toBe(
      `${FILE}: $.commands[0].__proto__: the field name "__proto__" is not allowed: it is part of how JavaScript builds objects, and the game refuses a file that uses it (remove the field)`,
    );
  });

  it('is refused inside a responder’s job too, and so are constructor and prototype', () => {
    const text = JSON.stringify(replay([{ atTick: 1, type: 'assign-job', responder: 'sam', job: { type: 'view-site', constructor: 1 } }]));
    expect(problemsOfText(text)).toMatch(/^hostile\.replay\.json: \$\.commands\[0\]\.job\.constructor: the field name "constructor" is not allowed/);
    expect(problemsOf({ ...replay([]), prototype: {} })).toMatch(/^hostile\.replay\.json: \$\.prototype: the field name "prototype" is not allowed/);
  });

  it('makes npm run sim exit 1 with the file and the path', () => {
    const file = write('proto.replay.json', '{"replayVersion":1,"level":"apache-snafu","title":"t","commands":[{"atTick":1,"type":"view-site","__proto__":{}}]}');
    const run = runTool('sim.ts', ['--level', 'levels/apache-snafu.json', '--replay', file], 30_000);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/: \$\.commands\[0\]\.__proto__: the field name "__proto__" is not allowed/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);
});

describe('a replay with too many commands', () => {
  const fanOut = (atTick: number) => ({ atTick, type: 'run-chef', hosts: ['@all'], concurrency: 50 });

  it('is refused past MAX_REPLAY_COMMANDS', () => {
    const commands = Array.from({ length: MAX_REPLAY_COMMANDS + 1 }, (_, index) => ({ atTick: Math.floor(index / 10), type: 'view-site' }));
    expect(problemsOf(replay(commands))).toBe(
      `${FILE}: $.commands: expected at most ${MAX_REPLAY_COMMANDS} commands, each with an atTick and a type, got a list of ${MAX_REPLAY_COMMANDS + 1} items`,
    );
  });

  it('is refused with more than MAX_COMMANDS_PER_TICK at one tick: 2,000 fan-outs at tick 5', () => {
    const commands = Array.from({ length: 2_000 }, () => fanOut(5));
    expect(problemsOf(replay(commands))).toBe(
      `${FILE}: $.commands[${MAX_COMMANDS_PER_TICK}]: more than ${MAX_COMMANDS_PER_TICK} commands at tick 5; a replay gives at most ${MAX_COMMANDS_PER_TICK} in one tick (are the atTick values right?)`,
    );
  });

  it('plays 2,000 fan-outs over the whole fleet given at one tick in seconds, refusing those past the per-host bound', () => {
    const level = bundledLevel();
    const command: Command = { type: 'run-chef', hosts: ['@all'], concurrency: 50 };
    const commands: TimedCommand[] = Array.from({ length: 2_000 }, () => ({ atTick: 5, command }));
    const started = performance.now();
    const run = playRun(level.sim, 1, commands);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.state.incident.outcome?.reason).toBe('time-limit');
    const refused = run.events.filter((event) => event.type === 'command-refused');
    expect(refused).toHaveLength(2_000 - MAX_TASKS_PER_HOST);
    expect(refused[0]).toMatchObject({
      tick: 5,
      reason: `web-001 and 408 other hosts already have ${MAX_TASKS_PER_HOST} tasks running (fan-outs and ssh sessions): wait for one to finish before giving them more.`,
    });
  }, 60_000);

  it('plays 2,000 fan-outs given as fast as a replay may give them, through npm run sim, in bounded time', () => {
    const commands = Array.from({ length: 2_000 }, (_, index) => fanOut(5 + Math.floor(index / MAX_COMMANDS_PER_TICK)));
    const file = write('fan-outs.replay.json', JSON.stringify(replay(commands)));
    const run = runTool('sim.ts', ['--level', 'levels/apache-snafu.json', '--replay', file, '--no-events'], 60_000);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.ms).toBeLessThan(45_000);
  }, 90_000);
});

describe('a replay whose first command is malformed', () => {
  it('is refused with that command’s problem, not a crash when the next one is read (found by the fuzz test)', () => {
    expect(
      problemsOf(
        replay([
          { atTick: 1, type: 'view-site', extra: 1 },
          { atTick: 2, type: 'view-site' },
        ]),
      ),
    ).toBe(`${FILE}: $.commands[0].extra: unknown field "extra" (the fields here are type, by)`);
  });
});

describe('a replay that does not fit its level', () => {
  it('is refused by npm run sim when a command comes after the time limit', () => {
    const file = write('late.replay.json', JSON.stringify(replay([{ atTick: 3_601, type: 'view-site' }])));
    const run = runTool('sim.ts', ['--level', 'levels/apache-snafu.json', '--replay', file], 30_000);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${file}: $.commands[0].atTick: tick 3601 is after the level's time limit (tick 3600: resolution.timeLimitSeconds of level "apache-snafu"), so this command would never be given`,
    );
  }, 60_000);

  it('is refused with a lone surrogate in a post, which the debrief could not carry', () => {
    const text = JSON.stringify(replay([{ atTick: 1, type: 'post-message', channel: 'ops', text: 'TEXT' }])).replace('TEXT', 'on it \\udfff');
    expect(problemsOfText(text)).toMatch(/^hostile\.replay\.json: \$\.commands\[0\]\.text: the text has half of a character at character 7/);
  });

  it('is refused with absurdly long text or host lists', () => {
    expect(problemsOf(replay([{ atTick: 1, type: 'post-message', channel: 'ops', text: 'x'.repeat(5_000) }]))).toBe(
      `${FILE}: $.commands[0].text: expected at most 4000 characters, got 5000 characters`,
    );
    expect(problemsOf(replay([{ atTick: 1, type: 'run-chef', hosts: ['@all'], by: 'a'.repeat(300) }]))).toBe(
      `${FILE}: $.commands[0].by: expected at most 200 characters, got 300 characters`,
    );
  });
});
