// The soak's reading of a figure sampled over a booth day (scripts/soak-figures.ts): the least-squares
// slope and its noise, and the verdict, flat only when the second half's floor (the least value of each
// stretch of booth time), projected over a whole day, grows by no more than the figure's allowance.

import { describe, expect, it } from 'vitest';
import { floorOf, leastSquares, trend, type Point } from '../../scripts/soak-figures';

const line = (from: number, perHour: number, hours: readonly number[]): Point[] => hours.map((at) => ({ hours: at, value: from + perHour * at }));
const HOURS = Array.from({ length: 33 }, (_, index) => index / 4);

describe('the least-squares slope', () => {
  it('is the slope of points on a line, with no error', () => {
    const fit = leastSquares(line(100, 12.5, HOURS));
    expect(fit.slope).toBeCloseTo(12.5, 9);
    expect(fit.error).toBeCloseTo(0, 9);
  });

  it('is zero for a flat figure whatever its level, and has an error once the points scatter', () => {
    const scattered = HOURS.map((at, index) => ({ hours: at, value: 5000 + (index % 2 === 0 ? 40 : -40) }));
    const fit = leastSquares(scattered);
    expect(Math.abs(fit.slope)).toBeLessThan(10);
    expect(fit.error).toBeGreaterThan(0);
  });

  it('cannot tell a slope from fewer than two points, nor its error from fewer than three', () => {
    expect(leastSquares([{ hours: 1, value: 3 }])).toEqual({ slope: 0, error: NaN });
    expect(leastSquares(line(0, 2, [0, 1]))).toEqual({ slope: 2, error: NaN });
  });
});

describe('a figure’s trend over a booth day', () => {
  const allowance = { perDay: 50, why: 'for the test' };

  it('reads first, last and max, and the slope over the day and over its second half', () => {
    // Warming up in the first half (a step at 2 h), flat after.
    const points = HOURS.map((at) => ({ hours: at, value: at < 2 ? 1000 : 1400 }));
    const found = trend(points, allowance);
    expect(found).toMatchObject({ samples: 33, first: 1000, last: 1400, max: 1400, secondHalfSlopePerHour: 0, projectedPerDay: 0, flat: true });
    expect(found.slopePerHour).toBeGreaterThan(0);
  });

  it('is flat while the second half grows by no more than the allowance over eight hours', () => {
    const slow = trend(line(1000, 6, HOURS), allowance);
    expect(slow.flat).toBe(true);
    expect(slow.projectedPerDay).toBeCloseTo(48, 9);
    expect(trend(line(1000, 7, HOURS), allowance)).toMatchObject({ flat: false });
  });

  it('reads the floor: a screen held a moment longer on some samples is noise, a leak under it is not', () => {
    // Every other sample holds a screen more, and a bigger one late in the day than early.
    const spikes = (perHour: number): Point[] => HOURS.map((at, index) => ({ hours: at, value: 1400 + perHour * at + (index % 2 === 0 ? (at > 6 ? 2000 : 1000) : 0) }));
    const noisy = trend(spikes(0), allowance);
    expect(noisy.secondHalfSlopePerHour).toBeGreaterThan(50);
    expect(noisy.floorSlopePerHour).toBeCloseTo(0, 9);
    expect(noisy.flat).toBe(true);
    const leaking = trend(spikes(40), allowance);
    expect(leaking.floorSlopePerHour).toBeCloseTo(40, 9);
    expect(leaking.flat).toBe(false);
  });

  it('counts a shrinking figure as flat', () => {
    expect(trend(line(1000, -30, HOURS), allowance).flat).toBe(true);
  });

  it('gives no verdict of flat on fewer than three stretches with a sample in the second half', () => {
    expect(trend(line(1000, 0, [0, 1, 2, 3]), allowance).flat).toBe(false);
    expect(() => trend([], allowance)).toThrow('no samples');
  });
});

describe('the floor of a stretch of samples', () => {
  it('is the least sample of each of eight equal stretches of booth time, in order, empty stretches left out', () => {
    const points = [0, 0.1, 0.2, 3, 3.1, 8].map((at, index) => ({ hours: at, value: [5, 3, 4, 9, 7, 6][index]! }));
    expect(floorOf(points)).toEqual([
      { hours: 0.1, value: 3 },
      { hours: 3.1, value: 7 },
      { hours: 8, value: 6 },
    ]);
    expect(floorOf([])).toEqual([]);
  });
});
