// A small seeded random generator (sfc32) whose whole state is four numbers kept inside the sim state,
// so a snapshot carries it and a restored run draws the same numbers.

export type RngState = [number, number, number, number];

/** Spreads a seed over the generator's state (splitmix32), then warms it up. */
export function seedRng(seed: number): RngState {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const rng: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) nextUint32(rng);
  return rng;
}

export function nextUint32(rng: RngState): number {
  let [a, b, c, d] = rng;
  const t = (((a + b) >>> 0) + d) >>> 0;
  d = (d + 1) >>> 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) >>> 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) >>> 0;
  rng[0] = a >>> 0;
  rng[1] = b;
  rng[2] = c;
  rng[3] = d;
  return t;
}

/** A float in [0, 1). */
export function nextFloat(rng: RngState): number {
  return nextUint32(rng) / 4294967296;
}

/** A whole number from min to max, both included. */
export function nextInt(rng: RngState, min: number, max: number): number {
  if (max <= min) return min;
  return min + Math.floor(nextFloat(rng) * (max - min + 1));
}
