// The game's colours and type, in one place: a dark ops room lit by warm screens. State is always shown
// by shape as well as colour (see host-glyphs), so nothing depends on telling red from green.

import { isProjector } from './projector';

export const PALETTE = {
  background: 0x14161d,
  panel: 0x1e2230,
  panelRaised: 0x272c3c,
  panelEdge: 0x3a4256,
  text: 0xefe8d8,
  textDim: 0xaaa493,
  healthy: 0x5cc48a,
  warning: 0xf2b84b,
  broken: 0xef6a5a,
  unknown: 0x6b7388,
  info: 0x6fa8ff,
  chef: 0xb38cff,
  php7: 0x3fc1c9,
  accent: 0xff9f5a,
} as const;

export type PaletteName = keyof typeof PALETTE;
export type Palette = { readonly [name in PaletteName]: number };

/**
 * Projector mode's colours (the same as palette.css's `body.projector`): a projector washes out dark
 * greys, so the panels are darker, their edges lighter, the text brighter and the states more saturated.
 */
export const PROJECTOR_PALETTE: Palette = {
  background: 0x0b0c11,
  panel: 0x161a25,
  panelRaised: 0x232939,
  panelEdge: 0x66708c,
  text: 0xffffff,
  textDim: 0xe0dacb,
  healthy: 0x6ee39f,
  warning: 0xffc857,
  broken: 0xff7b69,
  unknown: 0xa3abc2,
  info: 0x8dbbff,
  chef: 0xc8a6ff,
  php7: 0x52dde4,
  accent: 0xffad6b,
};

/** The colours the canvas draws with now: projector mode's, or the usual ones. */
export function palette(): Palette {
  return isProjector() ? PROJECTOR_PALETTE : PALETTE;
}

/** How thick the canvas draws a line of `width` px: thicker in projector mode, where thin lines vanish. */
export function stroke(width: number): number {
  return isProjector() ? width + 1 : width;
}

/** `#rrggbb` for CSS and SVG. */
export function css(name: PaletteName): string {
  return `#${PALETTE[name].toString(16).padStart(6, '0')}`;
}

/** Type: a monospace face every machine has, so the game never fetches a font. */
export const FONT_FAMILY = '"DejaVu Sans Mono", "Menlo", "Consolas", ui-monospace, monospace';
export const FONT_FAMILY_UI = '"DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif';

/** The logical screen; Phaser scales it to fit, 1280x720 on a laptop, 1920x1080 on a projector. */
export const SCREEN = { width: 1280, height: 720 } as const;
