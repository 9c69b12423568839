// The shared timeline's geometry and the game clock it reads in: every run on one axis, each moment at
// its share of the shift, the clock as the top bar shows it, and labels (a mark and its clock) laid out
// in lanes so that none covers another, whatever moments a room's runs have.

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import { clockAt, minutesBetween } from '../../src/facilitator/game-clock';
import { momentsOf } from '../../src/facilitator/moments-of';
import { readRunFile, type LoadedRun } from '../../src/facilitator/run-file';
import { layoutRows, timelineLayout, TIMELINE_GEOMETRY, type Box, type TimelineMark, type TimelineRowInput } from '../../src/facilitator/timeline-layout';
import { MOMENT_IDS } from '../../src/facilitator/run-moments';
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

describe('labels on the shared timeline never cover each other', () => {
  const g = TIMELINE_GEOMETRY;
  const overlap = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const x = (share: number): number => g.axisLeft + share * (g.axisRight - g.axisLeft);

  /** Every label of every row: checks the layout's promises and returns the labels. */
  function checkLayout(inputs: readonly TimelineRowInput[]): TimelineMark[] {
    const layout = layoutRows(inputs, '10:40');
    expect(layout.rows).toHaveLength(inputs.length);
    const all: TimelineMark[] = [];
    layout.rows.forEach((row, index) => {
      const input = inputs[index]!;
      // Every moment shown, once, in MOMENT_IDS' order, at its own time on the axis.
      const expected = [...input.moments].sort((a, b) => MOMENT_IDS.indexOf(a.id) - MOMENT_IDS.indexOf(b.id));
      expect(row.marks.map((mark) => mark.id)).toEqual(expected.map((moment) => moment.id));
      row.marks.forEach((mark, i) => {
        const moment = expected[i]!;
        expect(mark.at).toBeCloseTo(Math.min(1, moment.tick / layout.endTick));
        expect(mark.x).toBeCloseTo(x(mark.at));
        expect(mark.clock).toBe(clockAt('10:40', moment.tick));
        expect(mark.graphBlind).toBe(moment.graphBlind);
        // The label holds its mark and its clock, inside its row and inside the drawing.
        expect(mark.box.left).toBeLessThanOrEqual(mark.x - g.markSize / 2);
        expect(mark.box.right).toBeGreaterThanOrEqual(mark.x + g.markSize / 2);
        expect(mark.box.right - mark.box.left).toBeGreaterThanOrEqual(g.markSize + g.textGap + mark.clock.length * g.charWidth - 1e-9);
        expect(mark.box.top).toBeGreaterThanOrEqual(row.top);
        expect(mark.box.bottom).toBeLessThanOrEqual(row.top + row.height);
        expect(mark.box.left).toBeGreaterThanOrEqual(g.axisLeft - g.markSize / 2);
        expect(mark.box.right).toBeLessThanOrEqual(g.width);
        expect(mark.lane).toBeLessThan(row.lanes);
      });
      all.push(...row.marks);
    });
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!.box, all[j]!.box), `${all[i]!.id} and ${all[j]!.id}`).toBe(false);
    const last = layout.rows.at(-1);
    if (last) expect(layout.height).toBeGreaterThanOrEqual(last.top + last.height);
    return all;
  }

  const row = (moments: TimelineRowInput['moments'], endTick = 3600): TimelineRowInput => ({ who: 'Ada', clockStart: '10:40', endTick, firstSignTick: 60, moments });

  it('puts all six moments at the same second in six lanes of one row, each still at that second', () => {
    const moments = MOMENT_IDS.map((id) => ({ id, tick: 600, graphBlind: id === 'php7' }));
    const marks = checkLayout([row(moments), row(moments.slice(0, 2))]);
    expect(new Set(marks.slice(0, 6).map((mark) => mark.lane)).size).toBe(6);
    expect(new Set(marks.map((mark) => mark.x)).size).toBe(1);
  });

  it('keeps one lane, on the run’s line, when the moments are far apart', () => {
    const layout = layoutRows([row(MOMENT_IDS.map((id, i) => ({ id, tick: i * 600, graphBlind: false })))], '10:40');
    expect(layout.rows[0]!.lanes).toBe(1);
    expect(layout.rows[0]!.height).toBe(g.minRowHeight);
    expect(layout.rows[0]!.marks.every((mark) => mark.y === layout.rows[0]!.lineY)).toBe(true);
  });

  it('writes the clock on the left of a moment at the very end of the axis', () => {
    const [mark] = checkLayout([row([{ id: 'resolved', tick: 3600, graphBlind: false }])]);
    expect(mark!.textAnchor).toBe('end');
    expect(mark!.textX).toBeLessThan(mark!.x);
  });

  // Many random rooms: up to ten runs, each with any of the six moments, at times drawn from a few
  // seconds (so many land together), from all over the shift, or at its very ends.
  const tick = fc.oneof(
    fc.constantFrom(0, 1, 30, 60, 61, 3540, 3599, 3600),
    fc.integer({ min: 0, max: 3600 }),
    fc.integer({ min: 0, max: 12 }).map((minute) => minute * 300),
  );
  const moments = fc.subarray([...MOMENT_IDS]).chain((ids) => fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), tick, graphBlind: fc.boolean() }))));
  const rows = fc.array(
    fc
      .record({ moments, endTick: fc.integer({ min: 1, max: 3600 }), firstSignTick: fc.option(fc.integer({ min: 0, max: 3600 })) })
      .map(({ moments, endTick, firstSignTick }): TimelineRowInput => ({ who: 'x', clockStart: '10:40', endTick, firstSignTick, moments })),
    { minLength: 1, maxLength: 10 },
  );

  test.prop([rows], { numRuns: 300, seed: 20_261_201 })('on any room: every moment shown at its time, and no two labels overlapping', (inputs) => {
    const marks = checkLayout(inputs);
    expect(marks).toHaveLength(inputs.reduce((sum, input) => sum + input.moments.length, 0));
  });
});
