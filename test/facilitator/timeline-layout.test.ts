// The shared timeline's geometry and the game clock it reads in: every run on one axis, each moment at
// its share of the shift, and the clock as the top bar shows it.

import { describe, expect, it, vi } from 'vitest';
import { clockAt, minutesBetween } from '../../src/facilitator/game-clock';
import { momentsOf } from '../../src/facilitator/moments-of';
import { readRunFile, type LoadedRun } from '../../src/facilitator/run-file';
import { timelineLayout } from '../../src/facilitator/timeline-layout';
import { buildContext, referenceExportText } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

function load(name: string, text: string): LoadedRun {
  const result = readRunFile(name, text, buildContext());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.run;
}

describe('the game clock', () => {
  it('adds game seconds to the level’s time of day, to the minute, past midnight too', () => {
    expect(clockAt('10:40', 0)).toBe('10:40');
    expect(clockAt('10:40', 59)).toBe('10:40');
    expect(clockAt('10:40', 1208)).toBe('11:00');
    expect(clockAt('23:50', 1200)).toBe('00:10');
    expect(minutesBetween(47, 71)).toBe(0.4);
  });
});

describe('the shared timeline', () => {
  it('puts every run on one axis as long as the longest, each moment at its share of it', () => {
    const runs = [load('ada.json', referenceExportText('skilled', 'Ada')), load('nothing.json', referenceExportText('nothing', null))];
    const layout = timelineLayout(runs);
    expect(layout.endTick).toBe(Math.max(...runs.map((run) => momentsOf(run).endTick)));
    expect(layout.rows.map((row) => row.who)).toEqual(['Ada', 'nothing.json']);
    expect(layout.rows[1]!.endAt).toBe(1);
    const ada = momentsOf(runs[0]!);
    const canary = layout.rows[0]!.marks.find((mark) => mark.id === 'canary')!;
    expect(canary.at).toBeCloseTo(ada.moments.canary!.tick / layout.endTick);
    expect(canary.clock).toBe(clockAt(runs[0]!.level.meta.clockStart, ada.moments.canary!.tick));
    expect(layout.rows[1]!.marks.map((mark) => mark.id)).toEqual(['resolved']);
    expect(layout.rows[0]!.firstSignAt).toBeCloseTo(ada.firstSignTick! / layout.endTick);
    expect(layout.ticks[0]).toEqual({ at: 0, clock: runs[0]!.level.meta.clockStart });
    expect(layout.ticks.length).toBeGreaterThanOrEqual(4);
    expect(layout.ticks.length).toBeLessThanOrEqual(13);
  });
});
