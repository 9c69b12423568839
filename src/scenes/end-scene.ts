// The end of the shift: how it ended, what it cost customers, and the timeline of what happened and what
// you did. (The scoring issue turns this into the full debrief.)

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import type { LiveSession } from '../session/live-session';
import { shiftTimeline } from '../session/shift-timeline';
import { publish } from '../test-hook';
import { clockText } from '../ui/top-bar';
import { escapeHtml } from '../ui/ui-layer';

const HEADLINES = {
  recovered: 'The site is back.',
  'no-impact': 'Customers never noticed.',
  unresolved: 'The shift ended with customers still hurting.',
} as const;

export class EndScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(SCENES.end);
  }

  create(data: { levelId: string; session: LiveSession }): void {
    const { ui, keys } = this.app;
    const session = data.session;
    const level = session.level;
    const state = session.state;
    const outcome = state.incident.outcome!;
    const totals = state.totals;
    const lost = Math.max(0, totals.ordersExpected - totals.ordersCompleted);
    const timeline = shiftTimeline(session.events);
    ui.clear();
    const screen = ui.mount('screen end-screen');
    screen.innerHTML = `
      <div class="end-summary">
        <h1>${escapeHtml(HEADLINES[outcome.result])}</h1>
        <p class="dim">${escapeHtml(level.meta.title)} · ended at ${clockText(level, outcome.endedAtTick)} (${outcome.reason.replace('-', ' ')})</p>
        <dl class="impact">
          <div><dt>Orders lost</dt><dd>${Math.round(lost)} <span class="dim">of ${Math.round(totals.ordersExpected)} (${((lost / Math.max(1, totals.ordersExpected)) * 100).toFixed(1)} %)</span></dd></div>
          <div><dt>Minutes slow</dt><dd>${(totals.degradedSeconds / 60).toFixed(1)}</dd></div>
          <div><dt>Minutes down</dt><dd>${(totals.downSeconds / 60).toFixed(1)}</dd></div>
          <div><dt>Your actions</dt><dd>${session.recorded.length}</dd></div>
        </dl>
        <div class="menu-buttons"><button class="primary" data-do="again"><kbd>Enter</kbd>Play again</button><button data-do="title"><kbd>Esc</kbd>Title</button></div>
      </div>
      <div class="end-timeline panel">
        <header><h3>Timeline</h3><span class="dim">what happened, and what you did</span></header>
        <ol class="feed">${timeline
          .map((entry) => `<li class="${entry.who}"><span class="when">${clockText(level, entry.tick)}</span><span class="who">${entry.who === 'you' ? 'You' : '·'}</span>${escapeHtml(entry.text)}</li>`)
          .join('')}</ol>
      </div>`;
    const again = (): void => void this.scene.start(SCENES.briefing, { levelId: level.meta.id });
    const title = (): void => void this.scene.start(SCENES.title);
    screen.querySelector('[data-do="again"]')!.addEventListener('click', again);
    screen.querySelector('[data-do="title"]')!.addEventListener('click', title);
    keys.bind({ Enter: again, Escape: title });
    publish({ scene: SCENES.end, ready: true, level: level.meta.id, summary: null });
  }
}
