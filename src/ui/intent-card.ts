// A cat about to act on their own says so on screen, not only in chat: a card with what they will do,
// a countdown in game seconds, and the keys that answer (N says no; C gives them a job instead). It sits
// over the traffic picture, which it only hides while a plan stands, and never over a tile or a panel.

import type { ResponderConfig } from '../sim/config';
import type { PlayerView } from '../session/player-view';
import { escapeHtml } from './ui-layer';

export class IntentCard {
  private readonly element: HTMLDivElement;
  private shown = '';

  constructor(
    parent: HTMLElement,
    private readonly responders: readonly ResponderConfig[],
  ) {
    this.element = document.createElement('div');
    this.element.className = 'intent-card';
    this.element.hidden = true;
    this.element.setAttribute('role', 'status');
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
    if (html === this.shown) return;
    this.shown = html;
    this.element.innerHTML = html;
    this.element.hidden = plans.length === 0;
  }
}
