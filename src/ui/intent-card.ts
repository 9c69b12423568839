// A cat about to act on their own says so on screen, not only in chat: a card with what they will do,
// a countdown in game seconds, and the keys that answer (N says no; C gives them a job instead). It sits
// over the traffic picture, which it only hides while a plan stands, and never over a tile or a panel.
// The change its author asked you to review (a level with a review) waits on the same card: someone
// about to do something unless you answer, with when they will, and the key that answers (R).

import type { ResponderConfig } from '../sim/config';
import type { PlayerView } from '../session/player-view';
import { escapeHtml } from './ui-layer';

export class IntentCard {
  private readonly element: HTMLDivElement;
  private shown = '';

  constructor(
    parent: HTMLElement,
    private readonly responders: readonly ResponderConfig[],
    /** The game clock's reading at a tick, for when a change will be pushed anyway. */
    private readonly clock: (tick: number) => string,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'intent-card';
    this.element.hidden = true;
    // Not a live region: its countdown changes every second, and a screen reader would read each one. The
    // announcer (ui/announcer) says once who is about to do what; the card is here to be read.
    this.element.setAttribute('role', 'region');
    this.element.setAttribute('aria-label', 'About to happen');
    parent.appendChild(this.element);
  }

  update(view: PlayerView, watching: boolean): void {
    const plans = view.team
      .map((state, index) => ({ responder: this.responders[index]!, intent: state.intent }))
      .filter((plan) => plan.intent !== null)
      .sort((a, b) => a.intent!.startsAtTick - b.intent!.startsAtTick);
    const html = plans
      .map(({ responder, intent }, index) => {
        const seconds = Math.max(0, intent!.startsAtTick - view.tick);
        const keys = watching || index > 0 ? '' : `<div class="intent-keys"><kbd>N</kbd> say no · <kbd>C</kbd> give ${escapeHtml(responder.name)} a job instead</div>`;
        return `<div class="intent"><div><strong>${escapeHtml(responder.name)}</strong>, on their own, in <span class="intent-seconds">${seconds} s</span>:</div><div>${escapeHtml(intent!.summary)}</div>${keys}</div>`;
      })
      .join('');
    const all = reviewHtml(view, watching, this.clock) + html;
    if (all === this.shown) return;
    this.shown = all;
    this.element.innerHTML = all;
    this.element.hidden = all === '';
  }
}

/** The change waiting for your word: asked (with when it goes out anyway), or held while you try it. */
function reviewHtml(view: PlayerView, watching: boolean, clock: (tick: number) => string): string {
  const review = view.review;
  if (!review || (review.status !== 'asked' && review.status !== 'held')) return '';
  const by = escapeHtml(review.by);
  const change = `httpd pin ${escapeHtml(review.version)}, to every node`;
  const keys = watching ? '' : `<div class="intent-keys"><kbd>R</kbd> review: hold it, try it, or let it go</div>`;
  if (review.status === 'asked') {
    const when =
      review.pushesAnywayAtTick === null ? '' : ` ${by} pushes it at <span class="intent-seconds">${escapeHtml(clock(review.pushesAnywayAtTick))}</span> unless you say otherwise.`;
    return `<div class="intent review"><div><strong>${by}</strong> asks you to look at a change first: ${change}.${when}</div>${keys}</div>`;
  }
  return `<div class="intent review"><div>You held <strong>${by}</strong>'s change (${change}). Try it, then decide: it waits for your word.</div>${keys}</div>`;
}
