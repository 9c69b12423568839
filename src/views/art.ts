// Drawing the project's own art on the canvas. The art is packed at build time into one atlas
// (scripts/art-atlas.ts), rasterised at twice its drawn size, so it is shown at half scale and stays
// sharp when the canvas is scaled up for a projector. Each piece is a frame named as its SVG.

import type Phaser from 'phaser';

/** The texture holding the atlas. */
export const ART_TEXTURE = 'art';
/** How much larger than drawn the atlas is (scripts/art-atlas.ts ATLAS_SCALE; a test holds them equal). */
export const RASTER_SCALE = 2;

export function addArt(scene: Phaser.Scene, key: string, x: number, y: number): Phaser.GameObjects.Image {
  return scene.add.image(x, y, ART_TEXTURE, key).setScale(1 / RASTER_SCALE);
}

/** Whether `key` can be drawn: the atlas is in and has it. */
export function hasArt(scene: Phaser.Scene, key: string): boolean {
  return scene.textures.exists(ART_TEXTURE) && scene.textures.get(ART_TEXTURE).has(key);
}

/** Stamps the piece `key` into a texture the view draws into, centred on (x, y), at `scale` of the atlas. */
export function stampArt(texture: Phaser.Textures.DynamicTexture, key: string, x: number, y: number, scale: number): void {
  texture.stamp(ART_TEXTURE, key, x, y, { scale });
}
