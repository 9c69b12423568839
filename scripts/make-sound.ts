// Writes the game's own sounds into assets/audio, synthesised by scripts/sound (nothing recorded or
// downloaded): every effect in one audio sprite (effects.wav, with its map in effects.sprite.json) and
// the two ambient beds as loops. Deterministic: `npm run sound` writes the same bytes on every run;
// `npm run sound -- --check` only reports files that are missing, stale or left over.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calmBed, tenseBed } from './sound/beds';
import { effects } from './sound/effects';
import { syncGenerated, type GeneratedFile } from './generated-files';
import { mixInto, silence } from './sound/synth';
import { encodeWav, SAMPLE_RATE } from './sound/wav';

const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
/** Silence between sprite entries, so a cue never bleeds into the next one. */
const GAP_SECONDS = 0.15;

function sprite(): GeneratedFile[] {
  const list = effects();
  const totalSeconds = list.reduce((sum, effect) => sum + effect.samples.length / SAMPLE_RATE + GAP_SECONDS, 0);
  const out = silence(totalSeconds);
  const map: Record<string, [number, number]> = {};
  let at = 0;
  for (const effect of list) {
    const seconds = effect.samples.length / SAMPLE_RATE;
    mixInto(out, effect.samples, at);
    map[effect.name] = [Math.round(at * 1000), Math.round(seconds * 1000)];
    at += seconds + GAP_SECONDS;
  }
  return [
    { name: 'effects.wav', content: encodeWav(out) },
    { name: 'effects.sprite.json', content: Buffer.from(`${JSON.stringify(map, null, 2)}\n`) },
  ];
}

function allSounds(): GeneratedFile[] {
  return [...sprite(), { name: 'bed-calm.wav', content: encodeWav(calmBed()) }, { name: 'bed-tense.wav', content: encodeWav(tenseBed()) }];
}

function main(args: readonly string[]): void {
  const folder = { dir: OUT_DIR, shownAs: 'assets/audio', owns: () => true, command: 'npm run sound', script: 'scripts/make-sound.ts' };
  syncGenerated(folder, allSounds(), args.includes('--check'));
}

main(process.argv.slice(2));
