// The command-line tools a trainer uses: `npm run sim` plays a level headless and prints one JSON
// document; bad files get a message naming the file, never a stack trace.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/replay/run-report';
import { repoPath } from '../support/level-files';

function tool(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  // A whole hour's events run past spawnSync's default 1 MB of output.
  const result = spawnSync(process.execPath, ['--import', 'tsx', repoPath(`scripts/${script}`), ...args], { cwd: repoPath('.'), encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'snafu-cli-'));

describe('npm run sim', () => {
  it('prints the run as one JSON document: level, seed, outcome, a timeline every game minute, and the events', () => {
    const run = tool('sim.ts', ['--level', 'levels/apache-snafu.json', '--seed', '4', '--replay', 'levels/apache-snafu.historical.replay.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as RunReport;
    expect(report.level).toEqual({ id: 'apache-snafu', title: 'The Apache SNAFU' });
    expect(report.seed).toBe(4);
    expect(report.outcome?.result).toBe('recovered');
    expect(report.timeline[11]).toMatchObject({ minute: 12, monitoringCanSee: { hostStatus: expect.any(Boolean) as boolean, dashboards: expect.any(Boolean) as boolean } });
    expect(Object.keys(report.timeline[0]!.tiers)).toContain('php7');
    expect(report.timeline[0]!.site).toEqual({
      status: expect.any(String) as string,
      p50LatencyMs: expect.any(Number) as number,
      errorRate: expect.any(Number) as number,
      serving: expect.any(Number) as number,
    });
    expect(report.events.some((event) => event.type === 'pin-changed')).toBe(true);
  }, 30_000);

  it('refuses a bad replay with the file, the path and what was expected', () => {
    const file = join(scratch, 'bad.replay.json');
    writeFileSync(file, JSON.stringify({ replayVersion: 1, level: 'apache-snafu', title: 'Bad', commands: [{ atTick: -1, type: 'view-site' }] }));
    const run = tool('sim.ts', ['--level', 'levels/apache-snafu.json', '--replay', file]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${file}: $.commands[0].atTick: expected a whole number of at least 0, got -1`);
  });

  it('refuses a replay made for another level', () => {
    const file = join(scratch, 'other.replay.json');
    writeFileSync(file, JSON.stringify({ replayVersion: 1, level: 'quiet-shift', title: 'Other', commands: [] }));
    const run = tool('sim.ts', ['--level', 'levels/apache-snafu.json', '--replay', file]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${file}: $.level: this replay is for level "quiet-shift", not "apache-snafu"`);
  });

  it('says how to call it when an option is wrong', () => {
    const run = tool('sim.ts', ['--level', 'levels/apache-snafu.json', '--sed', '3']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --sed');
    expect(run.stderr).toContain('usage: npm run sim');
  });
});

describe('npm run levels:check', () => {
  it('passes the bundled level', () => {
    const run = tool('levels-check.ts', ['levels/apache-snafu.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('levels/apache-snafu.json');
  });

  it('fails a broken level with the file, the path and what is wrong, and no stack trace', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{ "schemaVersion": 1, }');
    const run = tool('levels-check.ts', [file]);
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain(`${file}: $: not valid JSON at line 1, column`);
    expect(`${run.stdout}${run.stderr}`).not.toContain('    at ');
  });
});
