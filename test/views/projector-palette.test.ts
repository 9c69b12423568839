// The canvas and the DOM draw with the same colours, in projector mode as on the usual screen: the
// palette of src/views/palette.ts is written out again as CSS variables in src/ui/palette.css, once for
// `:root` and once for `body.projector`, and the two must not drift apart.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE, PROJECTOR_PALETTE, palette, stroke, type Palette, type PaletteName } from '../../src/views/palette';
import { setProjector } from '../../src/views/projector';
import { repoPath } from '../support/level-files';

const CSS_NAMES: Record<PaletteName, string> = {
  background: '--bg',
  panel: '--panel',
  panelRaised: '--panel-raised',
  panelEdge: '--edge',
  text: '--text',
  textDim: '--dim',
  healthy: '--healthy',
  warning: '--warning',
  broken: '--broken',
  unknown: '--unknown',
  info: '--info',
  chef: '--chef',
  php7: '--php7',
  accent: '--accent',
};

function cssColours(selector: string): Record<string, string> {
  const css = readFileSync(repoPath('src/ui/palette.css'), 'utf8');
  const block = new RegExp(`(?:^|\\n)${selector.replace('.', '\\.')} \\{([^}]*)\\}`).exec(css);
  if (!block) throw new Error(`no ${selector} block in palette.css`);
  // The palette's names only: the CSS also has colours the canvas never draws with (the pager's blink).
  const names = Object.values(CSS_NAMES);
  return Object.fromEntries([...block[1]!.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].filter((match) => names.includes(match[1]!)).map((match) => [match[1]!, match[2]!.toLowerCase()]));
}

function asCss(colours: Palette): Record<string, string> {
  return Object.fromEntries((Object.keys(CSS_NAMES) as PaletteName[]).map((name) => [CSS_NAMES[name], `#${colours[name].toString(16).padStart(6, '0')}`]));
}

describe('the palette', () => {
  it('is the same in palette.css as in palette.ts', () => {
    expect(cssColours(':root')).toEqual(asCss(PALETTE));
  });

  it('has projector mode’s colours in palette.css as in palette.ts', () => {
    expect(cssColours('body.projector')).toEqual(asCss(PROJECTOR_PALETTE));
  });

  it('makes projector mode’s text brighter and its panels no lighter', () => {
    const luminance = (colour: number): number => 0.2126 * ((colour >> 16) & 255) + 0.7152 * ((colour >> 8) & 255) + 0.0722 * (colour & 255);
    for (const name of ['text', 'textDim', 'healthy', 'warning', 'broken', 'unknown', 'info', 'panelEdge'] as const)
      expect(luminance(PROJECTOR_PALETTE[name]), name).toBeGreaterThan(luminance(PALETTE[name]));
    for (const name of ['background', 'panel', 'panelRaised'] as const) expect(luminance(PROJECTOR_PALETTE[name]), name).toBeLessThanOrEqual(luminance(PALETTE[name]));
  });

  it('is the canvas’s in projector mode, with thicker lines', () => {
    try {
      setProjector(true);
      expect(palette()).toBe(PROJECTOR_PALETTE);
      expect(stroke(2)).toBe(3);
    } finally {
      setProjector(false);
    }
    expect(palette()).toBe(PALETTE);
    expect(stroke(2)).toBe(2);
  });
});
