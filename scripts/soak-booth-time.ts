// How much time at a real booth the soak's accelerated day stands for. The page runs the booth's time
// `kiosk-pace` times faster, but the wall-clock time it took is no measure of it: building a screen or
// collecting garbage takes the same real milliseconds at any pace. So booth time is counted from what was
// simulated, at the booth's real pace, and never from the wall clock:
//   an attract loop: the replayed game time at the attract loop's watch speed, plus its end pause when
//     its run got to the end;
//   a board: its full showing when it ran out, nothing when a visitor cut it short;
//   a visitor: the game time they played at speed 1 (the game runs on through the idle minute and the
//     countdown, so those are in it), plus the idle minute and countdown when they left from the end
//     screen (it has no game clock).
// A briefing read, initials typed and the game time between the last summary the page published and the
// visitor leaving are not counted: the count errs short. Pure; test/cli/soak-booth-time.test.ts.

/** What the page's hook showed during one phase of the kiosk, as the soak's page script records it. */
export interface PhaseSpan {
  phase: 'attract' | 'board' | 'visitor';
  /** For each incident run shown in the phase: the last game tick published, and whether its shift ended. */
  runs: { tick: number; ended: boolean }[];
  /** The screen the phase last showed (`incident`, `end`, `briefing`, `kiosk-board`). */
  lastScreen: string;
  /** How the phase ended: the next phase, or null while it lasts. */
  next: 'attract' | 'board' | 'visitor' | null;
}

export interface BoothPace {
  /** The booth level's game seconds per real second at speed 1. */
  gameSecondsPerRealSecond: number;
  /** The speed the attract loop watches its replay at. */
  watchSpeed: number;
  /** Real seconds after the attract run's end before the board. */
  attractEndPauseSeconds: number;
  boardSeconds: number;
  /** The kiosk's idle minute and countdown, in seconds. */
  idleSeconds: number;
}

export interface BoothTime {
  attractSeconds: number;
  boardSeconds: number;
  visitorSeconds: number;
  attractLoopsCompleted: number;
  attractLoopsCut: number;
  boardsShown: number;
  visitors: number;
  shiftsFinished: number;
}

export function boothTime(spans: readonly PhaseSpan[], pace: BoothPace): BoothTime {
  const time: BoothTime = { attractSeconds: 0, boardSeconds: 0, visitorSeconds: 0, attractLoopsCompleted: 0, attractLoopsCut: 0, boardsShown: 0, visitors: 0, shiftsFinished: 0 };
  for (const span of spans) {
    if (span.next === null) continue;
    if (span.phase === 'attract') {
      const ended = span.runs.some((run) => run.ended);
      const ticks = span.runs.reduce((sum, run) => sum + run.tick, 0);
      time.attractSeconds += ticks / (pace.gameSecondsPerRealSecond * pace.watchSpeed) + (ended ? pace.attractEndPauseSeconds : 0);
      if (ended) time.attractLoopsCompleted++;
      else time.attractLoopsCut++;
    } else if (span.phase === 'board') {
      if (span.next === 'attract') {
        time.boardSeconds += pace.boardSeconds;
        time.boardsShown++;
      }
    } else {
      const ticks = span.runs.reduce((sum, run) => sum + run.tick, 0);
      time.visitorSeconds += ticks / pace.gameSecondsPerRealSecond + (span.lastScreen === 'end' ? pace.idleSeconds : 0);
      time.visitors++;
      time.shiftsFinished += span.runs.filter((run) => run.ended).length;
    }
  }
  return time;
}

export function totalSeconds(time: BoothTime): number {
  return time.attractSeconds + time.boardSeconds + time.visitorSeconds;
}
