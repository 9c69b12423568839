// Before the incident: what is happening, what you can do, and the keys. Enter begins.

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import { publish } from '../test-hook';
import { escapeHtml } from '../ui/ui-layer';
import { INCIDENT_KEYS } from '../ui/incident-keys';

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
    ui.clear();
    const screen = ui.mount('screen briefing-screen');
    screen.innerHTML = `
      <div class="briefing-story prose">
        <h1>${escapeHtml(level.meta.title)}</h1>
        ${level.meta.briefing.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}
      </div>
      <div class="briefing-keys">
        <h2>What you can do</h2>
        <p class="dim">Every action is a key, a click, or a line in the terminal.</p>
        <ul>${INCIDENT_KEYS.map((key) => `<li><kbd>${escapeHtml(key.key)}</kbd> ${escapeHtml(key.does)}</li>`).join('')}</ul>
      </div>
      <div class="briefing-go"><button class="primary" data-action="go"><kbd>Enter</kbd>Start the shift</button>
      <button data-action="back"><kbd>Esc</kbd>Back</button></div>`;
    const go = (): void => {
      this.scene.start(SCENES.incident, { levelId: level.meta.id });
    };
    const back = (): void => {
      this.scene.start(SCENES.title);
    };
    screen.querySelector('[data-action="go"]')!.addEventListener('click', go);
    screen.querySelector('[data-action="back"]')!.addEventListener('click', back);
    keys.bind({ Enter: go, ' ': go, Escape: back });
    publish({ scene: SCENES.briefing, ready: true, level: level.meta.id });
  }
}
