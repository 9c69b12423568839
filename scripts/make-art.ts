// Writes the game's own art into assets/art as SVG files: host glyphs, props, the office strip, the title, and
// the cat responders (six coats in four poses each, an empty desk, and the gear they wear for their specialty).
// Deterministic: the same bytes on every run. `npm run art` regenerates; `npm run art -- --check` only
// reports files that are missing, stale or left over, and exits non-zero if there are any.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { awardArt } from './art/award';
import { catArt } from './art/cats';
import { hostGlyphs } from './art/host-glyphs';
import { officeArt } from './art/office';
import { props } from './art/props';
import type { ArtFile } from './art/svg';
import { syncGenerated } from './generated-files';
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
  const folder = { dir: OUT_DIR, shownAs: 'assets/art', owns: (name: string) => name.endsWith('.svg'), command: 'npm run art', script: 'scripts/make-art.ts' };
  syncGenerated(folder, allArt(), args.includes('--check'));
}

main(process.argv.slice(2));
