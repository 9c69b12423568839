// Kiosk mode's high-score board (src/kiosk), shown between two attract loops: the day's top ten on this
// device, and the invitation to play. The kiosk decides when it shows and when it goes; any key starts a
// visitor's game (the kiosk hears the keys itself), so this screen binds none.

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import { publish } from '../test-hook';

export class KioskBoardScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(SCENES.kioskBoard);
  }

  create(): void {
    const { ui, keys, kiosk } = this.app;
    ui.clear();
    keys.bind({});
    ui.mount('screen kiosk-board-screen', kiosk?.boardHtml() ?? '');
    publish({ scene: SCENES.kioskBoard, ready: true, summary: null });
  }
}
