// The colour-blind-safe and high-contrast palettes, proved by numbers (issue 18): a host serving and a
// host with Apache down must read apart for a player with protanopia, deuteranopia or tritanopia, as must
// every host state, the php7 band on its serving tile, and the dashboards' good and bad lines on their
// panels. The simulation is Machado 2009, the difference CIEDE2000, the contrast WCAG's. And the page's
// text in every palette is readable: 4.5:1 on the panels, the pager's blink in both its halves included.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE2000, DEFICIENT_VISIONS, luminance, simulate, type Vision } from '../../src/views/colour-vision';
import { setCanvasPalette } from '../../src/views/display-mode';
import { COLOUR_BLIND_PALETTE, HIGH_CONTRAST_PALETTE, PALETTE, palette, stroke, type Palette } from '../../src/views/palette';
import { repoPath } from '../support/level-files';

const EVERY_VISION: readonly Vision[] = ['typical', ...DEFICIENT_VISIONS];

/** The smallest difference between two colours over every kind of vision. */
function leastDifference(a: number, b: number): number {
  return Math.min(...EVERY_VISION.map((vision) => deltaE2000(simulate(a, vision), simulate(b, vision))));
}

function leastContrast(a: number, b: number): number {
  return Math.min(...EVERY_VISION.map((vision) => contrastRatio(simulate(a, vision), simulate(b, vision))));
}

/** Each host state's main colour: the glyph's body (a drained host's is the raised panel, under its hatching). */
function hostStates(colours: Palette): Record<string, number> {
  return {
    serving: colours.healthy,
    'Apache down': colours.broken,
    'Chef stopped, degraded': colours.warning,
    'Chef running': colours.chef,
    drained: colours.panelRaised,
    unknown: colours.unknown,
  };
}

describe('colour vision arithmetic', () => {
  it('measures contrast as WCAG does and difference as CIEDE2000 does', () => {
    expect(contrastRatio(0xffffff, 0x000000)).toBeCloseTo(21, 5);
    expect(contrastRatio(0x777777, 0xffffff)).toBeCloseTo(4.48, 2);
    expect(luminance(0xffffff)).toBeCloseTo(1, 5);
    expect(deltaE2000(0x336699, 0x336699)).toBe(0);
    expect(deltaE2000(0xffffff, 0x000000)).toBeCloseTo(100, 1);
    expect(deltaE2000(0x00ff00, 0xff0000)).toBeCloseTo(deltaE2000(0xff0000, 0x00ff00), 9);
  });

  it('leaves greys grey and confuses what a dichromat confuses', () => {
    for (const vision of DEFICIENT_VISIONS) expect(deltaE2000(simulate(0x808080, vision), 0x808080)).toBeLessThan(1.5);
    // The classic confusions: red and green for protans and deutans, blue and green for tritans.
    expect(deltaE2000(simulate(0xd62728, 'deuteranopia'), simulate(0x8c8c00, 'deuteranopia'))).toBeLessThan(deltaE2000(0xd62728, 0x8c8c00) / 2);
    expect(deltaE2000(simulate(0x2a7fff, 'tritanopia'), simulate(0x2aa0a0, 'tritanopia'))).toBeLessThan(deltaE2000(0x2a7fff, 0x2aa0a0));
  });
});

describe('the standard palette', () => {
  it('keeps every host state 3:1 off its rack, but serving and Apache down nearly meet for a red-green dichromat', () => {
    for (const name of ['healthy', 'broken', 'warning', 'chef', 'php7', 'unknown'] as const) expect(leastContrast(PALETTE[name], PALETTE.panel), name).toBeGreaterThanOrEqual(3);
    // The finding, kept as a number: both turn olive. Hence the colour-blind palette.
    expect(deltaE2000(simulate(PALETTE.healthy, 'deuteranopia'), simulate(PALETTE.broken, 'deuteranopia'))).toBeLessThan(15);
  });
});

describe.each([
  ['colour-blind', COLOUR_BLIND_PALETTE],
  ['high-contrast', HIGH_CONTRAST_PALETTE],
] as const)('the %s palette', (_name, colours) => {
  it('tells serving from Apache down by lightness as well as hue, under every kind of colour vision', () => {
    expect(leastDifference(colours.healthy, colours.broken)).toBeGreaterThanOrEqual(40);
    expect(leastContrast(colours.healthy, colours.broken)).toBeGreaterThanOrEqual(2.5);
    // Three times as far apart as the standard palette's, where it fails.
    expect(leastDifference(colours.healthy, colours.broken)).toBeGreaterThan(3 * leastDifference(PALETTE.healthy, PALETTE.broken));
  });

  it('keeps every host state plainly apart from every other (CIEDE2000 at least 20) under every kind of colour vision', () => {
    const states = Object.entries(hostStates(colours));
    for (const [index, [name, colour]] of states.entries())
      for (const [other, otherColour] of states.slice(index + 1)) expect(leastDifference(colour, otherColour), `${name} and ${other}`).toBeGreaterThanOrEqual(20);
  });

  it('draws the php7 band 3:1 off its serving tile and its rack, and every state and graph line 3:1 off the panels', () => {
    expect(leastContrast(colours.php7, colours.healthy)).toBeGreaterThanOrEqual(3);
    for (const name of ['healthy', 'broken', 'warning', 'chef', 'php7', 'unknown', 'info'] as const) expect(leastContrast(colours[name], colours.panel), name).toBeGreaterThanOrEqual(3);
  });

  it('is the canvas’s when chosen, and the standard one again after', () => {
    try {
      setCanvasPalette(_name);
      expect(palette()).toBe(colours);
    } finally {
      setCanvasPalette('standard');
    }
    expect(palette()).toBe(PALETTE);
  });
});

describe('the high-contrast palette', () => {
  it('puts white text on black with edges as bright as the text, and draws its lines thicker', () => {
    expect(contrastRatio(HIGH_CONTRAST_PALETTE.text, HIGH_CONTRAST_PALETTE.panel)).toBe(21);
    expect(contrastRatio(HIGH_CONTRAST_PALETTE.textDim, HIGH_CONTRAST_PALETTE.panelRaised)).toBeGreaterThanOrEqual(7);
    expect(HIGH_CONTRAST_PALETTE.panelEdge).toBe(0xffffff);
    try {
      setCanvasPalette('high-contrast');
      expect(stroke(2)).toBe(3);
    } finally {
      setCanvasPalette('standard');
    }
  });
});

/** The colours of one block of palette.css, over the :root block's. */
function cssPalette(selector: string): Record<string, number> {
  const css = readFileSync(repoPath('src/ui/palette.css'), 'utf8');
  const colours = (head: string): Record<string, number> => {
    const block = css.split('\n' + head + ' {')[1] ?? (css.startsWith(head + ' {') ? css.slice(head.length + 2) : null);
    if (block === null) throw new Error(`no "${head}" block in palette.css`);
    return Object.fromEntries([...block.slice(0, block.indexOf('}')).matchAll(/(--[\w-]+):\s*#([0-9a-f]{6})/gi)].map((match) => [match[1]!, parseInt(match[2]!, 16)]));
  };
  return { ...colours(':root'), ...(selector === ':root' ? {} : colours(selector)) };
}

describe.each([':root', 'body.projector', 'html.palette-colour-blind, html.palette-colour-blind body', 'html.palette-high-contrast, html.palette-high-contrast body'])(
  'the page’s colours (%s)',
  (selector) => {
    const colours = cssPalette(selector);

    it('make every colour that text is written in 4.5:1 on the panels', () => {
      for (const text of ['--text', '--dim', '--healthy', '--warning', '--broken', '--info', '--accent', '--php7', '--chef'])
        for (const under of ['--panel', '--panel-raised', '--bg']) expect(contrastRatio(colours[text]!, colours[under]!), `${text} on ${under}`).toBeGreaterThanOrEqual(4.5);
    });

    it('keep the ringing pager readable in both halves of its blink', () => {
      expect(contrastRatio(colours['--broken']!, colours['--panel']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours['--text']!, colours['--ring-low']!)).toBeGreaterThanOrEqual(4.5);
    });
  },
);
