// Where things go on the room's shared timeline: one time axis for every run of a level (from the
// shift's start to the last run's end), one row a run, each moment placed at its share of the axis. Pure,
// so the drawing (timeline-view.ts) only draws what is placed here, and a test can check the geometry.
//
// Each moment is a label: its mark (the shape that names it) at its exact time on the axis, and its game
// clock beside it. Moments close together or at the same time would cover each other, so a row has as many
// lanes as it needs: a label goes in the first lane where it clears every label already there, and the row
// grows to fit. A label near the right end puts its clock on the left of its mark, so it stays on the page.

import { clockAt } from './game-clock';
import { momentsOf } from './moments-of';
import { whoOf } from './room-table';
import type { LoadedRun } from './run-file';
import { MOMENT_IDS, type Moment, type MomentId } from './run-moments';

/** The drawing's units (the SVG's viewBox), shared with timeline-view.ts. */
export const TIMELINE_GEOMETRY = {
  width: 1200,
  axisLeft: 250,
  axisRight: 1170,
  /** Where the first row starts: above it, the clock of each gridline. */
  top: 34,
  /** A row with one lane of labels (as tall as it was before lanes). */
  minRowHeight: 46,
  laneHeight: 32,
  /** Above the first lane and below the last one. */
  rowPadding: 7,
  /** A mark with its graph-blind ring is 26 across; its box is a little wider. */
  markSize: 28,
  /** Between a mark and its clock. */
  textGap: 4,
  /**
   * The clock's width per character: the timeline's clocks are monospace (facilitator.css), drawn at most
   * 19 units high ("Large text"), and a monospace character is about 0.6 of its height across.
   */
  charWidth: 12,
  /** Between two labels of one lane, and a label and the drawing's right edge. */
  spacing: 4,
} as const;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TimelineMark {
  id: MomentId;
  /** 0 at the shift's start, 1 at the axis end. */
  at: number;
  clock: string;
  graphBlind: boolean;
  /** Its lane in the row: 0 on the run's line, 1 and on below it. */
  lane: number;
  /** The mark's centre, in the drawing's units: x is exactly its time on the axis. */
  x: number;
  y: number;
  /** Where the clock is written, and on which side of the mark. */
  textX: number;
  textAnchor: 'start' | 'end';
  /** The whole label (mark and clock): no two labels' boxes overlap, in a row or across rows. */
  box: Box;
}

export interface TimelineRow {
  who: string;
  /** The row's band, in the drawing's units. */
  top: number;
  height: number;
  /** The run's line (its first lane). */
  lineY: number;
  lanes: number;
  /** Where the run ended, as a share of the axis. */
  endAt: number;
  /** The run's first sign of trouble (a production Apache failing, or customers hurt), or null if none came. */
  firstSignAt: number | null;
  /** In the order of MOMENT_IDS. */
  marks: TimelineMark[];
}

export interface TimelineLayout {
  endTick: number;
  /** The drawing's height, in its units (its width is TIMELINE_GEOMETRY.width). */
  height: number;
  /** Gridlines: share of the axis and the game clock there. */
  ticks: Array<{ at: number; clock: string }>;
  rows: TimelineRow[];
}

/** One run's row, before it is placed: its moments in game seconds. */
export interface TimelineRowInput {
  who: string;
  clockStart: string;
  endTick: number;
  firstSignTick: number | null;
  moments: ReadonlyArray<Pick<Moment, 'id' | 'tick' | 'graphBlind'>>;
}

/** Rows in the order given (the table's order, so a row reads across from the same name). */
export function timelineLayout(runs: readonly LoadedRun[]): TimelineLayout {
  const inputs = runs.map((run): TimelineRowInput => {
    const { moments, endTick, firstSignTick } = momentsOf(run);
    return {
      who: whoOf(run),
      clockStart: run.level.meta.clockStart,
      endTick,
      firstSignTick,
      moments: MOMENT_IDS.flatMap((id) => {
        const moment = moments[id];
        return moment ? [moment] : [];
      }),
    };
  });
  return layoutRows(inputs, runs[0]?.level.meta.clockStart ?? '00:00');
}

/** The layout of rows given as moments: what timelineLayout draws, and what a test can feed at will. */
export function layoutRows(inputs: readonly TimelineRowInput[], clockStart: string): TimelineLayout {
  const g = TIMELINE_GEOMETRY;
  const endTick = Math.max(60, ...inputs.map((input) => input.endTick));
  const share = (tick: number): number => Math.min(1, Math.max(0, tick / endTick));
  // A gridline every 5 minutes for a short shift, every 10 or 30 for longer ones: about 6 to 12 lines.
  const stepMinutes = [5, 10, 15, 30, 60, 120].find((minutes) => endTick / (minutes * 60) <= 12) ?? 240;
  const ticks: TimelineLayout['ticks'] = [];
  for (let tick = 0; tick <= endTick; tick += stepMinutes * 60) ticks.push({ at: share(tick), clock: clockAt(clockStart, tick) });

  let top: number = g.top;
  const rows = inputs.map((input): TimelineRow => {
    const row = layoutRow(input, share, top);
    top += row.height;
    return row;
  });
  return { endTick, height: top + 10, ticks, rows };
}

function layoutRow(input: TimelineRowInput, share: (tick: number) => number, top: number): TimelineRow {
  const g = TIMELINE_GEOMETRY;
  const x = (at: number): number => g.axisLeft + at * (g.axisRight - g.axisLeft);
  const ordered = [...input.moments].sort((a, b) => MOMENT_IDS.indexOf(a.id) - MOMENT_IDS.indexOf(b.id));
  const placed = ordered.map((moment) => {
    const at = share(moment.tick);
    const clock = clockAt(input.clockStart, moment.tick);
    const centre = x(at);
    const textWidth = clock.length * g.charWidth;
    const half = g.markSize / 2;
    // The clock on the right of the mark, unless it would run off the drawing: then on its left.
    const right = centre + half + g.textGap + textWidth <= g.width - g.spacing;
    const left = right ? centre - half : centre - half - g.textGap - textWidth;
    return {
      moment,
      at,
      clock,
      centre,
      left,
      right: right ? centre + half + g.textGap + textWidth : centre + half,
      textX: right ? centre + half + g.textGap : centre - half - g.textGap,
      textAnchor: right ? ('start' as const) : ('end' as const),
      lane: 0,
    };
  });
  // Lanes by the labels' left edges, earliest first: each goes in the first lane it clears.
  const laneEnds: number[] = [];
  for (const label of [...placed].sort((a, b) => a.left - b.left || MOMENT_IDS.indexOf(a.moment.id) - MOMENT_IDS.indexOf(b.moment.id))) {
    let lane = laneEnds.findIndex((end) => end + g.spacing <= label.left);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = label.right;
    label.lane = lane;
  }
  const lanes = Math.max(1, laneEnds.length);
  const height = Math.max(g.minRowHeight, 2 * g.rowPadding + lanes * g.laneHeight);
  // One lane sits in the middle of its row, as the line always did; more lanes start at the padding.
  const firstLaneTop = top + (height - lanes * g.laneHeight) / 2;
  const laneY = (lane: number): number => firstLaneTop + lane * g.laneHeight + g.laneHeight / 2;
  const marks = placed.map((label): TimelineMark => {
    const y = laneY(label.lane);
    return {
      id: label.moment.id,
      at: label.at,
      clock: label.clock,
      graphBlind: label.moment.graphBlind,
      lane: label.lane,
      x: label.centre,
      y,
      textX: label.textX,
      textAnchor: label.textAnchor,
      box: { left: label.left, right: label.right, top: y - g.laneHeight / 2 + 2, bottom: y + g.laneHeight / 2 - 2 },
    };
  });
  return {
    who: input.who,
    top,
    height,
    lineY: laneY(0),
    lanes,
    endAt: share(input.endTick),
    firstSignAt: input.firstSignTick === null ? null : share(input.firstSignTick),
    marks,
  };
}
