// The game's colours and type, in one place: a dark ops room lit by warm screens. State is always shown
// by shape as well as colour (see host-glyphs), so nothing depends on telling red from green.

import { canvasPalette } from './display-mode';
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

/**
 * The colour-blind-safe palette (Okabe and Ito's hues, lightened for a dark room): serving is a pale sky
 * blue, Apache down a dark vermilion, so the two differ in lightness as well as hue and stay apart under
 * protanopia, deuteranopia and tritanopia; degraded is yellow, Chef a violet, the php7 band a deep blue
 * that stands off both the serving tile and the rack. test/views/colour-vision.test.ts holds the numbers.
 */
export const COLOUR_BLIND_PALETTE: Palette = {
  ...PALETTE,
  panelEdge: 0x59627c,
  healthy: 0xc2e8ff,
  warning: 0xf0e442,
  broken: 0xd55e00,
  unknown: 0x6b7388,
  info: 0x56b4e9,
  chef: 0xb07aff,
  php7: 0x1f78c8,
  accent: 0xff9f5a,
};

/** High contrast: black panels with white edges, white text, and the colour-blind palette's state colours. */
export const HIGH_CONTRAST_PALETTE: Palette = {
  background: 0x000000,
  panel: 0x000000,
  panelRaised: 0x1c1c1c,
  panelEdge: 0xffffff,
  text: 0xffffff,
  textDim: 0xe6e6e6,
  healthy: 0xc2e8ff,
  warning: 0xffe14d,
  broken: 0xd55e00,
  unknown: 0x5f6b80,
  info: 0x7cc4ff,
  chef: 0xb07aff,
  php7: 0x1f78c8,
  accent: 0xffa040,
};

/** The colours the canvas draws with now: the chosen palette, projector mode's, or the usual ones. */
export function palette(): Palette {
  const choice = canvasPalette();
  if (choice === 'colour-blind') return COLOUR_BLIND_PALETTE;
  if (choice === 'high-contrast') return HIGH_CONTRAST_PALETTE;
  return isProjector() ? PROJECTOR_PALETTE : PALETTE;
}

/** How thick the canvas draws a line of `width` px: thicker in projector mode, where thin lines vanish, and in high contrast. */
export function stroke(width: number): number {
  return isProjector() || canvasPalette() === 'high-contrast' ? width + 1 : width;
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
