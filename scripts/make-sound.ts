// Writes the game's own sounds into assets/audio, synthesised by scripts/sound (nothing recorded or
// downloaded): every effect in one audio sprite (effects.wav, with its map in effects.sprite.json) and
// the two ambient beds as loops. Deterministic: `npm run sound` writes the same bytes on every run;
// `npm run sound -- --check` only reports files that are missing, stale or left over.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calmBed, tenseBed } from './sound/beds';
import { effects } from './sound/effects';
import { mixInto, silence } from './sound/synth';
import { encodeWav, SAMPLE_RATE } from './sound/wav';

const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
/** Silence between sprite entries, so a cue never bleeds into the next one. */
const GAP_SECONDS = 0.15;

interface OutFile {
  name: string;
  content: Buffer;
}

function sprite(): OutFile[] {
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

function allSounds(): OutFile[] {
  return [...sprite(), { name: 'bed-calm.wav', content: encodeWav(calmBed()) }, { name: 'bed-tense.wav', content: encodeWav(tenseBed()) }];
}

function main(args: readonly string[]): void {
  const check = args.includes('--check');
  const files = allSounds();
  const wanted = new Set(files.map((file) => file.name));
  const existing = existsSync(OUT_DIR) ? readdirSync(OUT_DIR) : [];
  const problems: string[] = [];
  if (!check) mkdirSync(OUT_DIR, { recursive: true });
  for (const file of files) {
    const target = join(OUT_DIR, file.name);
    const current = existsSync(target) ? readFileSync(target) : null;
    if (current !== null && current.equals(file.content)) continue;
    if (check) problems.push(`${file.name}: ${current === null ? 'missing' : 'out of date'}`);
    else writeFileSync(target, file.content);
  }
  for (const name of existing) {
    if (wanted.has(name)) continue;
    if (check) problems.push(`${name}: not made by scripts/make-sound.ts`);
    else rmSync(join(OUT_DIR, name));
  }
  if (check) {
    for (const problem of problems) console.error(`assets/audio/${problem}`);
    if (problems.length > 0) {
      console.error('run `npm run sound` to regenerate');
      process.exit(1);
    }
    console.log(`assets/audio: ${files.length} files up to date`);
    return;
  }
  for (const file of files) console.log(`${String(file.content.length).padStart(8)}  assets/audio/${file.name}`);
}

main(process.argv.slice(2));
