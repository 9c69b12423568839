// The benchmark's boot baseline (scripts/bench-browser.ts): Phaser alone, configured as the game
// configures it, starting an empty scene. The game's own boot (its levels, art, sound and title screen)
// is measured against how long this takes in the same browser.

import Phaser from 'phaser';

declare global {
  interface Window {
    __bareReady?: boolean;
  }
}

class EmptyScene extends Phaser.Scene {
  create(): void {
    window.__bareReady = true;
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: document.getElementById('game')!,
  width: 1280,
  height: 720,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  input: { keyboard: false },
  banner: false,
  render: { antialiasGL: false },
  scene: [EmptyScene],
});
