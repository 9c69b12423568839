// Shared helpers for the art generator: number formatting, colours mixed from the game's palette, and tiny
// SVG element builders. Everything is plain string building with fixed rounding and attribute order, so
// `npm run art` writes the same bytes on every run and every machine.

import { PALETTE, type Palette, type PaletteName } from '../../src/views/palette';

export { FONT_FAMILY, FONT_FAMILY_UI } from '../../src/views/palette';

/** A palette name, or a `#rrggbb` already mixed from the palette. */
export type Colour = PaletteName | `#${string}`;

/** Stroke widths, one set per scale of drawing, so outlines look alike across the art. */
export const LINE = {
  /** 24x24 host glyphs: outlines and hatching. */
  glyph: 1.5,
  /** 24x24 host glyphs: the symbol on the face (check, X, arrows, pause, ?). */
  glyphSymbol: 2.6,
  /** 48-96 px props: outlines. */
  prop: 2,
  /** 48-96 px props: inner detail (vents, key rows, shelf edges). */
  propFine: 1.25,
  /** The office strip, the desk and the title: outlines. */
  scene: 2,
  /** The office strip, the desk and the title: inner detail. */
  sceneFine: 1,
} as const;

/** Corner radii, so "soft rounded corners" are the same softness everywhere. */
export const RADIUS = { glyph: 3.5, small: 3, prop: 6, scene: 5 } as const;

/** Rounds to two decimals and drops trailing zeros (and the sign of zero) so output is stable. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

// ---------------------------------------------------------------------------------------------------
// Colours

/** The palette the art is drawn in now: the game's own, or another one for a variant (the host glyphs' palettes). */
let inks: Palette = PALETTE;

/** Draws with `colours` in place of the game's palette: the same shapes, in a display setting's colours. */
export function drawnIn<T>(colours: Palette, draw: () => T): T {
  const before = inks;
  inks = colours;
  try {
    return draw();
  } finally {
    inks = before;
  }
}

function toRgb(colour: Colour): [number, number, number] {
  const value = colour.startsWith('#') ? parseInt(colour.slice(1), 16) : inks[colour as PaletteName];
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The `#rrggbb` of a palette name (or a mixed colour, unchanged). */
export function col(colour: Colour): string {
  return colour.startsWith('#') ? colour : `#${inks[colour as PaletteName].toString(16).padStart(6, '0')}`;
}

/** A colour between `a` (t = 0) and `b` (t = 1). */
export function mix(a: Colour, b: Colour, t: number): `#${string}` {
  const [ar, ag, ab] = toRgb(a);
  const [br, bg, bb] = toRgb(b);
  const channel = (x: number, y: number): string =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(ar, br)}${channel(ag, bg)}${channel(ab, bb)}`;
}

/** Towards the room's background (the dark of the night office). */
export function shade(colour: Colour, t: number): `#${string}` {
  return mix(colour, 'background', t);
}

/** Towards the warm cream of the text colour (a highlight, never pure white). */
export function light(colour: Colour, t: number): `#${string}` {
  return mix(colour, 'text', t);
}

/** Darker than the background, for silhouettes and deep shadows. */
export const INK = mix('background', '#000000', 0.35);

// ---------------------------------------------------------------------------------------------------
// Elements

export type Attrs = Record<string, string | number | undefined>;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

const COLOUR_ATTRS = new Set(['fill', 'stroke', 'stop-color', 'color']);

function attrs(values: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    let text = typeof value === 'number' ? num(value) : value;
    if (COLOUR_ATTRS.has(key) && typeof value === 'string' && value in PALETTE) text = col(value as PaletteName);
    out += ` ${key}="${escapeAttr(text)}"`;
  }
  return out;
}

/** Any element; children are already-built strings. */
export function el(tag: string, attributes: Attrs = {}, ...children: string[]): string {
  const body = children.filter((child) => child !== '').join('');
  return body === '' ? `<${tag}${attrs(attributes)}/>` : `<${tag}${attrs(attributes)}>${body}</${tag}>`;
}

export function g(attributes: Attrs, ...children: string[]): string {
  return el('g', attributes, ...children);
}

export function rect(x: number, y: number, width: number, height: number, attributes: Attrs = {}): string {
  return el('rect', { x, y, width, height, ...attributes });
}

export function circle(cx: number, cy: number, r: number, attributes: Attrs = {}): string {
  return el('circle', { cx, cy, r, ...attributes });
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, attributes: Attrs = {}): string {
  return el('ellipse', { cx, cy, rx, ry, ...attributes });
}

export function line(x1: number, y1: number, x2: number, y2: number, attributes: Attrs = {}): string {
  return el('line', { x1, y1, x2, y2, ...attributes });
}

export function path(d: string, attributes: Attrs = {}): string {
  return el('path', { d, ...attributes });
}

export function polygon(points: readonly (readonly [number, number])[], attributes: Attrs = {}): string {
  return el('polygon', { points: points.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), ...attributes });
}

export function text(x: number, y: number, content: string, attributes: Attrs = {}): string {
  return `<text${attrs({ x, y, ...attributes })}>${escapeText(content)}</text>`;
}

/** An XML comment (the `--` a comment may not hold is softened to `- -`). */
export function comment(content: string): string {
  return `<!-- ${content.replace(/--/g, '- -')} -->`;
}

/** Path data from a template: numbers are rounded like every other attribute. */
export function d(strings: TemplateStringsArray, ...values: number[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += num(value) + (strings[i + 1] ?? '');
  });
  return out.replace(/\s+/g, ' ').trim();
}

export interface Stop {
  offset: number;
  colour: Colour;
  opacity?: number;
}

function stops(list: readonly Stop[]): string[] {
  return list.map((stop) => el('stop', { offset: stop.offset, 'stop-color': col(stop.colour), 'stop-opacity': stop.opacity }));
}

export function linearGradient(id: string, list: readonly Stop[], attributes: Attrs = { x1: 0, y1: 0, x2: 0, y2: 1 }): string {
  return el('linearGradient', { id, ...attributes }, ...stops(list));
}

export function radialGradient(id: string, list: readonly Stop[], attributes: Attrs = {}): string {
  return el('radialGradient', { id, ...attributes }, ...stops(list));
}

export function defs(...children: string[]): string {
  return el('defs', {}, ...children);
}

/** Diagonal stripes from top-left to bottom-right across a box; clip them with a clipPath to a shape. */
export function hatch(x: number, y: number, width: number, height: number, spacing: number, attributes: Attrs): string {
  const lines: string[] = [];
  for (let offset = -height; offset < width + spacing; offset += spacing) {
    lines.push(`M${num(x + offset)} ${num(y + height)}L${num(x + offset + height)} ${num(y)}`);
  }
  return path(lines.join(''), { fill: 'none', ...attributes });
}

/** Seeded noise for scattered city lights and the like (shared with the sound generator). */
export { seeded } from '../seeded-random';

// ---------------------------------------------------------------------------------------------------
// Documents

export interface SvgOptions {
  /** Read by screen readers and shown by image viewers. */
  title: string;
  /** Notes for whoever uses the file (safe margins, anchor points), written as comments at the top. */
  notes?: readonly string[];
}

/** A whole SVG document with a viewBox and a width and height, ending in one newline. */
export function svg(width: number, height: number, options: SvgOptions, ...body: string[]): string {
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`;
  const notes = (options.notes ?? []).map((note) => `\n${comment(note)}`).join('');
  return `${head}${notes}\n${el('title', {}, escapeText(options.title))}\n${body.filter((part) => part !== '').join('\n')}\n</svg>\n`;
}

/** One generated file: its name in assets/art and its text. */
export interface ArtFile {
  name: string;
  content: string;
}
