// The per-client flood guard: a token bucket (a burst, refilled at a steady rate), checked before a
// message is even parsed, so a client sending thousands of messages costs the room a counter each and
// never a schema walk or a tick. People give a command every few seconds at most; the defaults leave a
// fast typist and a burst of clicks well inside. A client over the limit is told so, once a second at
// most, so the refusals cannot become a flood of their own.

export interface RateLimit {
  /** Messages a second, sustained. */
  perSecond: number;
  /** Messages at once, after a quiet spell. */
  burst: number;
}

export const HUMAN_RATE: RateLimit = { perSecond: 5, burst: 15 };

export class CommandGate {
  private tokens: number;
  private lastRefillMs: number;
  private lastToldMs = Number.NEGATIVE_INFINITY;
  /** Messages refused for flooding since the client joined, for the room's log. */
  refused = 0;

  constructor(
    private readonly limit: RateLimit,
    nowMs: number,
  ) {
    this.tokens = limit.burst;
    this.lastRefillMs = nowMs;
  }

  /** Whether a message arriving now may go on to be checked. */
  admit(nowMs: number): boolean {
    this.tokens = Math.min(this.limit.burst, this.tokens + ((nowMs - this.lastRefillMs) / 1000) * this.limit.perSecond);
    this.lastRefillMs = nowMs;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    this.refused++;
    return false;
  }

  /** Whether to tell the client about a refusal now: once a second at most. */
  shouldTell(nowMs: number): boolean {
    if (nowMs - this.lastToldMs < 1000) return false;
    this.lastToldMs = nowMs;
    return true;
  }

  static reason(limit: RateLimit): string {
    return `Too many messages: a seat may send ${limit.perSecond} a second (${limit.burst} at once). The rest were dropped; the room carries on.`;
  }
}
