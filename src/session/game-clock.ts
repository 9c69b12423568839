// The game clock as people read it: the level's time of day at second 0 ("HH:MM") plus the run's ticks
// (a tick is a game second). The top bar, the debrief and the facilitator's page all read this one.

export function clockOf(clockStart: string, tick: number): string {
  const [hours = 0, minutes = 0] = clockStart.split(':').map(Number);
  const seconds = hours * 3600 + minutes * 60 + tick;
  return [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
}
