// A small seeded random number generator (mulberry32) for the asset generators: city lights, noise,
// a cat's uneven typing. Seeded, so `npm run art` and `npm run sound` write the same bytes every run.

export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
