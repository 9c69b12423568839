// The debrief at the end of the shift: how it ended and what it cost customers, the score per family
// with its reasons, the award, what would have helped, and the timeline beside what could be seen then.
// It can be downloaded (Markdown, JSON), the run watched again, and the best score per level is kept.

import Phaser from 'phaser';
import { SCENES, tellProblem, type App } from '../app';
import { buildDebrief } from '../session/debrief';
import { debriefExport } from '../session/debrief-export';
import { exportFileName } from '../session/export-file-name';
import { runSoFar } from '../session/current-run';
import { debriefMarkdown } from '../session/debrief-markdown';
import type { LiveSession } from '../session/live-session';
import { scoreRun } from '../sim/scoring/score-run';
import { kioskEnd } from '../kiosk/kiosk-end';
import type { RunScore } from '../sim/scoring/score-types';
import { publish } from '../test-hook';
import { recordScore, type BestScore } from '../ui/best-scores';
import { awardHtml, familiesHtml, healthChartSvg, reasonsHtml, takeawaysHtml, timelineHtml } from '../ui/debrief-view';
import { download } from '../ui/download';
import { toggleMute } from '../ui/mute-key';
import { clockText } from '../ui/top-bar';
import { escapeHtml } from '../ui/ui-layer';
import { ART_URLS } from '../views/art-urls';

type Tab = 'timeline' | 'reasons' | 'helped';
const TABS: { id: Tab; key: string; label: string }[] = [
  { id: 'timeline', key: '1', label: 'Timeline' },
  { id: 'reasons', key: '2', label: 'Why this score' },
  { id: 'helped', key: '3', label: 'What would have helped' },
];

export class EndScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(SCENES.end);
  }

  create(data: { levelId: string; session: LiveSession; watched?: boolean }): void {
    const { ui, keys } = this.app;
    const session = data.session;
    const level = session.level;
    const score = scoreRun(level.sim, session.events, session.state, level.scoring);
    const debrief = buildDebrief({ level, seed: session.seed, state: session.state, events: session.events, samples: session.samples, commands: session.recorded, score });
    const clock = (tick: number): string => clockText(level, tick);
    // At a booth's kiosk, the booth's board is the record (src/kiosk), not this device's bests per level.
    const kiosk = this.app.kiosk;
    // A run watched again is the same run: it does not count twice.
    const best = data.watched || kiosk ? null : recordScore(level.meta.id, { total: score.total, seed: session.seed, playedAt: new Date().toISOString() });
    // Until the player leaves the debrief, a crash can still hand them the run (ui/crash-screen).
    this.app.currentRun = runSoFar(session);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => (this.app.currentRun = null));

    ui.clear();
    if (best?.problem) tellProblem(this.app, best.problem);
    const screen = ui.mount('screen end-screen');
    // The screen is the page's main content for screen readers (the toasts and captions stay outside it).
    screen.setAttribute('role', 'main');
    screen.innerHTML = `
      <section class="debrief-left">
        <h1${debrief.headline.length > 80 ? ' class="long"' : ''}>${escapeHtml(debrief.headline)}</h1>
        <p class="dim">${escapeHtml(level.meta.title)} · seed ${debrief.seed} · ended at ${clock(debrief.outcome.endedAtTick)} (${escapeHtml(debrief.endedBecause)})${data.watched ? ' · watched again' : ''}</p>
        <dl class="impact">
          <div><dt>Orders lost</dt><dd>${debrief.impact.ordersLost} <span class="dim">(${(debrief.impact.lostShare * 100).toFixed(1)} %)</span></dd></div>
          <div><dt>Minutes slow</dt><dd>${debrief.impact.minutesDegraded}</dd></div>
          <div><dt>Minutes down</dt><dd>${debrief.impact.minutesDown}</dd></div>
        </dl>
        <div class="score-total"><span class="total">${score.total}</span><span class="dim">/ 100</span>${bestHtml(best)}</div>
        ${familiesHtml(score.families)}
        ${awardHtml(debrief, (key) => ART_URLS[key] ?? '')}
        <div class="menu-buttons debrief-buttons">
          <button class="primary" data-do="again"><kbd>Enter</kbd>Play again</button>
          ${
            kiosk
              ? ''
              : `<button data-do="watch"><kbd>W</kbd>Watch it again</button>
          <button data-do="title"><kbd>Esc</kbd>Title</button>
          <button data-do="markdown"><kbd>D</kbd>Download (Markdown)</button>
          <button data-do="json"><kbd>J</kbd>Download (JSON)</button>`
          }
        </div>
      </section>
      ${
        kiosk
          ? '<section class="panel debrief-right kiosk-end"><div class="kiosk-entry"></div><div class="kiosk-story-slot"></div></section>'
          : `<section class="panel debrief-right">
        <header><nav class="tabs" role="tablist" aria-label="The debrief">${TABS.map((tab) => `<button class="tab" role="tab" id="debrief-tab-${tab.id}" aria-controls="debrief-body" aria-selected="false" data-tab="${tab.id}"><kbd>${tab.key}</kbd>${tab.label}</button>`).join('')}</nav></header>
        <div class="debrief-body feed" id="debrief-body" role="tabpanel" tabindex="0"></div>
      </section>`
      }`;
    if (kiosk) {
      kioskEnd(this.app, screen, {
        score: score.total,
        levelId: level.meta.id,
        watched: data.watched === true,
        again: () => void this.scene.start(SCENES.briefing, { levelId: level.meta.id }),
      });
      return publishEnd(level.meta.id, score, null);
    }

    const body = screen.querySelector<HTMLElement>('.debrief-body')!;
    const show = (tab: Tab): void => {
      screen.querySelectorAll<HTMLElement>('.tabs .tab').forEach((button) => {
        button.classList.toggle('active', button.dataset['tab'] === tab);
        button.setAttribute('aria-selected', String(button.dataset['tab'] === tab));
      });
      // The body is a scrolling panel: it takes focus (arrow keys scroll it) and is named by its tab.
      body.setAttribute('aria-labelledby', `debrief-tab-${tab}`);
      body.innerHTML =
        tab === 'timeline'
          ? `<p class="dim">Site health over the shift: web hosts serving (green), errors (red); each tick below is one of your actions.</p>${healthChartSvg(debrief, 600, 110)}${timelineHtml(debrief, clock)}`
          : tab === 'reasons'
            ? reasonsHtml(debrief, clock)
            : takeawaysHtml(debrief);
      body.scrollTop = 0;
    };
    // Who played and when, in both files and in their name (session/export-file-name).
    const played = { player: this.app.settings.playerName, playedAt: new Date().toISOString() };
    const fileName = exportFileName(level.meta.id, debrief.seed, played.player, new Date(played.playedAt));
    const actions: Record<string, () => void> = {
      again: () => void this.scene.start(SCENES.briefing, { levelId: level.meta.id }),
      watch: () => void this.scene.start(SCENES.incident, { levelId: level.meta.id, watch: { seed: session.seed, commands: session.recorded } }),
      title: () => void this.scene.start(SCENES.title),
      markdown: () => download(`${fileName}.md`, debriefMarkdown(debrief, clock, played), 'text/markdown'),
      json: () => download(`${fileName}.json`, `${JSON.stringify(debriefExport(debrief, played), null, 2)}\n`, 'application/json'),
    };
    screen.querySelectorAll<HTMLButtonElement>('[data-do]').forEach((button) => button.addEventListener('click', () => actions[button.dataset['do']!]!()));
    screen.querySelectorAll<HTMLButtonElement>('[data-tab]').forEach((button) => button.addEventListener('click', () => show(button.dataset['tab'] as Tab)));
    const scroll = (by: number) => () => body.scrollBy({ top: by });
    keys.bind({
      Enter: actions['again']!,
      w: actions['watch']!,
      Escape: actions['title']!,
      d: actions['markdown']!,
      j: actions['json']!,
      '1': () => show('timeline'),
      '2': () => show('reasons'),
      '3': () => show('helped'),
      ArrowDown: scroll(60),
      ArrowUp: scroll(-60),
      PageDown: scroll(400),
      PageUp: scroll(-400),
      m: () => void toggleMute(this.app),
    });
    show('timeline');
    publishEnd(level.meta.id, score, best);
  }
}

function publishEnd(levelId: string, score: RunScore, best: { isBest: boolean } | null): void {
  publish({
    scene: SCENES.end,
    ready: true,
    level: levelId,
    summary: null,
    debrief: { total: score.total, families: Object.fromEntries(score.families.map((family) => [family.id, family.score])), award: score.award.earned, best: best?.isBest ?? null },
  });
}

function bestHtml(best: { isBest: boolean; previous: BestScore | null } | null): string {
  if (!best) return '';
  if (best.isBest) return `<span class="best new">${best.previous ? `New best! (was ${best.previous.total})` : 'Your first score on this level'}</span>`;
  return `<span class="best">Your best: ${best.previous!.total}</span>`;
}
