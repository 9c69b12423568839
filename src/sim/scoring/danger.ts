// When the cookbook was dangerous: while it pinned a version that breaks Apache on install, the mirror
// carried that version, and the fix (delete the default config first) was not in. Every host whose Chef
// ran in that time took the bad change. The danger ends with the fix, or with a pin the mirror cannot
// serve or that keeps hosts where they are (an improvised kill switch: it also stops new servers being
// built), and comes back if the pin returns to the bad version without the fix.

import type { SimConfig } from '../config';
import type { SimEvent } from '../events';
import type { CreditBook } from './credit';

export interface DangerSpan {
  fromTick: number;
  /** When it ended, or null if it lasted to the end of the run. */
  toTick: number | null;
  /** How it ended: the cookbook fixed, or the pin moved off the bad version. */
  endedBy: 'fix' | 'pin' | null;
  /** The event that ended it, and whether that was the player's decision. */
  endEvent: SimEvent | null;
  endedByPlayer: boolean;
}

export interface Danger {
  spans: DangerSpan[];
  /** Whether the cookbook was dangerous at this tick. */
  at(tick: number): boolean;
  /** When the fix ended the danger for good (null while it lasts, while a pin only holds it off, or if there never was one). */
  passedTick: number | null;
  /** The pin the cookbook ended the run with, and whether the mirror can serve it (new servers can be built). */
  finalPin: string;
  finalPinOnMirror: boolean;
}

export function dangerOf(config: SimConfig, events: readonly SimEvent[], credit: CreditBook): Danger {
  const apache = config.apache;
  let pin = apache.pinnedVersion;
  let fixed = false;
  const dangerous = (): boolean => !fixed && pin === apache.mirrorVersion && apache.versionsDroppingDefaultConfig.includes(pin);
  const spans: DangerSpan[] = [];
  /** When the cookbook became safe for good: the fix, or a pin to a version without the quirk. */
  let safeTick: number | null = null;
  let open: DangerSpan | null = dangerous() ? { fromTick: 0, toTick: null, endedBy: null, endEvent: null, endedByPlayer: false } : null;
  if (open) spans.push(open);

  for (const event of events) {
    if (event.type === 'pin-changed' && event.hosts === null) pin = event.version;
    else if (event.type === 'cookbook-fixed') fixed = true;
    else continue;
    const safe = fixed || (pin === apache.mirrorVersion && !apache.versionsDroppingDefaultConfig.includes(pin));
    safeTick = safe ? (safeTick ?? event.tick) : null;
    const now = dangerous();
    if (now && !open) {
      open = { fromTick: event.tick, toTick: null, endedBy: null, endEvent: null, endedByPlayer: false };
      spans.push(open);
    } else if (!now && open) {
      // A pin the mirror can serve (a version without the quirk) is a fix forward; any other pin is a block.
      const fix = event.type === 'cookbook-fixed' || pin === apache.mirrorVersion;
      Object.assign(open, { toTick: event.tick, endedBy: fix ? 'fix' : 'pin', endEvent: event, endedByPlayer: credit.credited(event) });
      open = null;
    }
  }
  const last = spans[spans.length - 1];
  return {
    spans,
    at: (tick) => spans.some((span) => span.fromTick <= tick && (span.toTick === null || tick < span.toTick)),
    // Passed once the cookbook is safe for good, even if a pin held the danger off before the fix came.
    passedTick: last && last.toTick !== null && safeTick !== null ? Math.max(safeTick, last.toTick) : null,
    finalPin: pin,
    finalPinOnMirror: pin === apache.mirrorVersion,
  };
}
