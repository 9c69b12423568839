// Which drawn glyph shows a host in each known state. Every state differs by shape as well as colour;
// the php7 survivors get their own teal-banded glyph while serving, so they can be found once looked for.

import type { KnownHostState } from '../session/known-world';
import { canvasPalette, type CanvasPalette } from './display-mode';

export const GLYPH_KEYS: Record<KnownHostState, string> = {
  serving: 'host-serving',
  failed: 'host-apache-failed',
  'chef-running': 'host-chef-running',
  'chef-stopped': 'host-chef-stopped',
  drained: 'host-drained',
  'no-apache': 'host-no-apache',
  unknown: 'host-unknown',
};

export const PHP7_GLYPH = 'host-php7';

/** The glyph drawn in the chosen palette (scripts/art/host-glyphs draws each glyph in every palette). */
export function glyphVariant(key: string, choice: CanvasPalette = canvasPalette()): string {
  return choice === 'standard' ? key : `${key}--${choice}`;
}

export function glyphFor(state: KnownHostState, php7: boolean): string {
  return glyphVariant(php7 && state === 'serving' ? PHP7_GLYPH : GLYPH_KEYS[state]);
}

/**
 * The legend under the fleet: what each glyph means, in words. Each entry's key is read when the legend
 * is drawn, so it names the glyph in the palette chosen then, the same one the fleet's tiles show.
 */
export const GLYPH_LEGEND: readonly { key: string; label: string }[] = (
  [
    ['host-serving', 'serving'],
    ['host-php7', 'php7, serving'],
    ['host-apache-failed', 'Apache down'],
    ['host-chef-running', 'Chef running'],
    ['host-chef-stopped', 'Chef stopped'],
    ['host-drained', 'drained'],
    ['host-unknown', 'unknown'],
  ] as const
).map(([glyph, label]) => ({
  get key(): string {
    return glyphVariant(glyph);
  },
  label,
}));
