// The end of a shift never comes as a surprise: the top bar counts down the last five game minutes before
// the shift ends by itself (the time limit, or a level's grace after resolution), and a resolved incident
// invites the player to hand over.

import { describe, expect, it } from 'vitest';
import { automaticEndTick, shiftEndNotice } from '../../src/session/shift-end';
import type { ResolutionConfig } from '../../src/sim/config';
import type { SimState } from '../../src/sim/state';

const HOUR: ResolutionConfig = { healthyErrorRate: 0.01, healthyLatencyFactor: 2, downErrorRate: 0.9, stableSeconds: 180, graceSeconds: null, timeLimitSeconds: 3600 };
const WITH_GRACE: ResolutionConfig = { ...HOUR, graceSeconds: 300 };

function at(tick: number, incident: Partial<SimState['incident']> = {}): Pick<SimState, 'tick' | 'incident'> {
  return { tick, incident: { changePushedAtTick: 60, impactStartedAtTick: 100, healthySinceTick: null, resolvedAtTick: null, outcome: null, ...incident } };
}

describe('the countdown to the end of the shift', () => {
  it('is hidden until the last five game minutes before the time limit', () => {
    expect(shiftEndNotice(HOUR, at(0)).countdown).toBeNull();
    expect(shiftEndNotice(HOUR, at(3600 - 301)).countdown).toBeNull();
  });

  it('counts down in minutes and seconds of game time, from 5:00 to 0:01', () => {
    expect(shiftEndNotice(HOUR, at(3600 - 300)).countdown).toBe('Shift ends in 5:00');
    expect(shiftEndNotice(HOUR, at(3600 - 299)).countdown).toBe('Shift ends in 4:59');
    expect(shiftEndNotice(HOUR, at(3600 - 61))).toMatchObject({ countdown: 'Shift ends in 1:01', secondsLeft: 61 });
    expect(shiftEndNotice(HOUR, at(3599)).countdown).toBe('Shift ends in 0:01');
  });

  it('is gone once the shift has ended', () => {
    const ended = at(3600, { outcome: { result: 'unresolved', reason: 'time-limit', endedAtTick: 3600 } });
    expect(shiftEndNotice(HOUR, ended)).toMatchObject({ countdown: null, handOver: false });
  });

  it('does not start after resolution when the level sets no grace: the shift waits for the hand-over', () => {
    const resolved = at(1500, { resolvedAtTick: 1400 });
    expect(automaticEndTick(HOUR, resolved.incident)).toBe(3600);
    expect(shiftEndNotice(HOUR, resolved).countdown).toBeNull();
  });

  it('counts down to the grace end where a level sets one, the sooner of the two ends', () => {
    const resolved = at(1400, { resolvedAtTick: 1400 });
    expect(automaticEndTick(WITH_GRACE, resolved.incident)).toBe(1700);
    expect(shiftEndNotice(WITH_GRACE, resolved).countdown).toBe('Shift ends in 5:00');
    expect(shiftEndNotice(WITH_GRACE, at(1640, { resolvedAtTick: 1400 })).countdown).toBe('Shift ends in 1:00');
    // Resolved late: the time limit still comes first.
    expect(automaticEndTick(WITH_GRACE, at(3500, { resolvedAtTick: 3500 }).incident)).toBe(3600);
  });

  it('goes back to the time limit when the incident reopens', () => {
    expect(shiftEndNotice(WITH_GRACE, at(1500, { resolvedAtTick: null })).countdown).toBeNull();
  });
});

describe('the invitation to hand over', () => {
  it('shows once the incident is resolved, not while customers hurt or in a lull', () => {
    expect(shiftEndNotice(HOUR, at(900)).handOver).toBe(false);
    expect(shiftEndNotice(HOUR, at(900, { healthySinceTick: 850 })).handOver).toBe(false);
    expect(shiftEndNotice(HOUR, at(1500, { healthySinceTick: 1200, resolvedAtTick: 1380 })).handOver).toBe(true);
  });

  it('shows beside the countdown when both apply', () => {
    expect(shiftEndNotice(HOUR, at(3400, { resolvedAtTick: 3000 }))).toEqual({ countdown: 'Shift ends in 3:20', secondsLeft: 200, handOver: true });
  });
});
