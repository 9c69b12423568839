// Which drawn glyph shows a host in each known state. Every state differs by shape as well as colour;
// the php7 survivors get their own teal-banded glyph while serving, so they can be found once looked for.

import type { KnownHostState } from '../session/known-world';

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

export function glyphFor(state: KnownHostState, php7: boolean): string {
  return php7 && state === 'serving' ? PHP7_GLYPH : GLYPH_KEYS[state];
}

/** The legend under the fleet: what each glyph means, in words. */
export const GLYPH_LEGEND: readonly { key: string; label: string }[] = [
  { key: 'host-serving', label: 'serving' },
  { key: 'host-php7', label: 'php7, serving' },
  { key: 'host-apache-failed', label: 'Apache down' },
  { key: 'host-chef-running', label: 'Chef running' },
  { key: 'host-chef-stopped', label: 'Chef stopped' },
  { key: 'host-drained', label: 'drained' },
  { key: 'host-unknown', label: 'unknown' },
];
