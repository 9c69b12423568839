// The canvas's art is one atlas packed at build time (scripts/art-atlas.ts): every piece the canvas asks
// for is in it, no two pieces touch, and the atlas refuses art it could not draw the same on every machine.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATLAS_FRAMES } from 'virtual:art-atlas';
import { ATLAS_MAX_WIDTH, ATLAS_PADDING, ATLAS_SCALE, NOT_ON_CANVAS, packAtlas, readCanvasArt, renderAtlas, svgSize } from '../../scripts/art-atlas';
import { RESPONDER_LOOKS, SPECIALTIES } from '../../src/sim/config';
import { RASTER_SCALE } from '../../src/views/art';
import { GLYPH_KEYS, PHP7_GLYPH } from '../../src/views/host-glyphs';
import { CAT_POSES, catArt, gearArt } from '../../src/views/cat-art';
import { repoPath } from '../support/level-files';

const pieces = readCanvasArt(repoPath('assets/art'));

describe('the art atlas', () => {
  it('is drawn at the scale the views show it at', () => {
    expect(RASTER_SCALE).toBe(ATLAS_SCALE);
  });

  it('holds every piece the canvas draws: host glyphs, every cat in every pose, their gear, the traffic picture', () => {
    const wanted = [
      ...Object.values(GLYPH_KEYS),
      PHP7_GLYPH,
      ...RESPONDER_LOOKS.flatMap((look) => CAT_POSES.map((pose) => catArt({ look }, pose))),
      ...SPECIALTIES.map((specialty) => gearArt({ specialty })),
      'customers',
      'load-balancer',
      'chef-server',
      'yum-mirror',
    ];
    const missing = [...new Set(wanted)].filter((key) => !(key in ATLAS_FRAMES.frames));
    expect(missing).toEqual([]);
  });

  it('leaves out what only the page shows, and the title logo with its text', () => {
    for (const key of NOT_ON_CANVAS) expect(ATLAS_FRAMES.frames).not.toHaveProperty(key);
  });

  it('places every piece inside the atlas, with empty pixels between any two', () => {
    const layout = packAtlas(pieces);
    expect(layout.placed.map((spot) => spot.key).sort()).toEqual(pieces.map((piece) => piece.key).sort());
    expect(layout.width).toBeLessThanOrEqual(ATLAS_MAX_WIDTH);
    for (const spot of layout.placed) {
      expect(spot.x).toBeGreaterThanOrEqual(ATLAS_PADDING);
      expect(spot.y).toBeGreaterThanOrEqual(ATLAS_PADDING);
      expect(spot.x + spot.width + ATLAS_PADDING).toBeLessThanOrEqual(layout.width);
      expect(spot.y + spot.height + ATLAS_PADDING).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.placed)
      for (const b of layout.placed) {
        if (a === b) continue;
        const apart = a.x + a.width + ATLAS_PADDING <= b.x || b.x + b.width + ATLAS_PADDING <= a.x || a.y + a.height + ATLAS_PADDING <= b.y || b.y + b.height + ATLAS_PADDING <= a.y;
        expect(apart, `${a.key} and ${b.key} touch`).toBe(true);
      }
  });

  it('packs the same art the same way every time (a build is reproducible)', () => {
    expect(packAtlas([...pieces].reverse())).toEqual(packAtlas(pieces));
  });

  it('makes a PNG as large as its frames say, at twice the drawn size', () => {
    const { png, frames } = renderAtlas(pieces.slice(0, 4));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    for (const [key, { frame }] of Object.entries(frames.frames)) {
      const piece = pieces.find((candidate) => candidate.key === key)!;
      expect(frame.w).toBe(piece.width * ATLAS_SCALE);
      expect(frame.x + frame.w).toBeLessThanOrEqual(width);
      expect(frame.y + frame.h).toBeLessThanOrEqual(height);
    }
  });

  it('refuses a piece with text (it would take the build machine’s fonts) or without a size, naming the file', () => {
    const logo = readFileSync(repoPath('assets/art/title-logo.svg'), 'utf8');
    expect(() => svgSize(logo, 'title-logo.svg')).toThrow(/title-logo\.svg: has text/);
    expect(() => svgSize('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'blank.svg')).toThrow(/blank\.svg: .*width and a height/);
    expect(() => svgSize('not a picture', 'notes.svg')).toThrow(/notes\.svg: not an SVG/);
  });

  it('refuses a piece wider than the atlas, naming it', () => {
    expect(() => packAtlas([{ key: 'banner', width: ATLAS_MAX_WIDTH, height: 10 }])).toThrow(/banner: .* wider than the atlas/);
  });
});
