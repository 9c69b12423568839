// The canvas's art is one atlas (scripts/art-atlas.ts), loaded while the player is already looking at
// the title: the title is a page of its own (its pictures are SVGs the browser draws), so it takes a key
// as soon as the code has run, starts the atlas on its way, and whatever leads into the incident waits
// for it before starting it. (Going straight into the incident, the boot loads it behind a progress bar.)
// A file's load outlives the scene that asked for it, so the game remembers whether the atlas is on its
// way (or failed): it is never asked for twice, and a waiting scene waits for a load another scene began.

import type Phaser from 'phaser';
import { ATLAS_FRAMES, ATLAS_URL } from 'virtual:art-atlas';
import { ART_TEXTURE } from './art';

/** How often a waiting scene looks whether the art is in, and how long it waits at most (then starts without it). */
const LOOK_EVERY_MS = 50;
const WAIT_AT_MOST_MS = 15_000;

/** The name of every piece of art the canvas can draw. */
export const CANVAS_ART: readonly string[] = Object.keys(ATLAS_FRAMES.frames);

interface Loading {
  coming: boolean;
  /**
   * The loader that carries the load, and how many files it had failed before. When its scene stops
   * before the atlas came (the title, left in a hurry) the file still arrives and the atlas still goes
   * in, but the stopped loader's listeners are gone (Phaser's LoaderPlugin.shutdown), so a failure is
   * not heard: the loader still counts it, and a waiting scene reads that count.
   */
  carrier: { load: Phaser.Loader.LoaderPlugin; failedBefore: number } | null;
  failed: boolean;
  /** What to tell the player when the atlas could not be loaded. */
  problem: string | null;
}

const loadingOf = new WeakMap<Phaser.Game, Loading>();

function loading(scene: Phaser.Scene): Loading {
  let found = loadingOf.get(scene.game);
  if (!found) loadingOf.set(scene.game, (found = { coming: false, carrier: null, failed: false, problem: null }));
  return found;
}

/** Queues the atlas on the scene's loader unless it is in, on its way or failed; returns whether it queued it. */
export function queueArt(scene: Phaser.Scene): boolean {
  const state = loading(scene);
  if (scene.textures.exists(ART_TEXTURE) || state.coming || state.failed) return false;
  scene.load.on('loaderror', (file: Phaser.Loader.File) => {
    if (file.key === ART_TEXTURE) fail(state, file.src || ATLAS_URL);
  });
  scene.load.atlas(ART_TEXTURE, ATLAS_URL, ATLAS_FRAMES);
  state.coming = true;
  // An idle loader counts from nothing again when it starts.
  state.carrier = { load: scene.load, failedBefore: scene.load.isLoading() ? scene.load.totalFailed : 0 };
  return true;
}

function fail(state: Loading, src: string): void {
  state.coming = false;
  state.failed = true;
  state.problem = `The game's drawn art could not be loaded (${src}): the fleet's tiles and the cats are drawn as plain boxes. Reload the page to try again.`;
}

/** Whether the atlas is in, or failed to load (the views then draw without it). */
export function artSettled(scene: Phaser.Scene): boolean {
  const state = loading(scene);
  // A failure its loader counted but could not tell anyone (its scene had stopped).
  if (state.coming && state.carrier && state.carrier.load.totalFailed > state.carrier.failedBefore) fail(state, ATLAS_URL);
  return scene.textures.exists(ART_TEXTURE) || state.failed;
}

/** Why the atlas could not be loaded, or null while it loads or once it is in. */
export function artProblem(scene: Phaser.Scene): string | null {
  return loading(scene).problem;
}

/**
 * Runs `then` once the atlas is in or has failed to load (with what to tell the player, then), at once
 * if it already has, starting its load if nothing has. Nothing runs if the scene is left first (its
 * timers go with it).
 */
export function whenArtLoaded(scene: Phaser.Scene, then: (problem: string | null) => void): void {
  if (queueArt(scene) && !scene.load.isLoading()) scene.load.start();
  if (artSettled(scene)) return then(artProblem(scene));
  let waited = 0;
  const look = scene.time.addEvent({
    delay: LOOK_EVERY_MS,
    loop: true,
    callback: () => {
      waited += LOOK_EVERY_MS;
      if (!artSettled(scene) && waited < WAIT_AT_MOST_MS) return;
      look.remove();
      then(artSettled(scene) ? artProblem(scene) : `The game's drawn art took over ${WAIT_AT_MOST_MS / 1000} s to load: the incident starts without it.`);
    },
  });
}
