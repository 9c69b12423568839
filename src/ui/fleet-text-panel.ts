// The fleet in words on the incident screen (session/fleet-in-words): a list a screen reader reads like
// any other part of the page, beside the canvas that draws the same fleet as tiles. It is not a live
// region (the announcer says what changes); it is rewritten at most twice a second, and only when its
// words changed, so reading it is not interrupted by a rewrite of the same text.

import './announcer.css';
import { fleetInWords, fleetLines } from '../session/fleet-in-words';
import type { PlayerView } from '../session/player-view';
import type { SimConfig } from '../sim/config';
import { escapeHtml } from './ui-layer';

const REWRITE_EVERY_MS = 500;

export class FleetTextPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private drawn = '';
  private drawnAt = -Infinity;
  private latest: PlayerView | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    parent: HTMLElement,
    private readonly config: SimConfig,
    private readonly clock: (tick: number) => string,
  ) {
    this.element = document.createElement('section');
    this.element.className = 'sr-only fleet-text';
    this.element.setAttribute('aria-labelledby', 'fleet-text-heading');
    this.element.innerHTML = `<h2 id="fleet-text-heading">The fleet, as text</h2><ul></ul>`;
    this.list = this.element.querySelector('ul')!;
    parent.appendChild(this.element);
  }

  update(view: PlayerView): void {
    this.latest = view;
    const wait = this.drawnAt + REWRITE_EVERY_MS - performance.now();
    if (wait <= 0) return this.write();
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.write();
    }, wait);
  }

  private write(): void {
    if (!this.latest || !this.element.isConnected) return;
    this.drawnAt = performance.now();
    const html = fleetLines(fleetInWords(this.config, this.latest, this.clock))
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join('');
    if (html === this.drawn) return;
    this.drawn = html;
    this.list.innerHTML = html;
  }
}
