// Where things go on the room's shared timeline: one time axis for every run of a level (from the
// shift's start to the last run's end), one row a run, each moment placed at its share of the axis. Pure,
// so the drawing (timeline-view.ts) only turns shares into pixels.

import { clockAt } from './game-clock';
import { momentsOf } from './moments-of';
import { whoOf } from './room-table';
import type { LoadedRun } from './run-file';
import { MOMENT_IDS, type MomentId } from './run-moments';

export interface TimelineMark {
  id: MomentId;
  /** 0 at the shift's start, 1 at the axis end. */
  at: number;
  clock: string;
  graphBlind: boolean;
}

export interface TimelineRow {
  who: string;
  /** Where the run ended, as a share of the axis. */
  endAt: number;
  /** The run's first sign of trouble (a production Apache failing, or customers hurt), or null if none came. */
  firstSignAt: number | null;
  marks: TimelineMark[];
}

export interface TimelineLayout {
  endTick: number;
  /** Gridlines: share of the axis and the game clock there. */
  ticks: Array<{ at: number; clock: string }>;
  rows: TimelineRow[];
}

/** Rows in the order given (the table's order, so a row reads across from the same name). */
export function timelineLayout(runs: readonly LoadedRun[]): TimelineLayout {
  const endTick = Math.max(60, ...runs.map((run) => momentsOf(run).endTick));
  const clockStart = runs[0]?.level.meta.clockStart ?? '00:00';
  const share = (tick: number): number => Math.min(1, Math.max(0, tick / endTick));
  // A gridline every 5 minutes for a short shift, every 10 or 30 for longer ones: about 6 to 12 lines.
  const stepMinutes = [5, 10, 15, 30, 60, 120].find((minutes) => endTick / (minutes * 60) <= 12) ?? 240;
  const ticks: TimelineLayout['ticks'] = [];
  for (let tick = 0; tick <= endTick; tick += stepMinutes * 60) ticks.push({ at: share(tick), clock: clockAt(clockStart, tick) });
  const rows = runs.map((run): TimelineRow => {
    const { moments, endTick: runEnd, firstSignTick } = momentsOf(run);
    const marks = MOMENT_IDS.flatMap((id) => {
      const moment = moments[id];
      return moment ? [{ id, at: share(moment.tick), clock: clockAt(run.level.meta.clockStart, moment.tick), graphBlind: moment.graphBlind }] : [];
    });
    return { who: whoOf(run), endAt: share(runEnd), firstSignAt: firstSignTick === null ? null : share(firstSignTick), marks };
  });
  return { endTick, ticks, rows };
}
