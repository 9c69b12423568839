// The art the canvas draws, packed into one picture at build time: every SVG in assets/art (except the
// pictures only the page's own elements show) rasterised once, side by side, at the game's raster scale.
// The browser then fetches and decodes one PNG instead of rasterising some fifty SVGs on its main thread
// while the player is already pressing keys. The page's own elements (the title, legends, menus, the
// debrief) keep showing the SVGs themselves, which stay sharp at any zoom.

import { Resvg } from '@resvg/resvg-js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How much larger than drawn the art is rasterised (src/views/art.ts shows it at 1 / this). */
export const ATLAS_SCALE = 2;
/** Empty pixels around each piece (before scaling), so a scaled-down piece never samples its neighbour. */
export const ATLAS_PADDING = 2;
/** How wide the atlas is at most (before scaling): 2048 px once scaled, which every WebGL device takes. */
export const ATLAS_MAX_WIDTH = 1024;

/**
 * Art the canvas never draws, left out of the atlas. The page's elements show the title's pictures (the
 * title is a page of buttons over them), the award (the debrief) and the favicon; the title logo is also
 * the one picture with text, which a build-time rasteriser would draw with the build machine's fonts.
 * The rest is drawn but not used by any screen today (kept for the screens the open issues ask for).
 */
export const NOT_ON_CANVAS: readonly string[] = ['favicon', 'title-logo', 'office-strip', 'award', 'award-missed', 'rack', 'desk', 'pager', 'status-page', 'cat-silhouette'];

export interface ArtPiece {
  key: string;
  width: number;
  height: number;
  svg: string;
}

export interface Placed {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AtlasLayout {
  width: number;
  height: number;
  placed: Placed[];
}

/** Reads the canvas's art from `dir`: each SVG's key (its file name) and size, or an error naming the file. */
export function readCanvasArt(dir: string): ArtPiece[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.svg'))
    .sort();
  const pieces: ArtPiece[] = [];
  for (const name of names) {
    const key = name.slice(0, -'.svg'.length);
    if (NOT_ON_CANVAS.includes(key)) continue;
    const svg = readFileSync(join(dir, name), 'utf8');
    pieces.push({ key, svg, ...svgSize(svg, name) });
  }
  return pieces;
}

/** The SVG's own width and height (whole pixels); refuses what the atlas could not draw faithfully. */
export function svgSize(svg: string, name: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error(`${name}: not an SVG (no <svg> element)`);
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`${name}: the <svg> element needs a width and a height in whole pixels`);
  if (/<text\b/.test(svg))
    throw new Error(`${name}: has text, which the build would draw with the build machine's fonts; draw it as shapes, or list it in NOT_ON_CANVAS if only the page shows it`);
  return { width, height };
}

/**
 * Shelf packing: the tallest pieces first, left to right, a new shelf when a row is full. Deterministic
 * (ties keep the key order), so the same art always gives the same atlas.
 */
export function packAtlas(pieces: readonly { key: string; width: number; height: number }[], maxWidth = ATLAS_MAX_WIDTH, padding = ATLAS_PADDING): AtlasLayout {
  const order = [...pieces].sort((a, b) => b.height - a.height || a.key.localeCompare(b.key));
  const placed: Placed[] = [];
  let x = padding;
  let y = padding;
  let shelf = 0;
  let width = 0;
  for (const piece of order) {
    if (piece.width + 2 * padding > maxWidth) throw new Error(`${piece.key}: ${piece.width} px wide, wider than the atlas (${maxWidth - 2 * padding} px at most)`);
    if (x + piece.width + padding > maxWidth) {
      x = padding;
      y += shelf + padding;
      shelf = 0;
    }
    placed.push({ key: piece.key, x, y, width: piece.width, height: piece.height });
    x += piece.width + padding;
    shelf = Math.max(shelf, piece.height);
    width = Math.max(width, x);
  }
  return { width, height: y + shelf + padding, placed };
}

/** Phaser's JSON-hash atlas format, in the atlas's own (scaled) pixels. */
export interface AtlasFrames {
  frames: Record<
    string,
    { frame: { x: number; y: number; w: number; h: number }; rotated: false; trimmed: false; sourceSize: { w: number; h: number }; spriteSourceSize: { x: 0; y: 0; w: number; h: number } }
  >;
}

/** The atlas as a PNG and the frames that find each piece in it. */
export function renderAtlas(pieces: readonly ArtPiece[], scale = ATLAS_SCALE): { png: Buffer; frames: AtlasFrames } {
  const layout = packAtlas(pieces);
  const byKey = new Map(pieces.map((piece) => [piece.key, piece]));
  // Each piece as an image of its own (not inlined), so ids inside one file never meet another file's.
  const images = layout.placed.map((spot) => {
    const data = Buffer.from(byKey.get(spot.key)!.svg).toString('base64');
    return `<image x="${spot.x}" y="${spot.y}" width="${spot.width}" height="${spot.height}" href="data:image/svg+xml;base64,${data}"/>`;
  });
  const sheet = `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}">${images.join('')}</svg>`;
  const png = new Resvg(sheet, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } }).render().asPng();
  const frames: AtlasFrames = { frames: {} };
  for (const spot of layout.placed) {
    const [w, h] = [spot.width * scale, spot.height * scale];
    frames.frames[spot.key] = { frame: { x: spot.x * scale, y: spot.y * scale, w, h }, rotated: false, trimmed: false, sourceSize: { w, h }, spriteSourceSize: { x: 0, y: 0, w, h } };
  }
  return { png, frames };
}
