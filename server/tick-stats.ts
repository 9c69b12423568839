// How late the room's ticks come: for each wake of a room's timer, how far the real interval strayed from
// the fixed tick (absolute milliseconds), and how long the wake's own work took (the ticks and the views),
// each kept in a bounded ring so a long-running server never grows them. Shared by every room of a
// process, so the bench reads the whole server's figures in one place. Lateness is what players feel,
// but on a busy machine it is mostly other processes; the work is the room's own cost.

class Ring {
  private samples: number[] = [];
  private next = 0;

  constructor(private readonly keep: number) {}

  add(value: number): void {
    if (this.samples.length < this.keep) this.samples.push(value);
    else this.samples[this.next] = value;
    this.next = (this.next + 1) % this.keep;
  }

  /** The value below which `fraction` of the samples fall (0.5 for the median, 0.99 for p99). */
  percentile(fraction: number): number {
    if (this.samples.length === 0) return 0;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  }
}

export class TickStats {
  private lateness: Ring;
  private work: Ring;
  ticks = 0;

  constructor(private readonly keep = 100_000) {
    this.lateness = new Ring(keep);
    this.work = new Ring(keep);
  }

  /** One wake: how far its interval strayed from the fixed tick, and how long its work took. */
  record(deviationMs: number, workMs: number): void {
    this.ticks++;
    this.lateness.add(deviationMs);
    this.work.add(workMs);
  }

  jitter(fraction: number): number {
    return this.lateness.percentile(fraction);
  }

  workMs(fraction: number): number {
    return this.work.percentile(fraction);
  }

  reset(): void {
    this.lateness = new Ring(this.keep);
    this.work = new Ring(this.keep);
    this.ticks = 0;
  }
}
