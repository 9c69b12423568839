// The soak's verdict on a figure sampled over a booth day (JS heap, DOM nodes, event listeners): its first,
// last and largest value, its least-squares slope per booth hour over the whole day and over the second
// half, and whether it is flat. The first half is left out of the verdict because a fresh page warms up
// (code compiled, caches filled) before it settles; a leak keeps growing in the second half too.
//
// The verdict reads the second half's floor, not every sample: the least value in each of a few equal
// stretches of booth time, and the slope through those. Even after a full garbage collection a sample can
// hold a screen a visitor left a moment ago (a toast's timer, a fade still pending keeps it for a few
// real seconds), which puts a thousand DOM nodes on one sample and not the next; that is noise above the
// floor. A leak raises the floor: what it keeps can never be collected, at any sample.
// Pure, so test/cli/soak-figures.test.ts holds it to the arithmetic.

export interface Point {
  /** Booth hours since the soak began. */
  hours: number;
  value: number;
}

/** How much a figure may grow over a whole 8-hour booth day, as projected from the second half's slope, and why. */
export interface Allowance {
  perDay: number;
  why: string;
}

export const BOOTH_DAY_HOURS = 8;
/** The second half is cut into this many stretches of booth time for its floor. */
export const FLOOR_STRETCHES = 8;

export interface Trend {
  samples: number;
  first: number;
  last: number;
  max: number;
  /** Least-squares slope over every sample, per booth hour. */
  slopePerHour: number;
  /** The same over the samples of the second half of the booth time covered. */
  secondHalfSlopePerHour: number;
  /** That slope's standard error: the noise it is read against. */
  secondHalfSlopeError: number;
  /** The least-squares slope through the second half's floor (the least value of each stretch), per booth hour. */
  floorSlopePerHour: number;
  /** The floor's slope over a whole booth day: what the verdict reads. */
  projectedPerDay: number;
  flat: boolean;
}

/** The least-squares line through the points: its slope, and the slope's standard error (NaN with fewer than three points). */
export function leastSquares(points: readonly Point[]): { slope: number; error: number } {
  const n = points.length;
  if (n < 2) return { slope: 0, error: NaN };
  const meanX = points.reduce((sum, point) => sum + point.hours, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const point of points) {
    sxx += (point.hours - meanX) ** 2;
    sxy += (point.hours - meanX) * (point.value - meanY);
  }
  if (sxx === 0) return { slope: 0, error: NaN };
  const slope = sxy / sxx;
  if (n < 3) return { slope, error: NaN };
  const residuals = points.reduce((sum, point) => sum + (point.value - meanY - slope * (point.hours - meanX)) ** 2, 0);
  return { slope, error: Math.sqrt(residuals / (n - 2) / sxx) };
}

/** The figure's trend, and whether its second-half growth over a booth day stays within the allowance. */
export function trend(points: readonly Point[], allowance: Allowance): Trend {
  if (points.length === 0) throw new Error('no samples to read a trend from');
  const values = points.map((point) => point.value);
  const start = points[0]!.hours;
  const middle = start + (points.at(-1)!.hours - start) / 2;
  const secondHalf = points.filter((point) => point.hours >= middle);
  const whole = leastSquares(points);
  const late = leastSquares(secondHalf);
  const floor = floorOf(secondHalf);
  const projectedPerDay = leastSquares(floor).slope * BOOTH_DAY_HOURS;
  return {
    samples: points.length,
    first: values[0]!,
    last: values.at(-1)!,
    max: Math.max(...values),
    slopePerHour: whole.slope,
    secondHalfSlopePerHour: late.slope,
    secondHalfSlopeError: late.error,
    floorSlopePerHour: projectedPerDay / BOOTH_DAY_HOURS,
    projectedPerDay,
    // Too few stretches to tell a slope from noise is not a verdict of flat.
    flat: floor.length >= 3 && projectedPerDay <= allowance.perDay,
  };
}

/** The least value of each of FLOOR_STRETCHES equal stretches of the points' booth time (stretches with no point left out). */
export function floorOf(points: readonly Point[]): Point[] {
  if (points.length === 0) return [];
  const from = points[0]!.hours;
  const span = points.at(-1)!.hours - from;
  const lowest = new Map<number, Point>();
  for (const point of points) {
    const stretch = span === 0 ? 0 : Math.min(FLOOR_STRETCHES - 1, Math.floor(((point.hours - from) / span) * FLOOR_STRETCHES));
    const held = lowest.get(stretch);
    if (!held || point.value < held.value) lowest.set(stretch, point);
  }
  return [...lowest.entries()].sort(([a], [b]) => a - b).map(([, point]) => point);
}
