// Writes the game's own sounds into assets/audio, synthesised by scripts/sound (nothing recorded or
// downloaded) and compressed to MP3 (scripts/sound/mp3): every effect in one audio sprite (effects.mp3,
// with its map in effects.sprite.json) and the two ambient beds as loops (their loop in beds.sprite.json).
// Deterministic: `npm run sound` writes the same bytes on every run; `npm run sound -- --check` only
// reports files that are missing, stale or left over.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calmBed, tenseBed } from './sound/beds';
import { effects } from './sound/effects';
import { syncGenerated, type GeneratedFile } from './generated-files';
import { DECODER_DELAY_SAMPLES, encodeMp3 } from './sound/mp3';
import { mixInto, silence } from './sound/synth';
import { SAMPLE_RATE } from './sound/sample-rate';

const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
/** Silence between sprite entries, so a cue never bleeds into the next one. */
const GAP_SECONDS = 0.15;
/** Silence before the first entry: the MP3 encoder's delay is cut from there (scripts/sound/mp3). */
const LEAD_SECONDS = 0.1;
/** Each entry plays this much into the silence after it: a decoder may play it up to 24 ms late (scripts/sound/mp3). */
const TAIL_MS = Math.ceil((DECODER_DELAY_SAMPLES / SAMPLE_RATE) * 1000) + 6;
/**
 * The beds are written as [the loop's last WRAP_SECONDS, the loop, its first WRAP_SECONDS] and played as a
 * looped sprite over the middle: wherever a decoder's delay puts the window, it holds exactly one period,
 * so the loop has no gap or click at its seam.
 */
const WRAP_SECONDS = 0.25;
/** MP3 bitrates (MPEG-2 Layer III, mono 22.05 kHz): the cues near-transparent, the soft beds lighter. */
const EFFECTS_KBPS = 64;
const BEDS_KBPS = 48;

function sprite(): GeneratedFile[] {
  const list = effects();
  const totalSeconds = list.reduce((sum, effect) => sum + effect.samples.length / SAMPLE_RATE + GAP_SECONDS, LEAD_SECONDS);
  const out = silence(totalSeconds);
  const map: Record<string, [number, number]> = {};
  let at = LEAD_SECONDS;
  for (const effect of list) {
    const seconds = effect.samples.length / SAMPLE_RATE;
    mixInto(out, effect.samples, at);
    map[effect.name] = [Math.round(at * 1000), Math.round(seconds * 1000) + TAIL_MS];
    at += seconds + GAP_SECONDS;
  }
  return [
    { name: 'effects.mp3', content: encodeMp3(out, EFFECTS_KBPS) },
    { name: 'effects.sprite.json', content: json(map) },
  ];
}

function beds(): GeneratedFile[] {
  const wrap = Math.round(WRAP_SECONDS * SAMPLE_RATE);
  const map: Record<string, [number, number]> = {};
  const files: GeneratedFile[] = [];
  for (const [name, loop] of [
    ['bed-calm', calmBed()],
    ['bed-tense', tenseBed()],
  ] as const) {
    const wrapped = new Float32Array(loop.length + 2 * wrap);
    wrapped.set(loop.subarray(loop.length - wrap), 0);
    wrapped.set(loop, wrap);
    wrapped.set(loop.subarray(0, wrap), wrap + loop.length);
    const loopMs = (loop.length / SAMPLE_RATE) * 1000;
    if (!Number.isInteger(loopMs)) throw new Error(`${name}: a loop of ${loopMs} ms would not join on the sample`);
    map[name] = [WRAP_SECONDS * 1000, loopMs];
    files.push({ name: `${name}.mp3`, content: encodeMp3(wrapped, BEDS_KBPS) });
  }
  return [...files, { name: 'beds.sprite.json', content: json(map) }];
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
}

function main(args: readonly string[]): void {
  const folder = { dir: OUT_DIR, shownAs: 'assets/audio', owns: () => true, command: 'npm run sound', script: 'scripts/make-sound.ts' };
  syncGenerated(folder, [...sprite(), ...beds()], args.includes('--check'));
}

main(process.argv.slice(2));
