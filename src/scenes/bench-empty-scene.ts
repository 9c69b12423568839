// An empty scene for the browser frame-time benchmark: the baseline the incident scene is measured against.

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import { publish } from '../test-hook';

export class BenchEmptyScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(SCENES.benchEmpty);
  }

  create(): void {
    this.app.ui.clear();
    publish({ scene: SCENES.benchEmpty, ready: true });
  }
}
