// The game clock a room reads: the level's time of day at second 0 (`clockStart`, "HH:MM") plus the
// run's ticks (a tick is a game second), as the top bar shows it during play.

export function clockAt(clockStart: string, tick: number): string {
  const [hours = 0, minutes = 0] = clockStart.split(':').map(Number);
  const total = Math.floor(((hours * 60 + minutes) * 60 + Math.max(0, tick)) / 60);
  const hh = Math.floor(total / 60) % 24;
  const mm = total % 60;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/** A span of game time in minutes to a tenth, for "3.5 min after customers were hurt" (a room argues over seconds early on). */
export function minutesBetween(fromTick: number, toTick: number): number {
  return Math.round((toTick - fromTick) / 6) / 10;
}
