// The display settings reach the page and the canvas: the text size as a factor the CSS multiplies every
// font by, the palette as a class on the page and the canvas's colours, and reduced motion from the
// game's setting, or from the system's wish while the setting says 'system', following it when it changes.

import { afterEach, describe, expect, it } from 'vitest';
import { applyDisplaySettings, motionReduced, REDUCED_MOTION_CLASS, TEXT_SIZE_PROPERTY, type DisplayTarget } from '../../src/ui/display-settings';
import { zoomTextFactor } from '../../src/ui/ui-layer';
import { canvasPalette, isMotionReduced, setCanvasPalette, setMotionReduced } from '../../src/views/display-mode';
import { glyphFor, GLYPH_LEGEND } from '../../src/views/host-glyphs';
import { mashPose } from '../../src/views/cat-art';

function fakePage(systemReduced: boolean): { target: DisplayTarget; classes: Set<string>; properties: Map<string, string>; system: { reduced: boolean; change: () => void } } {
  const classes = new Set<string>();
  const properties = new Map<string, string>();
  const system = { reduced: systemReduced, change: (): void => {} };
  const target: DisplayTarget = {
    root: {
      style: { setProperty: (name, value) => void properties.set(name, value) },
      classList: { toggle: (name, on) => (on ? classes.add(name) : classes.delete(name)) },
    },
    systemPrefersReduced: () => system.reduced,
    onSystemChange: (listener) => void (system.change = listener),
  };
  return { target, classes, properties, system };
}

afterEach(() => {
  setCanvasPalette('standard');
  setMotionReduced(false);
});

describe('display settings', () => {
  it('reduce motion when the setting says so, or when it follows a system that asks', () => {
    expect(motionReduced('on', false)).toBe(true);
    expect(motionReduced('off', true)).toBe(false);
    expect(motionReduced('system', true)).toBe(true);
    expect(motionReduced('system', false)).toBe(false);
  });

  it('hand the text size to the CSS as a factor, and mark the page with the palette and reduced motion', () => {
    const page = fakePage(false);
    applyDisplaySettings({ textSize: 175, reducedMotion: 'on', palette: 'high-contrast' }, page.target);
    expect(page.properties.get(TEXT_SIZE_PROPERTY)).toBe('1.75');
    expect([...page.classes].sort()).toEqual(['palette-high-contrast', REDUCED_MOTION_CLASS]);
    expect(canvasPalette()).toBe('high-contrast');
    expect(isMotionReduced()).toBe(true);
    applyDisplaySettings({ textSize: 100, reducedMotion: 'off', palette: 'colour-blind' }, page.target);
    expect(page.properties.get(TEXT_SIZE_PROPERTY)).toBe('1');
    expect([...page.classes]).toEqual(['palette-colour-blind']);
    expect(isMotionReduced()).toBe(false);
  });

  it("follow the system's wish while the game is open, when the setting says 'system'", () => {
    const page = fakePage(false);
    applyDisplaySettings({ textSize: 100, reducedMotion: 'system', palette: 'standard' }, page.target);
    expect(isMotionReduced()).toBe(false);
    page.system.reduced = true;
    page.system.change();
    expect(isMotionReduced()).toBe(true);
    expect(page.classes.has(REDUCED_MOTION_CLASS)).toBe(true);
  });

  it('draw the fleet and its legend with the glyphs of the chosen palette', () => {
    expect(glyphFor('serving', false)).toBe('host-serving');
    setCanvasPalette('colour-blind');
    expect(glyphFor('serving', false)).toBe('host-serving--colour-blind');
    expect(glyphFor('serving', true)).toBe('host-php7--colour-blind');
    expect(GLYPH_LEGEND.map((entry) => entry.key)).toContain('host-apache-failed--colour-blind');
  });
});

describe('reduced motion at the desks', () => {
  it('keeps a working cat in one typing pose, where it would otherwise swap poses several times a second', () => {
    const poses = (reduced: boolean): Set<string> => new Set(Array.from({ length: 20 }, (_, step) => mashPose(step * 70, reduced)));
    expect(poses(false)).toEqual(new Set(['type-a', 'type-b']));
    expect(poses(true)).toEqual(new Set(['type-a']));
  });
});

describe('browser zoom', () => {
  it('grows the text by as much as the zoom grew since the page opened, within 50 to 300 %', () => {
    expect(zoomTextFactor(1, 1)).toBe(1);
    expect(zoomTextFactor(2, 1)).toBe(2);
    // A high-density screen is not a zoom: only the change counts.
    expect(zoomTextFactor(2, 2)).toBe(1);
    expect(zoomTextFactor(3, 1.5)).toBe(2);
    expect(zoomTextFactor(10, 1)).toBe(3);
    expect(zoomTextFactor(0.1, 1)).toBe(0.5);
    expect(zoomTextFactor(Number.NaN, 1)).toBe(1);
  });
});
