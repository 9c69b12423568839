// Level files that passed every check and then hung the tools or broke the build: a time limit of 1e308,
// a copied level that kept its id, a lone UTF-16 surrogate, a file nested thousands deep, `__proto__`.
// Each is now refused with the file, the JSON path and what to do, by the check and by the game alike.

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access --
   these tests break a level file on purpose, so the JSON they edit is untyped by design. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/levels/level-catalog-rules';
import { MAX_JSON_DEPTH, MAX_PROBLEMS } from '../../src/levels/check-json-limits';
import { MAX_HOST_SECONDS } from '../../src/levels/check-references';
import { formatLevelProblems, parseLevel, parseLevelText, type LevelProblem } from '../../src/levels/parse-level';
import { MAX_SHIFT_SECONDS } from '../../src/levels/level-schema';
import { hostCount, levelJson, scaledFleet, type LevelJson } from '../support/level-variants';
import { runTool, STACK_TRACE } from '../support/run-tool';

const FILE = 'levels/hostile.json';
const scratch = mkdtempSync(join(tmpdir(), 'snafu-hostile-'));

function problemsOf(json: unknown): LevelProblem[] {
  const result = parseLevel(json, FILE);
  return result.ok ? [] : result.problems;
}

function brokenBy(change: (level: LevelJson) => void): LevelProblem[] {
  const json = levelJson();
  change(json);
  return problemsOf(json);
}

function write(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

/** Every number in the file, by its path, so each can be pushed past any sensible bound. */
function numberPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => numberPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => numberPaths(item, [...path, key]));
  return [];
}

function jsonPathOf(path: ReadonlyArray<string | number>): string {
  return `$${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('')}`;
}

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { again: value };
  return value;
}

describe('a level with numbers too big to play', () => {
  it('is refused when its time limit is 1e308, with the bound in a trainer’s words', () => {
    expect(brokenBy((level) => (level.resolution.timeLimitSeconds = 1e308))).toEqual([
      { file: FILE, path: '$.resolution.timeLimitSeconds', message: `expected at most ${MAX_SHIFT_SECONDS} seconds (12 hours, the longest a level may last), got 1e+308` },
    ]);
  });

  it('is refused by levels:check and by sim with the file and the path, at once and without a stack trace', () => {
    const file = write('endless.json', JSON.stringify({ ...levelJson(), resolution: { ...levelJson().resolution, timeLimitSeconds: 1e308 } }));
    const check = runTool('levels-check.ts', [file]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${file}: $.resolution.timeLimitSeconds: expected at most ${MAX_SHIFT_SECONDS} seconds`);
    const sim = runTool('sim.ts', ['--level', file], 30_000);
    expect(sim.status).toBe(1);
    expect(sim.stderr).toContain(`${file}: $.resolution.timeLimitSeconds: expected at most`);
    expect(`${check.stdout}${check.stderr}${sim.stderr}`).not.toMatch(STACK_TRACE);
  }, 60_000);

  it('has an upper bound on every number it carries: each one at 1e308 is refused at its own path', () => {
    const paths = numberPaths(levelJson());
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const json = levelJson();
      let parent: any = json;
      for (const segment of path.slice(0, -1)) parent = parent[segment];
      parent[path.at(-1)!] = 1e308;
      const problems = problemsOf(json);
      expect(problems.map((problem) => problem.path), jsonPathOf(path)).toContain(jsonPathOf(path));
    }
  });

  it('loads a fleet 20 times the real one, and refuses one that big for 12 hours, saying how long it may run', () => {
    const big = scaledFleet(levelJson(), 20);
    expect(hostCount(big)).toBeGreaterThan(8_000);
    expect(parseLevel(big, FILE)).toMatchObject({ ok: true });
    big.resolution.timeLimitSeconds = MAX_SHIFT_SECONDS;
    const longest = Math.floor(MAX_HOST_SECONDS / hostCount(big));
    expect(problemsOf(big)).toEqual([
      {
        file: FILE,
        path: '$.resolution.timeLimitSeconds',
        message: `${hostCount(big)} hosts for ${MAX_SHIFT_SECONDS} seconds is more than a run can play in good time (hosts × seconds may be at most ${MAX_HOST_SECONDS}); with this fleet, make the time limit at most ${longest} seconds, or make the fleet smaller`,
      },
    ]);
  });

  it('plays the real fleet for a whole 12-hour shift', () => {
    expect(parseLevel({ ...levelJson(), resolution: { ...levelJson().resolution, timeLimitSeconds: MAX_SHIFT_SECONDS } }, FILE)).toMatchObject({ ok: true });
  });

  it('refuses a pool whose hosts serve next to nothing, which would overflow the load to Infinity', () => {
    expect(brokenBy((level) => (level.tiers[0].capacityRequestsPerSecond = 1e-300))).toEqual([
      { file: FILE, path: '$.tiers[0].capacityRequestsPerSecond', message: 'a tier in pool "web" must serve at least 0.01 requests per second, got 1e-300' },
    ]);
  });
});

describe('a level with text the build or the browser cannot carry', () => {
  it('is refused for a lone UTF-16 surrogate, named by its path (it used to break vite build)', () => {
    const text = levelJson();
    const withSurrogate = JSON.stringify(text).replace('"title":"The Apache SNAFU"', '"title":"The Apache \\ud800SNAFU"');
    expect(withSurrogate).toContain('\\ud800');
    const parsed = parseLevelText(withSurrogate, FILE);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([
      {
        file: FILE,
        path: '$.title',
        message: 'the text has half of a character at character 12 (a lone UTF-16 surrogate, \\ud800), which the game cannot build or show; remove it, or write the whole character',
      },
    ]);
  });

  it('finds a lone surrogate anywhere: deep in a list, at the end of a text, in a field name', () => {
    expect(brokenBy((level) => (level.comms.posts[1].wordings[0].text = 'help \udc00')).map((problem) => problem.path)).toEqual(['$.comms.posts[1].wordings[0].text']);
    expect(brokenBy((level) => (level.script[0].text = 'ends badly \ud83d')).map((problem) => problem.path)).toEqual(['$.script[0].text']);
    expect(brokenBy((level) => (level.chef['odd\ud800'] = 1))[0]).toMatchObject({ path: '$.chef["odd\\ud800"]', message: expect.stringMatching(/^this field name: the text has half of a character/) as string });
  });

  it('keeps whole characters outside the basic plane, such as emoji', () => {
    expect(parseLevel({ ...levelJson(), title: 'The Apache SNAFU 🐈' }, FILE)).toMatchObject({ ok: true });
  });

  it('refuses control characters, but takes line breaks and tabs where text runs over lines', () => {
    expect(brokenBy((level) => (level.summary = 'bell \u0007 here'))).toEqual([
      { file: FILE, path: '$.summary', message: 'the text has the invisible control character U+0007 at character 6, which the game cannot show; remove it (write a line break as \\n)' },
    ]);
    expect(brokenBy((level) => (level.briefing[0] = 'line one\r\nline two')).map((problem) => problem.path)).toEqual(['$.briefing[0]']);
    expect(brokenBy((level) => (level.briefing[0] = 'escape \u009b here')).map((problem) => problem.path)).toEqual(['$.briefing[0]']);
    expect(parseLevel({ ...levelJson(), briefing: ['one line\nanother\tindented'] }, FILE)).toMatchObject({ ok: true });
  });

  it('refuses a line break in a name or label, which is shown on one line', () => {
    expect(brokenBy((level) => (level.tiers[2].label = 'API\nservers'))).toEqual([
      { file: FILE, path: '$.tiers[2].label', message: 'expected text on one line (no line breaks or tabs), got "API\\nservers" (text)' },
    ]);
  });

  it('refuses absurdly long text, saying how long it may be', () => {
    expect(brokenBy((level) => (level.summary = 'x'.repeat(50_000)))).toEqual([{ file: FILE, path: '$.summary', message: 'expected at most 4000 characters, got 50000 characters' }]);
    expect(brokenBy((level) => (level.title = 'T'.repeat(201)))).toEqual([{ file: FILE, path: '$.title', message: 'expected at most 200 characters, got 201 characters' }]);
  });
});

describe('a level shaped to crash whatever walks it', () => {
  it('is refused, quickly, when nested 20,000 levels deep, at the depth where it went too far', () => {
    const started = performance.now();
    const problems = brokenBy((level) => (level.chef.nested = deep(20_000)));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(`$.chef.nested${'.again'.repeat(MAX_JSON_DEPTH - 2)}`);
    expect(problems[0]!.message).toBe(`nested more than ${MAX_JSON_DEPTH} levels deep; no level or replay needs that (was part of the file pasted into itself?)`);
  });

  it('is refused when read from text 20,000 lists deep, without a stack trace', () => {
    const parsed = parseLevelText(`${'['.repeat(20_000)}${']'.repeat(20_000)}`, FILE);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]!.message).toMatch(/^nested more than \d+ levels deep/);
  });

  it('refuses a __proto__ field instead of dropping it, naming where it is', () => {
    const text = JSON.stringify(levelJson()).replace('"healthCheckSeconds":', '"__proto__":{"polluted":true},"healthCheckSeconds":');
    const parsed = parseLevelText(text, FILE);
    expect(!parsed.ok && parsed.problems).toEqual([
      {
        file: FILE,
        path: '$.loadBalancer.__proto__',
        message: 'the field name "__proto__" is not allowed: it is part of how JavaScript builds objects, and the game refuses a file that uses it (remove the field)',
      },
    ]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype fields too', () => {
    expect(brokenBy((level) => (level.tiers[0].constructor = 1)).map((problem) => problem.path)).toEqual(['$.tiers[0].constructor']);
    expect(brokenBy((level) => (level.prototype = {})).map((problem) => problem.path)).toEqual(['$.prototype']);
  });

  it('refuses a list of a million items without looking at each', () => {
    const started = performance.now();
    const problems = brokenBy((level) => (level.briefing = Array.from({ length: 1_000_000 }, () => 'again')));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(problems).toEqual([{ file: FILE, path: '$.briefing', message: 'a list of 1000000 items; a level or replay file has at most 10000 in one list' }]);
  });

  it('lists at most a screenful of problems, and says how many more there are', () => {
    const problems = brokenBy((level) => (level.script = Array.from({ length: 900 }, () => 7)));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({ file: FILE, path: '$', message: `… and ${900 - MAX_PROBLEMS} more problems (fix these first)` });
  });

  it('is refused by levels:check when the file is not UTF-8 text, with the line', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "id": "x'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n}\n')]);
    const file = join(scratch, 'latin1.json');
    writeFileSync(file, bytes);
    const check = runTool('levels-check.ts', [file]);
    expect(check.status).toBe(1);
    expect(check.stdout.trim()).toBe(`${file}: $: at line 2, column 11: the file is not UTF-8 text; save it as UTF-8 in your editor`);
  }, 30_000);
});

describe('two levels with the same id', () => {
  const original = levelJson();
  const copy = { ...levelJson(), title: 'My copy' };

  it('keep the original in the game’s menu, and leave the copy out with a notice naming both files', () => {
    const catalog = catalogOf({ '../levels/apache-snafu-copy.json': copy, '../levels/apache-snafu.json': original, '../levels/chat-down.json': levelJson('chat-down') });
    expect(catalog.levels.map((level) => level.meta.title)).toEqual(['The Apache SNAFU', 'Chat is down too']);
    expect(catalog.problems).toEqual([
      'levels/apache-snafu-copy.json: $.id: the level id "apache-snafu" is already used by levels/apache-snafu.json, so the game leaves this one out: give this level its own "id" (a copied level keeps its original\'s id until you change it)',
    ]);
  });

  it('keep the first file when neither is named after the id', () => {
    const catalog = catalogOf({ '../levels/b.json': copy, '../levels/a.json': original });
    expect(catalog.levels.map((level) => level.meta.title)).toEqual(['The Apache SNAFU']);
    expect(catalog.problems).toHaveLength(1);
    expect(catalog.problems[0]).toMatch(/^levels\/b\.json: \$\.id: the level id "apache-snafu" is already used by levels\/a\.json/);
  });

  it('both load once the copy has its own id', () => {
    const catalog = catalogOf({ '../levels/apache-snafu.json': original, '../levels/my-copy.json': { ...copy, id: 'my-copy' } });
    expect(catalog.problems).toEqual([]);
    expect(catalog.levels).toHaveLength(2);
  });

  it('fail levels:check, which names both files', () => {
    const folder = mkdtempSync(join(scratch, 'levels-'));
    const first = join(folder, 'apache-snafu.json');
    const second = join(folder, 'apache-snafu-copy.json');
    writeFileSync(first, JSON.stringify(original));
    writeFileSync(second, JSON.stringify(copy));
    const check = runTool('levels-check.ts', [second, first]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`ok  ${first} (The Apache SNAFU, 409 hosts)`);
    expect(check.stdout).toContain(`${second}: $.id: the level id "apache-snafu" is already used by ${first}, and the game would show only one of them`);
    expect(check.stdout).not.toContain(`ok  ${second}`);
  }, 30_000);

  it('the game’s own levels do not share ids', () => {
    const catalog = catalogOf({ '../levels/apache-snafu.json': levelJson(), '../levels/chat-down.json': levelJson('chat-down') });
    expect(formatLevelProblems([])).toBe('');
    expect(catalog.problems).toEqual([]);
  });
});
