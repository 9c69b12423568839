// Before the incident: what is happening, who is around to help, what you can do, and the keys. Enter
// begins.

import Phaser from 'phaser';
import { SCENES, tellProblem, type App } from '../app';
import type { ResponderConfig } from '../sim/config';
import { publish } from '../test-hook';
import { escapeHtml } from '../ui/ui-layer';
import { incidentKeyListHtml } from '../ui/incident-keys';
import { toggleMute } from '../ui/mute-key';
import { SPECIALTY_WORDS } from '../ui/specialty-words';
import { ART_URLS } from '../views/art-urls';
import { playerNameFieldHtml, wirePlayerNameField } from '../ui/player-name-field';
import { catArt, gearArt } from '../views/cat-art';
import { whenArtLoaded } from '../views/art-loading';

export class BriefingScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(SCENES.briefing);
  }

  create(data: { levelId?: string }): void {
    const level = this.app.catalog.levels.find((candidate) => candidate.meta.id === data.levelId) ?? this.app.catalog.levels[0];
    if (!level) {
      this.scene.start(SCENES.title);
      return;
    }
    const { ui, keys } = this.app;
    // At a booth's kiosk: no name for files nobody downloads, and no way back to a title a visitor never sees.
    const kiosk = this.app.kiosk !== null;
    ui.clear();
    const screen = ui.mount('screen briefing-screen');
    // The screen is the page's main content for screen readers (the toasts and captions stay outside it).
    screen.setAttribute('role', 'main');
    screen.innerHTML = `
      <div class="briefing-left">
      <div class="briefing-story prose">
        <h1>${escapeHtml(level.meta.title)}</h1>
        ${level.meta.briefing.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}
      </div>
      ${teamHtml(level.sim.responders)}
      ${kiosk ? '' : playerNameFieldHtml(this.app.settings)}
      <div class="briefing-go"><button class="primary" data-action="go"><kbd>Enter</kbd>Start the shift</button>
      ${kiosk ? '' : '<button data-action="back"><kbd>Esc</kbd>Back</button>'}</div>
      </div>
      <div class="briefing-keys">
        <h2>What you can do</h2>
        <p class="dim">Every action is a key, a click, or a line in the terminal.</p>
        ${incidentKeyListHtml()}
      </div>
`;
    let going = false;
    const go = (): void => {
      if (going) return;
      going = true;
      // The incident draws all the art: started once it is loaded (at once, unless the title was left in a hurry).
      const button = screen.querySelector<HTMLElement>('[data-action="go"]')!;
      button.lastChild!.textContent = 'Loading the fleet…';
      whenArtLoaded(this, (problem) => {
        if (problem) tellProblem(this.app, problem);
        this.scene.start(SCENES.incident, { levelId: level.meta.id });
      });
    };
    const back = (): void => {
      this.scene.start(SCENES.title);
    };
    screen.querySelector('[data-action="go"]')!.addEventListener('click', go);
    if (kiosk) {
      screen.classList.add('kiosk-briefing');
      keys.bind({ Enter: go, ' ': go, m: () => void toggleMute(this.app) });
    } else {
      screen.querySelector('[data-action="back"]')!.addEventListener('click', back);
      const editName = wirePlayerNameField(screen, this.app.settings, go);
      keys.bind({ Enter: go, ' ': go, Escape: back, m: () => void toggleMute(this.app), n: editName });
    }
    publish({ scene: SCENES.briefing, ready: true, level: level.meta.id });
  }
}

/** Who is around today: each cat in its coat and gear, with its name and what it is good at. */
function teamHtml(responders: readonly ResponderConfig[]): string {
  if (responders.length === 0) return '<p class="briefing-team dim">Nobody else is around on this shift.</p>';
  const cat = (responder: ResponderConfig): string =>
    `<li><span class="cat"><img src="${ART_URLS[catArt(responder, 'idle')] ?? ''}" alt="" /><img src="${ART_URLS[gearArt(responder)] ?? ''}" alt="" /></span>
      <b>${escapeHtml(responder.name)}</b><span class="dim">${escapeHtml(SPECIALTY_WORDS[responder.specialty].short)}</span></li>`;
  return `<div class="briefing-team"><h2>Who can help (press <kbd>C</kbd> to ask)</h2><ul>${responders.map(cat).join('')}</ul></div>`;
}
