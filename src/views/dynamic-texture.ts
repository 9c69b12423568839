// A dynamic texture the views stamp into, made afresh for each scene start under a fixed key.
//
// Phaser 4.2.1 leaks a WebGL texture with every DynamicTexture (phaserjs/phaser#7379, fix proposed in
// #7381): its TextureSource first makes a texture of the full size, then the DynamicTexture points its
// frame at its drawing context's texture instead, and nothing deletes the first one. It stays in the
// renderer's list for good (JS objects and, worse, width x height x 4 bytes of GPU memory), and is
// re-created with the rest after a lost context comes back. The fleet and the team each make one per
// incident screen, so a kiosk kept two more after every attract loop. Here the texture that nothing
// uses is deleted as soon as the DynamicTexture is made.

import type Phaser from 'phaser';

/** Removes the texture under `key`, if any, and adds a dynamic texture there, without Phaser's stray WebGL texture. */
export function addDynamicTexture(scene: Phaser.Scene, key: string, width: number, height: number): Phaser.Textures.DynamicTexture {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  // Null in a headless game; a canvas renderer has no WebGL textures to lose.
  const renderer = scene.game.renderer as Phaser.Game['renderer'] | null;
  const wrappers = renderer && 'glTextureWrappers' in renderer ? renderer.glTextureWrappers : null;
  const before = wrappers?.length ?? 0;
  const texture = scene.textures.addDynamicTexture(key, width, height)!;
  if (wrappers && renderer && 'deleteTexture' in renderer) {
    const used = new Set([texture.drawingContext?.texture, texture.getWebGLTexture(), ...texture.source.map((source) => source.glTexture)]);
    for (const made of wrappers.slice(before)) if (!used.has(made)) renderer.deleteTexture(made);
  }
  return texture;
}
