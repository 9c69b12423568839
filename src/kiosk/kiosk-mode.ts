// The kiosk's rules, as a state machine apart from the screens: the attract loop (the game playing itself)
// until a visitor presses a key; the visitor's game until a minute without input, a ten-second countdown
// any input cancels, and back to the attract loop; the high-score board between two attract loops. Pure
// and fed the time, so tests drive it with a hand-stepped clock; the browser side is kiosk-controller.ts.

import { IdleWatch, type IdleTiming } from './idle-watch';

export type KioskPhase = 'attract' | 'board' | 'visitor';

export interface KioskTiming extends IdleTiming {
  /** How long the board shows between two attract loops. */
  boardMs: number;
  /** An attract loop that has not ended by then (a replay that never hands over) gives way to the board. */
  attractMaxMs: number;
  /** How long the attract run's last picture (handed over, the site whole) stays up before the board. */
  attractEndPauseMs: number;
}

export const KIOSK_TIMING: KioskTiming = { idleMs: 60_000, countdownMs: 10_000, boardMs: 15_000, attractMaxMs: 6 * 60_000, attractEndPauseMs: 1200 };

/** What the screens must do: each phase's screen, and the countdown shown (seconds left) or hidden (null). */
export type KioskEffect = { type: 'attract' } | { type: 'board' } | { type: 'visitor' } | { type: 'countdown'; secondsLeft: number | null };

export class KioskMode {
  private current: KioskPhase = 'attract';
  private sinceMs = 0;
  private idle: IdleWatch;
  private countdown: number | null = null;
  /** When the attract run's level ended, or null while it plays. */
  private attractOverAtMs: number | null = null;

  constructor(
    private readonly timing: KioskTiming,
    private readonly act: (effect: KioskEffect) => void,
  ) {
    this.idle = new IdleWatch(timing, 0);
  }

  get phase(): KioskPhase {
    return this.current;
  }

  /** Seconds left on the countdown while it shows, or null. */
  get countdownSeconds(): number | null {
    return this.countdown;
  }

  /** The booth opens on the attract loop. */
  start(nowMs: number): void {
    this.enter('attract', nowMs);
  }

  /**
   * A key or a click (`starts`), or a lesser sign of life such as a scroll or the mouse moving. Returns
   * whether the kiosk took it, so that it must not also act on the screen below: the key that starts a
   * game, or the one that says "still here" to the countdown.
   */
  input(nowMs: number, starts: boolean): boolean {
    if (this.current !== 'visitor') {
      if (!starts) return false;
      this.enter('visitor', nowMs);
      return true;
    }
    this.idle.input(nowMs);
    if (this.countdown === null) return false;
    this.showCountdown(null);
    return starts;
  }

  /** Called a few times a second. */
  tick(nowMs: number): void {
    const inPhaseMs = nowMs - this.sinceMs;
    if (this.current === 'attract' && inPhaseMs >= this.timing.attractMaxMs) return this.enter('board', nowMs);
    if (this.current === 'attract' && this.attractOverAtMs !== null && nowMs - this.attractOverAtMs >= this.timing.attractEndPauseMs) return this.enter('board', nowMs);
    if (this.current === 'board' && inPhaseMs >= this.timing.boardMs) return this.enter('attract', nowMs);
    if (this.current !== 'visitor') return;
    const idle = this.idle.state(nowMs);
    if (idle.kind === 'expired') return this.enter('attract', nowMs);
    this.showCountdown(idle.kind === 'countdown' ? idle.secondsLeft : null);
  }

  /** The attract loop's run has ended (the replay handed over): the board, then the loop again. */
  attractEnded(nowMs: number): void {
    if (this.current === 'attract') this.enter('board', nowMs);
  }

  /**
   * The attract run's level has ended: the board follows after the end pause, on this clock. The incident
   * screen also says when its own pause is over (attractEnded, whichever comes first); this one keeps
   * the kiosk's pace when the soak test runs the booth's time faster (`kiosk-pace`), which the screen's
   * real-time pause does not.
   */
  attractOver(nowMs: number): void {
    if (this.current === 'attract' && this.attractOverAtMs === null) this.attractOverAtMs = nowMs;
  }

  private enter(phase: KioskPhase, nowMs: number): void {
    this.showCountdown(null);
    this.current = phase;
    this.sinceMs = nowMs;
    this.attractOverAtMs = null;
    this.idle = new IdleWatch(this.timing, nowMs);
    this.act({ type: phase });
  }

  private showCountdown(secondsLeft: number | null): void {
    if (secondsLeft === this.countdown) return;
    this.countdown = secondsLeft;
    this.act({ type: 'countdown', secondsLeft });
  }
}
