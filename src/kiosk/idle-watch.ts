// The kiosk's idle timer: a visitor who has not touched a key or the mouse for a minute gets a ten-second
// countdown, and then the booth goes back to its attract loop. Pure: fed the time with every input and
// every look, so tests step it by hand.

export interface IdleTiming {
  /** Quiet before the countdown shows. */
  idleMs: number;
  /** The countdown's length; at its end the visitor's game is over. */
  countdownMs: number;
}

export const KIOSK_IDLE: IdleTiming = { idleMs: 60_000, countdownMs: 10_000 };

export type IdleState = { kind: 'active' } | { kind: 'countdown'; secondsLeft: number } | { kind: 'expired' };

export class IdleWatch {
  private lastInputMs: number;

  constructor(
    private readonly timing: IdleTiming,
    nowMs: number,
  ) {
    this.lastInputMs = nowMs;
  }

  /** A key, a click, a scroll: the visitor is still there. */
  input(nowMs: number): void {
    this.lastInputMs = Math.max(this.lastInputMs, nowMs);
  }

  state(nowMs: number): IdleState {
    const quietMs = nowMs - this.lastInputMs;
    if (quietMs < this.timing.idleMs) return { kind: 'active' };
    const leftMs = this.timing.idleMs + this.timing.countdownMs - quietMs;
    if (leftMs > 0) return { kind: 'countdown', secondsLeft: Math.ceil(leftMs / 1000) };
    return { kind: 'expired' };
  }
}
