// The side-by-side table: one row a run, from the run as played again (never the file's own numbers).
// Sorted for a room: best total first; on a tie, the earlier resolution; then by name, so the order
// never depends on which file was dropped first.

import type { FamilyId } from '../sim/scoring/scoring-config';
import { clockAt } from './game-clock';
import { playedAtText } from './local-time';
import type { LoadedRun } from './run-file';

export const TABLE_FAMILIES: readonly FamilyId[] = ['kill-switches', 'staging', 'team-communication', 'customer-impact', 'visibility'];

export interface RoomRow {
  run: LoadedRun;
  /** The player's name, or the file's when the export has none. */
  who: string;
  total: number;
  /** Each family's score in TABLE_FAMILIES' order, or null when nothing in the run called for it. */
  families: Array<{ id: FamilyId; label: string; score: number | null }>;
  ordersLost: number;
  minutesSlow: number;
  minutesDown: number;
  /** The game clock when the incident was resolved, or null when it never was. */
  resolvedAt: string | null;
  resolvedTick: number | null;
  award: boolean;
  /** When it was played, in this browser's local time ("2026-12-01 21:04"), or "unknown" when the export does not say. */
  played: string;
}

export function whoOf(run: LoadedRun): string {
  return run.player ?? run.file;
}

export function roomRows(runs: readonly LoadedRun[]): RoomRow[] {
  const rows = runs.map((run): RoomRow => {
    const { score, impact } = run.debrief;
    const resolvedTick = score.resolution.resolved ? run.state.incident.resolvedAtTick : null;
    return {
      run,
      who: whoOf(run),
      total: score.total,
      families: TABLE_FAMILIES.map((id) => {
        const family = score.families.find((candidate) => candidate.id === id);
        return { id, label: family?.label ?? id, score: family && family.counted ? family.score : null };
      }),
      ordersLost: impact.ordersLost,
      minutesSlow: impact.minutesDegraded,
      minutesDown: impact.minutesDown,
      resolvedAt: resolvedTick === null ? null : clockAt(run.level.meta.clockStart, resolvedTick),
      resolvedTick,
      award: score.award.earned,
      played: playedAtText(run.playedAt),
    };
  });
  return rows.sort(
    (a, b) =>
      b.total - a.total || (a.resolvedTick ?? Number.POSITIVE_INFINITY) - (b.resolvedTick ?? Number.POSITIVE_INFINITY) || a.who.localeCompare(b.who) || a.run.file.localeCompare(b.run.file),
  );
}
