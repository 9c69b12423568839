// The attract loop's large captions: one line naming each beat of the story as the watched run reaches it
// (the pin pushed, web servers breaking, the page, the graphs dark, the php7 hosts holding the site up,
// the fix, resolved). They read only the events the incident screen itself shows in its chat, alerts and
// terminal, so a caption never says more than the screen under it. Each beat is said once a run and
// stays up long enough to read, however fast the replay runs. Pure: the time is passed in.

import type { SimEvent } from '../sim/events';

export type BeatId = 'pin' | 'kill-switch' | 'breaking' | 'paged' | 'graphs-dark' | 'php7' | 'second-run' | 'fix' | 'rollout' | 'resolved';

const BEAT_WORDS: Record<BeatId, string> = {
  pin: 'A one-line change: the Apache version pinned in Chef is bumped',
  'kill-switch': 'The kill switch: chef-client stopped before it spreads',
  breaking: 'Chef upgrades Apache, and the web servers break',
  paged: 'The pager goes off',
  'graphs-dark': 'The graphs go dark: the monitoring ran on Apache too',
  php7: 'Seven forgotten php7 servers hold the site up',
  'second-run': 'Chef run a second time: Apache starts again',
  fix: 'The fix: the cookbook fixed forward',
  rollout: 'Rolled out carefully, a few hosts at a time',
  resolved: 'Resolved: the site is whole again',
};

/** Which beat an event is, if any. */
export function beatOf(event: SimEvent): BeatId | null {
  switch (event.type) {
    case 'pin-changed':
      return 'pin';
    case 'chef-daemon-stopped':
    case 'chef-paused':
      return 'kill-switch';
    case 'apache-failed-to-start':
      return 'breaking';
    case 'page-sent':
      return 'paged';
    case 'tool-went-down':
      return event.service === 'dashboards' ? 'graphs-dark' : null;
    case 'lb-stats-read':
      return 'php7';
    case 'pool-status-changed':
      return event.to === 'degraded' ? 'php7' : null;
    case 'cookbook-fixed':
      return 'fix';
    case 'apache-started':
      return 'rollout';
    case 'incident-resolved':
      return 'resolved';
    default:
      return null;
  }
}

/** Each caption shows at least this long (real time) before the next one takes its place. */
export const BEAT_SHOW_MS = 4000;

/**
 * Spots each beat the first time a run reaches it. Apache starting before the cookbook is fixed is a second
 * Chef run getting it going (as on the day), not the careful roll-out, which counts only after the fix.
 */
export class BeatSpotter {
  private readonly said = new Set<BeatId>();

  /** A tick's events, in order: the beats they reach for the first time. */
  take(events: readonly SimEvent[]): BeatId[] {
    const found: BeatId[] = [];
    for (const event of events) {
      const named = beatOf(event);
      const beat = named === 'rollout' && !this.said.has('fix') ? 'second-run' : named;
      if (beat === null || this.said.has(beat)) continue;
      this.said.add(beat);
      found.push(beat);
    }
    return found;
  }
}

/** The words the screen shows for a beat. */
export function beatWords(beat: BeatId): string {
  return BEAT_WORDS[beat];
}

export class AttractCaptions {
  private readonly spotter = new BeatSpotter();
  private readonly queue: BeatId[] = [];
  private shown: { beat: BeatId; sinceMs: number } | null = null;

  /** A tick's events, in order. */
  take(events: readonly SimEvent[]): void {
    this.queue.push(...this.spotter.take(events));
  }

  /** The caption to show now, or null before the first beat. */
  current(nowMs: number): { beat: BeatId; text: string } | null {
    if (this.queue.length > 0 && (this.shown === null || nowMs - this.shown.sinceMs >= BEAT_SHOW_MS)) this.shown = { beat: this.queue.shift()!, sinceMs: nowMs };
    return this.shown ? { beat: this.shown.beat, text: BEAT_WORDS[this.shown.beat] } : null;
  }
}
