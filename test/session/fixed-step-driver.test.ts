// Real time to game time: steady frames give the level's pace, speed and pause change it, and a stall
// never fast-forwards the incident.

import { describe, expect, it } from 'vitest';
import { FixedStepDriver } from '../../src/session/fixed-step-driver';

const driver = (): FixedStepDriver => new FixedStepDriver({ gameSecondsPerRealSecond: 5, maxTicksPerFrame: 40, maxFrameMs: 250 });

function ticksOver(d: FixedStepDriver, frames: number, frameMs: number): number {
  let ticks = 0;
  for (let i = 0; i < frames; i++) ticks += d.ticksFor(frameMs);
  return ticks;
}

describe('the fixed-step driver', () => {
  it('runs the level’s pace: five game seconds a real second, whatever the frame rate', () => {
    // Ten real seconds (and a frame, for rounding).
    expect(ticksOver(driver(), 601, 1000 / 60)).toBe(50);
    expect(ticksOver(driver(), 1441, 1000 / 144)).toBe(50);
  });

  it('runs faster and slower with the speed, and not at all when paused', () => {
    const fast = driver();
    fast.setSpeed(4);
    expect(ticksOver(fast, 61, 1000 / 60)).toBe(20);
    const paused = driver();
    paused.paused = true;
    expect(ticksOver(paused, 60, 1000 / 60)).toBe(0);
  });

  it('drops a long stall instead of replaying it', () => {
    const d = driver();
    expect(d.ticksFor(60_000)).toBe(1);
    expect(d.ticksFor(1000 / 60)).toBe(0);
  });

  it('caps the ticks one frame may run', () => {
    const d = driver();
    d.setSpeed(1000);
    expect(d.ticksFor(250)).toBe(40);
  });

  it('gives views how far into the next tick real time has got', () => {
    const d = driver();
    d.ticksFor(100);
    expect(d.alpha).toBeCloseTo(0.5);
  });
});
