// A facilitator's round trip: the JSON a player downloads from the end screen goes straight into
// `npm run sim -- --replay`, which plays the same run again, prints the same score, and lists the events
// the score sheet's evidence points at, by their place in the run.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debriefExport } from '../../src/session/debrief-export';
import type { SimEvent } from '../../src/sim/events';
import { referenceRun } from '../support/debrief-of';
import { repoPath } from '../support/level-files';

describe('npm run sim -- --replay <a downloaded debrief>', () => {
  it('plays the run again with the same score, and every piece of evidence names one of its events', () => {
    const exported = debriefExport(referenceRun('historical', 2).debrief, { player: 'Ada', playedAt: '2026-12-01T10:00:00.000Z' });
    const file = join(mkdtempSync(join(tmpdir(), 'snafu-export-')), 'debrief.json');
    writeFileSync(file, `${JSON.stringify(exported, null, 2)}\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', repoPath('scripts/sim.ts'), '--level', 'levels/apache-snafu.json', '--replay', file], {
      cwd: repoPath('.'),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { seed: number; score: { total: number; familyTotal: number }; events: SimEvent[] };
    expect(report.seed).toBe(2);
    expect(report.score.total).toBe(exported.scoreSheet.total);
    expect(report.score.familyTotal).toBe(exported.scoreSheet.familyTotal);
    const cited = [...exported.scoreSheet.adjustments, ...exported.scoreSheet.families.flatMap((family) => family.lines)].flatMap((line) => line.evidence);
    for (const evidence of cited) expect(report.events[evidence.event]).toMatchObject({ type: evidence.type, tick: evidence.tick });
  }, 30_000);
});
