// What a screen reader says on the incident screen, decided without the DOM: short lines, each with a
// politeness. Assertive for what must interrupt (a page to the player, the site going down as the graphs
// show it); polite for what can wait its turn (alerts, people's lines in chat, a cat about to act alone).
// Only what the screen itself shows goes in: the events the alert feed and the chat print, and the site's
// status from the player's view, which is 'unknown' (and so says nothing) while the graphs are dark.
// The dev-VM noise and the Chef bot's lines are left out: the feeds keep them for reading, but said aloud
// they would bury everything else, as they did for the people in the story.
//
// A burst is one line ("12 new alerts: …"), not forty, and polite lines wait for a gap so the previous
// one is heard; the same line is not said twice within a while. Time is wall-clock milliseconds, given by
// the caller, because speech takes real time whatever the game's speed.

import type { SimEvent } from '../sim/events';
import { describeEvent } from './describe-event';
import type { PlayerView } from './player-view';

export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  text: string;
  politeness: Politeness;
}

/** The chat bot whose failure lines the chat's B filter hides (sim/chat-bots). */
const CHAT_BOTS: ReadonlySet<string> = new Set(['chef-bot']);

/** A polite line waits this long after the previous one, so a screen reader has time to say it. */
export const POLITE_GAP_MS = 3000;
/** The same words are not said again within this time. */
export const REPEAT_AFTER_MS = 30_000;
/** How many lines of a burst are read out before "and N more". */
const BURST_NAMED = 2;

type Kind = 'page' | 'site-down' | 'site' | 'alert' | 'chat' | 'team';
type SiteStatus = PlayerView['site']['status'];

const SITE_DOWN = 'Site DOWN, from the graphs.';

interface Pending {
  kind: Kind;
  text: string;
}

export class Announcements {
  private readonly pending: Pending[] = [];
  private readonly saidAt = new Map<string, number>();
  private lastPoliteAt = -Infinity;
  /** The site's status as the player sees it now ('unknown' while blind), and as it was last said. */
  private siteNow: SiteStatus | null = null;
  private siteSaid: SiteStatus | null = null;

  /** The events of a tick, as the panels receive them. */
  hear(events: readonly SimEvent[]): void {
    for (const event of events) {
      const line = lineFor(event);
      if (line) this.pending.push(line);
    }
  }

  /**
   * The player's view: the site's status as the top bar shows it. Going down is said at once; other
   * changes when the next polite line is due, as the status stands then, so a flapping site is not a
   * stream of lines. Blind ('unknown'), nothing is said about it.
   */
  see(view: Pick<PlayerView, 'site'>): void {
    const status = view.site.status;
    if (this.siteSaid === null) this.siteSaid = status;
    if (status === 'down' && this.siteNow !== 'down' && this.siteSaid !== 'down') this.pending.push({ kind: 'site-down', text: SITE_DOWN });
    this.siteNow = status;
  }

  /**
   * What to say now: every assertive line at once (pages and the site going down, as one line), and at
   * most one polite line per gap, summing up whatever piled up meanwhile. Lines said within the repeat
   * time are dropped.
   */
  due(nowMs: number): Announcement[] {
    const out: Announcement[] = [];
    const urgent = this.fresh(
      this.take((item) => item.kind === 'page' || item.kind === 'site-down'),
      nowMs,
    );
    const pages = urgent.filter((item) => item.kind === 'page');
    const down = urgent.some((item) => item.kind === 'site-down');
    if (down) this.siteSaid = 'down';
    const assertive = [...(down ? [SITE_DOWN] : []), ...(pages.length > 0 ? [summed(pages, 'pages')] : [])];
    if (assertive.length > 0) out.push({ politeness: 'assertive', text: assertive.join(' ') });
    if (nowMs - this.lastPoliteAt >= POLITE_GAP_MS && this.waiting) {
      const site = this.siteChange();
      const waiting = this.fresh([...(site ? [site] : []), ...this.take(() => true)], nowMs);
      const parts = waiting.filter((item) => item.kind === 'site').map((item) => item.text);
      if (parts.length > 0) this.siteSaid = this.siteNow;
      for (const [kind, noun] of [
        ['alert', 'alerts'],
        ['team', 'notes from the team'],
        ['chat', 'chat lines'],
      ] as const) {
        const lines = waiting.filter((item) => item.kind === kind);
        if (lines.length > 0) parts.push(summed(lines, noun));
      }
      if (parts.length > 0) {
        out.push({ politeness: 'polite', text: parts.join(' ') });
        this.lastPoliteAt = nowMs;
      }
    }
    return out;
  }

  /** Whether lines are waiting for their gap (the announcer asks again later). */
  get waiting(): boolean {
    return this.pending.length > 0 || this.siteChange() !== null;
  }

  /** The site's status, when the graphs show it other than as last said (down is said on its own, at once). */
  private siteChange(): Pending | null {
    const now = this.siteNow;
    if (now === null || now === 'unknown' || now === 'down' || now === this.siteSaid) return null;
    const text = now === 'degraded' ? (this.siteSaid === 'down' ? 'Site up again but degraded, from the graphs.' : 'Site DEGRADED, from the graphs.') : 'Site OK again, from the graphs.';
    return { kind: 'site', text };
  }

  private take(which: (item: Pending) => boolean): Pending[] {
    const taken = this.pending.filter(which);
    const kept = this.pending.filter((item) => !which(item));
    this.pending.splice(0, this.pending.length, ...kept);
    return taken;
  }

  /** Drops repeats (within this batch, and said within the repeat time) and notes the rest as said now. */
  private fresh(items: readonly Pending[], nowMs: number): Pending[] {
    const kept: Pending[] = [];
    for (const item of items) {
      const said = this.saidAt.get(item.text);
      if (said !== undefined && nowMs - said < REPEAT_AFTER_MS) continue;
      this.saidAt.set(item.text, nowMs);
      kept.push(item);
    }
    for (const [text, at] of this.saidAt) if (nowMs - at >= REPEAT_AFTER_MS) this.saidAt.delete(text);
    return kept;
  }
}

/** One line, or a count with the first few named: "12 new alerts: A. B. And 10 more." */
function summed(items: readonly Pending[], noun: string): string {
  if (items.length === 1) return sentence(items[0]!.text);
  const named = items.slice(0, BURST_NAMED).map((item) => sentence(item.text));
  const more = items.length - named.length;
  return `${items.length} new ${noun}: ${named.join(' ')}${more > 0 ? ` And ${more} more.` : ''}`;
}

function sentence(text: string): string {
  return /[.!?…”)]$/.test(text) ? text : `${text}.`;
}

/** The line an event earns, if any: the alert feed's and the chat's own wording, shortened where they are long. */
function lineFor(event: SimEvent): Pending | null {
  switch (event.type) {
    case 'page-sent':
      return { kind: 'page', text: describeEvent(event)! };
    case 'alert-raised':
      return event.pagesOnCall ? { kind: 'alert', text: describeEvent(event)! } : null;
    case 'alert-cleared':
      return event.tier === 'dev' ? null : { kind: 'alert', text: describeEvent(event)! };
    case 'site-alert-raised':
    case 'site-alert-cleared':
    case 'monitoring-alert-raised':
    case 'monitoring-alert-cleared':
    case 'tool-went-down':
    case 'tool-came-back':
      return { kind: 'alert', text: describeEvent(event)! };
    case 'message-posted':
      if (CHAT_BOTS.has(event.from) || event.from === 'player') return null;
      return { kind: 'chat', text: `${event.from} in chat: ${event.text}` };
    case 'said-in-person':
      return { kind: 'chat', text: `${event.from}, across the desk: ${event.text}` };
    case 'channel-went-down':
    case 'channel-restored':
      return { kind: 'chat', text: describeEvent(event)! };
    case 'change-review-asked':
    case 'change-pushed-anyway':
      return { kind: 'team', text: describeEvent(event)! };
    case 'responder-announced':
      return { kind: 'team', text: `${event.name} is about to start, on their own: ${event.summary}. N says no, C gives a job.` };
    default:
      return null;
  }
}
