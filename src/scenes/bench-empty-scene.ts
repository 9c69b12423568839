// The browser benchmark's baseline: a scene with almost nothing in it that still draws a whole frame
// every frame (a full-screen fill, so the frame really reaches WebGL). The incident screen is judged
// against this: the cost of drawing at all, on the same canvas, in the same browser.

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import { publish } from '../test-hook';
import { PALETTE, SCREEN } from '../views/palette';
import { requestRender } from '../views/render-gate';

export class BenchEmptyScene extends Phaser.Scene {
  private fill!: Phaser.GameObjects.Rectangle;
  private frameCount = 0;

  constructor(private readonly app: App) {
    super(SCENES.benchEmpty);
  }

  create(): void {
    this.app.ui.clear();
    this.fill = this.add.rectangle(0, 0, SCREEN.width, SCREEN.height, PALETTE.background).setOrigin(0, 0);
    publish({ scene: SCENES.benchEmpty, ready: true });
  }

  override update(): void {
    // A change every frame (invisible to the eye), and a frame drawn for it.
    this.fill.setAlpha(this.frameCount++ % 2 === 0 ? 1 : 0.99);
    requestRender(this.game);
  }
}
