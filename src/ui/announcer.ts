// The incident screen's two live regions, for screen readers: polite (role=status) for alerts and chat,
// assertive (role=alert) for a page and the site going down. Both are in the page from the screen's
// mount, empty, so screen readers have registered them before anything is said. What to say, when, and
// how often is decided in session/announcements; this only puts it in the regions. Each line replaces
// the region's text after clearing it a frame earlier, so the same words said again are heard again.

import './announcer.css';
import { Announcements } from '../session/announcements';
import type { PlayerView } from '../session/player-view';
import type { SimEvent } from '../sim/events';

/** How soon to look again while polite lines wait for their gap. */
const RETRY_MS = 500;

export class Announcer {
  readonly polite: HTMLElement;
  readonly assertive: HTMLElement;
  private readonly decide = new Announcements();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(parent: HTMLElement) {
    this.polite = region(parent, 'status', 'polite');
    this.assertive = region(parent, 'alert', 'assertive');
  }

  /** The tick's events, as the panels get them. */
  take(events: readonly SimEvent[]): void {
    this.decide.hear(events);
    this.speak();
  }

  /** The player's view, for the site's status as the top bar shows it. */
  see(view: Pick<PlayerView, 'site'>): void {
    this.decide.see(view);
    if (this.decide.waiting) this.speak();
  }

  private speak(): void {
    // The screen is gone (a restart, the debrief): nothing more to say.
    if (!this.polite.isConnected) return;
    for (const line of this.decide.due(performance.now())) say(line.politeness === 'assertive' ? this.assertive : this.polite, line.text);
    if (this.decide.waiting && this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.speak();
      }, RETRY_MS);
    }
  }
}

function region(parent: HTMLElement, role: 'status' | 'alert', live: 'polite' | 'assertive'): HTMLElement {
  const element = document.createElement('div');
  element.className = `sr-only announcer announcer-${live}`;
  element.setAttribute('role', role);
  element.setAttribute('aria-live', live);
  element.setAttribute('aria-atomic', 'true');
  parent.appendChild(element);
  return element;
}

/** Lines waiting for the next frame, per region: two said in one frame are said together, not one lost. */
const queued = new Map<HTMLElement, string[]>();

/** Clears the region, then sets the line on the next frame: a change screen readers pick up even for the same words. */
function say(element: HTMLElement, text: string): void {
  const waiting = queued.get(element);
  if (waiting) return void waiting.push(text);
  queued.set(element, [text]);
  element.textContent = '';
  requestAnimationFrame(() => {
    element.textContent = queued.get(element)!.join(' ');
    queued.delete(element);
  });
}
