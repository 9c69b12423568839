// Draws a frame only when something on the canvas changed. A WebGL canvas that is not drawn to keeps
// showing its last frame, so an unchanged screen costs nothing; on a laptop without a GPU, where WebGL
// runs in software and every drawn frame is expensive, this is what keeps the game responsive.
// Scenes call `requestRender()` when they change what they draw; tweens and animations do so while
// they run. The update step (input, the simulation's clock) still runs every frame.

import Phaser from 'phaser';

/** Emitted on the game's events once a lost WebGL context is back: textures drawn at run time must be redrawn. */
export const CONTEXT_RESTORED = 'snafu-context-restored';

let dirtyFrames = 2;
let activeScenes = '';

interface StepInternals {
  pendingDestroy: boolean;
  runDestroy(): void;
}

/** Draw the next frame (and one more, so a change that lands mid-frame is not lost). */
export function requestRender(): void {
  dirtyFrames = 2;
}

/**
 * For views that stamp into a dynamic texture: `flush` runs inside every drawn frame (where the
 * renderer is ready to draw into textures), `redraw` when a lost context comes back; both are let go
 * when the scene shuts down.
 */
export function onDrawnFrames(scene: Phaser.Scene, flush: () => void, redraw: () => void): void {
  scene.game.events.on(Phaser.Core.Events.PRE_RENDER, flush);
  scene.game.events.on(CONTEXT_RESTORED, redraw);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.game.events.off(Phaser.Core.Events.PRE_RENDER, flush);
    scene.game.events.off(CONTEXT_RESTORED, redraw);
  });
}

/** Replaces the game's step with one that always updates but renders only when asked to. */
export function gateRendering(game: Phaser.Game): void {
  const events = game.events;
  game.step = function gatedStep(this: Phaser.Game, time: number, delta: number): void {
    const internals = this as unknown as StepInternals;
    if (internals.pendingDestroy) return void internals.runDestroy();
    if (this.isPaused) return;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    // A scene starting or stopping always needs drawing.
    const scenes = this.scene.getScenes(true).map((scene) => scene.sys.settings.key).join();
    if (scenes !== activeScenes) {
      activeScenes = scenes;
      requestRender();
    }
    if (dirtyFrames === 0 && !activeTweens(this)) return;
    dirtyFrames = Math.max(0, dirtyFrames - 1);
    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };
  // Anything that changes the scene list or the canvas size needs a fresh frame.
  game.scale.on(Phaser.Scale.Events.RESIZE, requestRender);
  game.events.on(Phaser.Core.Events.VISIBLE, requestRender);
}

function activeTweens(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
}
