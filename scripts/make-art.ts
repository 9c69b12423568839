// Writes the game's own art into assets/art as SVG files: host glyphs, props, the office strip, the title, and
// the cat responders (six coats in four poses each, an empty desk, and the gear they wear for their specialty).
// Deterministic: the same bytes on every run. `npm run art` regenerates; `npm run art -- --check` only
// reports files that are missing, stale or left over, and exits non-zero if there are any.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { awardArt } from './art/award';
import { catArt } from './art/cats';
import { hostGlyphs } from './art/host-glyphs';
import { officeArt } from './art/office';
import { props } from './art/props';
import type { ArtFile } from './art/svg';
import { titleArt } from './art/title';

const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'art');

function allArt(): ArtFile[] {
  const files = [...awardArt(), ...hostGlyphs(), ...props(), ...officeArt(), ...titleArt(), ...catArt()];
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`two art files are both called ${file.name}`);
    names.add(file.name);
  }
  return files;
}

function main(args: readonly string[]): void {
  const check = args.includes('--check');
  const files = allArt();
  const wanted = new Set(files.map((file) => file.name));
  const existing = existsSync(OUT_DIR) ? readdirSync(OUT_DIR).filter((name) => name.endsWith('.svg')) : [];
  const problems: string[] = [];
  if (!check) mkdirSync(OUT_DIR, { recursive: true });

  for (const file of files) {
    const target = join(OUT_DIR, file.name);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current === file.content) continue;
    if (check) problems.push(`${file.name}: ${current === null ? 'missing' : 'out of date'}`);
    else writeFileSync(target, file.content);
  }
  for (const name of existing) {
    if (wanted.has(name)) continue;
    if (check) problems.push(`${name}: not made by scripts/make-art.ts`);
    else rmSync(join(OUT_DIR, name));
  }

  if (check) {
    for (const problem of problems) console.error(`assets/art/${problem}`);
    if (problems.length > 0) {
      console.error('run `npm run art` to regenerate');
      process.exit(1);
    }
    console.log(`assets/art: ${files.length} files up to date`);
    return;
  }
  for (const file of files) console.log(`${String(Buffer.byteLength(file.content)).padStart(7)}  assets/art/${file.name}`);
}

main(process.argv.slice(2));
