// Drawing the project's own SVG art: assets are rasterised at twice their drawn size (see boot-scene),
// so they are shown at half scale and stay sharp when the canvas is scaled up for a projector.

import type Phaser from 'phaser';

export const RASTER_SCALE = 2;

export function addArt(scene: Phaser.Scene, key: string, x: number, y: number): Phaser.GameObjects.Image {
  return scene.add.image(x, y, key).setScale(1 / RASTER_SCALE);
}

export function hasArt(scene: Phaser.Scene, key: string): boolean {
  return scene.textures.exists(key);
}
