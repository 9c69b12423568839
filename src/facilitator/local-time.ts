// Dates as the room reads them: the facilitator's own clock, to the minute ("2026-12-01 21:04"), for the
// summary's date and each run's playedAt (an ISO time in the export, written on the player's laptop).

/** A date in this browser's local time, to the minute. */
export function localStamp(date: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A run's playedAt (already checked to be a date by run-file.ts) in local time, or "unknown" when the export does not say. */
export function playedAtText(playedAt: string | null): string {
  if (playedAt === null) return 'unknown';
  const date = new Date(playedAt);
  return Number.isNaN(date.getTime()) ? 'unknown' : localStamp(date);
}
