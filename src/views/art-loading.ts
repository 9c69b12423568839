// The drawn art (assets/art, rasterised from SVG) is loaded while the player is already looking at the
// title, so the title takes a key as soon as the code has run: the title loads its own pictures first and
// then the rest while the player reads it, and whatever leads into the incident waits for the rest
// before starting it. (Going straight into the incident, the boot loads it all behind a progress bar.)
// A file's load outlives the scene that asked for it, so the game remembers which keys are on their way
// (and which failed): nothing is asked for twice, and a waiting scene waits for loads another scene began.

import type Phaser from 'phaser';
import { RASTER_SCALE } from './art';
import { ART_URLS } from './art-urls';

/** The art the title screen draws. */
export const TITLE_ART: readonly string[] = ['title-logo', 'office-strip'];

/** How often a waiting scene looks whether the art is in, and how long it waits at most (then starts without what is missing). */
const LOOK_EVERY_MS = 50;
const WAIT_AT_MOST_MS = 15_000;

interface Loading {
  coming: Set<string>;
  failed: Set<string>;
  heard: WeakSet<Phaser.Loader.LoaderPlugin>;
}

const loadingOf = new WeakMap<Phaser.Game, Loading>();

function loading(scene: Phaser.Scene): Loading {
  let found = loadingOf.get(scene.game);
  if (!found) loadingOf.set(scene.game, (found = { coming: new Set(), failed: new Set(), heard: new WeakSet() }));
  return found;
}

/** Queues on the scene's loader every piece of `keys` not loaded, on its way or failed; returns how many. */
export function queueArt(scene: Phaser.Scene, keys: readonly string[] = Object.keys(ART_URLS)): number {
  const state = loading(scene);
  if (!state.heard.has(scene.load)) {
    state.heard.add(scene.load);
    scene.load.on('filecomplete', (key: string) => state.coming.delete(key));
    scene.load.on('loaderror', (file: Phaser.Loader.File) => {
      state.coming.delete(file.key);
      state.failed.add(file.key);
    });
  }
  let queued = 0;
  for (const key of keys) {
    const url = ART_URLS[key];
    if (url === undefined || scene.textures.exists(key) || state.coming.has(key) || state.failed.has(key)) continue;
    scene.load.svg(key, url, { scale: RASTER_SCALE });
    state.coming.add(key);
    queued++;
  }
  return queued;
}

/**
 * Runs `then` once `keys` (all the art, unless said) are in or have failed to load, at once if they
 * already are. Nothing runs if the scene is left first (its timers go with it).
 */
export function whenArtLoaded(scene: Phaser.Scene, then: () => void, keys: readonly string[] = Object.keys(ART_URLS)): void {
  const state = loading(scene);
  if (queueArt(scene, keys) > 0 && !scene.load.isLoading()) scene.load.start();
  const done = (): boolean => keys.every((key) => scene.textures.exists(key) || state.failed.has(key));
  if (done()) return then();
  let waited = 0;
  const look = scene.time.addEvent({
    delay: LOOK_EVERY_MS,
    loop: true,
    callback: () => {
      waited += LOOK_EVERY_MS;
      if (!done() && waited < WAIT_AT_MOST_MS) return;
      look.remove();
      then();
    },
  });
}
