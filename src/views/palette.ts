// The game's colours and type, in one place: a dark ops room lit by warm screens. State is always shown
// by shape as well as colour (see host-glyphs), so nothing depends on telling red from green.

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

/** `#rrggbb` for CSS and SVG. */
export function css(name: PaletteName): string {
  return `#${PALETTE[name].toString(16).padStart(6, '0')}`;
}

/** Type: a monospace face every machine has, so the game never fetches a font. */
export const FONT_FAMILY = '"DejaVu Sans Mono", "Menlo", "Consolas", ui-monospace, monospace';
export const FONT_FAMILY_UI = '"DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif';

/** The logical screen; Phaser scales it to fit, 1280x720 on a laptop, 1920x1080 on a projector. */
export const SCREEN = { width: 1280, height: 720 } as const;
