// Joins real time to game time: frame time in, whole ticks out, at the level's pace times the chosen
// speed. Pause and speed live here and nowhere else. A frame can run only so many ticks, and a long
// stall (a hidden tab, a breakpoint) is dropped rather than replayed, so the incident never fast-forwards.

import { SECONDS_PER_TICK } from '../sim/ticks';

export interface DriverOptions {
  /** Game seconds per real second at speed 1 (the level's pace). */
  gameSecondsPerRealSecond: number;
  /** The most ticks one frame may run; past that the lag is dropped. */
  maxTicksPerFrame: number;
  /** A frame longer than this is treated as a stall and counts as this long. */
  maxFrameMs: number;
}

export const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 8];

export class FixedStepDriver {
  private lagMs = 0;
  private speedValue = 1;
  paused = false;

  constructor(private readonly options: DriverOptions) {}

  get speed(): number {
    return this.speedValue;
  }

  setSpeed(speed: number): void {
    if (!Number.isFinite(speed) || speed <= 0) return;
    this.speedValue = speed;
  }

  /** Real milliseconds one tick takes at the current speed. */
  get msPerTick(): number {
    return (SECONDS_PER_TICK * 1000) / (this.options.gameSecondsPerRealSecond * this.speedValue);
  }

  /** How many ticks to run for a frame that took `frameMs` of real time. */
  ticksFor(frameMs: number): number {
    if (this.paused || !(frameMs > 0)) return 0;
    this.lagMs += Math.min(frameMs, this.options.maxFrameMs);
    const due = Math.floor(this.lagMs / this.msPerTick);
    const ticks = Math.min(due, this.options.maxTicksPerFrame);
    this.lagMs = due > ticks ? 0 : this.lagMs - ticks * this.msPerTick;
    return ticks;
  }

  /** How far into the next tick real time has got (0-1): views interpolate with it. */
  get alpha(): number {
    return this.paused ? 0 : Math.min(1, this.lagMs / this.msPerTick);
  }
}
