// A tiny synthesiser for the game's sounds: oscillators, seeded noise, envelopes, one-pole filters and
// mixing into sample buffers. Deterministic (no Math.random), so `npm run sound` writes the same bytes
// every time and the committed files can be checked against the script.

import { seeded } from '../seeded-random';
import { SAMPLE_RATE } from './sample-rate';

export { seeded };

export type Wave = 'sine' | 'square' | 'saw' | 'triangle';

/** A fresh buffer of `seconds` of silence. */
export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

function waveAt(wave: Wave, phase: number): number {
  const p = phase - Math.floor(phase);
  switch (wave) {
    case 'sine':
      return Math.sin(2 * Math.PI * p);
    case 'square':
      return p < 0.5 ? 1 : -1;
    case 'saw':
      return 2 * p - 1;
    case 'triangle':
      return p < 0.5 ? 4 * p - 1 : 3 - 4 * p;
  }
}

export interface ToneOptions {
  wave?: Wave;
  /** Frequency in Hz, or a function of the time in seconds since the tone began (glides, vibrato). */
  hz: number | ((t: number) => number);
  seconds: number;
  gain?: number;
  attack?: number;
  release?: number;
}

/** A tone with a linear attack and an exponential-ish release, as its own buffer. */
export function tone(options: ToneOptions): Float32Array {
  const { wave = 'sine', hz, seconds, gain = 0.5, attack = 0.005, release = seconds * 0.6 } = options;
  const out = silence(seconds);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const frequency = typeof hz === 'number' ? hz : hz(t);
    phase += frequency / SAMPLE_RATE;
    out[i] = waveAt(wave, phase) * gain * envelope(t, seconds, attack, release);
  }
  return out;
}

/** 0 to 1 over `attack`, holding, then down to 0 over the last `release` seconds (curved, like a real decay). */
export function envelope(t: number, seconds: number, attack: number, release: number): number {
  const rise = attack > 0 ? Math.min(1, t / attack) : 1;
  const left = seconds - t;
  const fall = release > 0 ? Math.min(1, Math.max(0, left / release)) : 1;
  return rise * fall * fall;
}

/** White noise shaped by an envelope. */
export function noise(seconds: number, seed: number, gain = 0.5, attack = 0.002, release = seconds * 0.8): Float32Array {
  const random = seeded(seed);
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) out[i] = (random() * 2 - 1) * gain * envelope(i / SAMPLE_RATE, seconds, attack, release);
  return out;
}

/** One-pole low-pass at `hz`, in place: softens clicks and noise. */
export function lowPass(buffer: Float32Array, hz: number): Float32Array {
  const k = 1 - Math.exp((-2 * Math.PI * hz) / SAMPLE_RATE);
  let y = 0;
  for (let i = 0; i < buffer.length; i++) {
    y += k * (buffer[i]! - y);
    buffer[i] = y;
  }
  return buffer;
}

/** One-pole high-pass at `hz`, in place: takes the rumble out. */
export function highPass(buffer: Float32Array, hz: number): Float32Array {
  const k = Math.exp((-2 * Math.PI * hz) / SAMPLE_RATE);
  let previousIn = 0;
  let y = 0;
  for (let i = 0; i < buffer.length; i++) {
    const x = buffer[i]!;
    y = k * (y + x - previousIn);
    previousIn = x;
    buffer[i] = y;
  }
  return buffer;
}

/** A band around `hz`: a low-pass above it and a high-pass below it. */
export function bandPass(buffer: Float32Array, hz: number): Float32Array {
  return highPass(lowPass(buffer, hz * 1.5), hz / 1.5);
}

/** Adds `source` into `target` starting at `atSeconds`, scaled by `gain`. */
export function mixInto(target: Float32Array, source: Float32Array, atSeconds: number, gain = 1): Float32Array {
  const start = Math.round(atSeconds * SAMPLE_RATE);
  for (let i = 0; i < source.length && start + i < target.length; i++) target[start + i]! += source[i]! * gain;
  return target;
}

/** Scales so the loudest sample sits at `peak`: every cue ends up about as loud as the others. */
export function normalise(buffer: Float32Array, peak = 0.8): Float32Array {
  let max = 0;
  for (const sample of buffer) max = Math.max(max, Math.abs(sample));
  if (max === 0) return buffer;
  for (let i = 0; i < buffer.length; i++) buffer[i] = (buffer[i]! / max) * peak;
  return buffer;
}

/** Fades the last `seconds` into the first so the buffer loops without a click at the seam. */
export function loopSeamlessly(buffer: Float32Array, seconds: number): Float32Array {
  const overlap = Math.round(seconds * SAMPLE_RATE);
  const body = buffer.slice(0, buffer.length - overlap);
  for (let i = 0; i < overlap; i++) {
    const t = i / overlap;
    body[i] = body[i]! * t + buffer[buffer.length - overlap + i]! * (1 - t);
  }
  return body;
}
