// Hands over to the title at once (it loads its own art while taking keys), or, going straight into the
// incident for a quick demo, the benchmark or a booth's kiosk, first loads every drawn asset with a real progress bar.

import Phaser from 'phaser';
import { SCENES, tellProblem, type App } from '../app';
import { publish } from '../test-hook';
import { requestRender } from '../views/render-gate';
import { PALETTE, SCREEN } from '../views/palette';

import { artProblem, queueArt } from '../views/art-loading';
import { WATCH_REQUEST_KEY } from '../session/watch-request-key';
import { browserStorage, readItem, removeItem } from '../ui/safe-storage';

export class BootScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(SCENES.boot);
  }

  preload(): void {
    publish({ scene: SCENES.boot, ready: false });
    // Straight into the incident (a demo, the benchmark) needs all the art first, behind a progress bar;
    // the title loads its own while it already takes keys (views/art-loading), so nothing waits here.
    const straightIn = this.app.options.bench !== null || this.app.options.skipIntro || this.app.options.watch || this.app.options.kiosk || this.app.options.talk;
    if (straightIn && queueArt(this)) this.showProgress();
  }

  /**
   * The run the facilitator's page left in storage, taken (so a reload does not play it again), checked,
   * and played in watch mode; anything wrong is named on the title.
   */
  private async watchRequested(): Promise<void> {
    const storage = browserStorage();
    const read = readItem(storage, WATCH_REQUEST_KEY);
    removeItem(storage, WATCH_REQUEST_KEY);
    const { readWatchRequest } = await import('../session/watch-request');
    const request = readWatchRequest(read.ok ? read.raw : null, this.app.catalog.levels);
    if (!request.ok) {
      tellProblem(this.app, request.problem);
      this.scene.start(SCENES.title);
      return;
    }
    const { levelId, seed, commands, who } = request.run;
    this.scene.start(SCENES.incident, { levelId, watch: { seed, commands, who } });
  }

  private showProgress(): void {
    const barWidth = 480;
    const x = (SCREEN.width - barWidth) / 2;
    const y = SCREEN.height / 2;
    this.add.rectangle(SCREEN.width / 2, y, barWidth + 8, 28, PALETTE.panel).setStrokeStyle(2, PALETTE.panelEdge);
    const bar = this.add.rectangle(x, y, 1, 20, PALETTE.accent).setOrigin(0, 0.5);
    const label = this.add.text(SCREEN.width / 2, y + 34, 'Loading the fleet… 0%', { fontFamily: 'sans-serif', fontSize: '18px', color: '#aaa493' }).setOrigin(0.5, 0);
    this.load.on('progress', (progress: number) => {
      bar.width = Math.max(1, barWidth * progress);
      label.setText(`Loading the fleet… ${Math.round(progress * 100)}%`);
      requestRender(this.game);
    });
  }

  create(): void {
    const options = this.app.options;
    const problem = artProblem(this);
    if (problem) tellProblem(this.app, problem);
    // A booth's kiosk starts its attract loop (src/kiosk); it never shows the title.
    if (this.app.kiosk) void this.app.kiosk.begin();
    // A talk opens on the story's run, paused at its start for the presenter (src/talk).
    else if (this.app.talk) void this.app.talk.begin();
    else if (options.watch) void this.watchRequested();
    else if (options.bench === 'empty') this.scene.start(SCENES.benchEmpty);
    else if (options.bench === 'incident' || options.skipIntro) this.scene.start(SCENES.incident, { levelId: options.level ?? this.app.catalog.levels[0]?.meta.id });
    else this.scene.start(SCENES.title);
  }
}
