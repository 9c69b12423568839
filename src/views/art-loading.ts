// The drawn art (assets/art, rasterised from SVG) is loaded in two steps, so the title comes up without
// waiting for all of it: the boot loads what the title shows, the title starts loading the rest while the
// player reads it, and whatever leads into the incident waits for the rest before starting it.

import type Phaser from 'phaser';
import { RASTER_SCALE } from './art';
import { ART_URLS } from './art-urls';

/** The art the title screen draws. */
export const TITLE_ART: readonly string[] = ['title-logo', 'office-strip'];

/** Queues on the scene's loader every piece of `keys` not yet in the game's textures; returns how many. */
export function queueArt(scene: Phaser.Scene, keys: readonly string[] = Object.keys(ART_URLS)): number {
  let queued = 0;
  for (const key of keys) {
    const url = ART_URLS[key];
    if (url === undefined || scene.textures.exists(key)) continue;
    scene.load.svg(key, url, { scale: RASTER_SCALE });
    queued++;
  }
  return queued;
}

/** Runs `then` once all the art is loaded (or has failed to load: the loader's own notices say so), at once if it already is. */
export function whenArtLoaded(scene: Phaser.Scene, then: () => void): void {
  if (!scene.load.isLoading() && queueArt(scene) === 0) return then();
  scene.load.once('complete', then);
  if (!scene.load.isLoading()) scene.load.start();
}
