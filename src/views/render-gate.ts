// Draws a frame only when something on the canvas changed. A WebGL canvas that is not drawn to keeps
// showing its last frame, so an unchanged screen costs nothing; on a laptop without a GPU, where WebGL
// runs in software and every drawn frame is expensive, this is what keeps the game responsive.
// Scenes and views call `requestRender` when they change what they draw; a running tween, a resize, the
// tab coming back and a scene appearing or going ask by themselves. Every step still updates (input,
// the simulation's clock): a step that draws is Phaser's own `step`, one that does not is Phaser's own
// `headlessStep` (the same update, no renderer). The choice is made before the step runs, so a change
// made during a step's update is drawn by the next step, one frame later.
// test/render-gate-phaser-step.test.ts pins the Phaser code this relies on.

import Phaser from 'phaser';

/** Emitted on the game's events once a lost WebGL context is back: textures drawn at run time must be redrawn. */
export const CONTEXT_RESTORED = 'snafu-context-restored';

/** A Phaser game that draws a frame only when something asked for one. */
export class GatedGame extends Phaser.Game {
  /** Set by `requestRender`; the next step draws and clears it. Set at first, so the first step draws. */
  private redrawRequested = true;
  /** The scene drawn at each place of the scene list at the last step (null: none). Reused, so an idle step allocates nothing. */
  private readonly drawnScenes: (Phaser.Scene | null)[] = [];

  constructor(config: Phaser.Types.Core.GameConfig) {
    super(config);
    const redraw = (): void => this.requestRender();
    this.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    this.events.on(Phaser.Core.Events.VISIBLE, redraw);
  }

  /** Draw the next frame. */
  requestRender(): void {
    this.redrawRequested = true;
  }

  override step(time: number, delta: number): void {
    // Both checks always run: the scene list's record must be brought up to date either way.
    const scenesChanged = this.scenesChanged();
    const draw = this.redrawRequested || scenesChanged || this.tweening();
    this.redrawRequested = false;
    if (draw) super.step(time, delta);
    else this.headlessStep(time, delta);
  }

  /** Whether the scenes that draw differ from the last step's: one started, stopped, slept, woke, hid or moved. */
  private scenesChanged(): boolean {
    const scenes = this.scene.scenes;
    const drawn = this.drawnScenes;
    let changed = drawn.length !== scenes.length;
    drawn.length = scenes.length;
    for (let index = 0; index < scenes.length; index++) {
      const scene = scenes[index]!;
      const now = isDrawn(scene) ? scene : null;
      if (drawn[index] !== now) {
        drawn[index] = now;
        changed = true;
      }
    }
    return changed;
  }

  private tweening(): boolean {
    for (const scene of this.scene.scenes) if (scene.sys.isActive() && scene.tweens.tweens.length > 0) return true;
    return false;
  }
}

/** The scenes Phaser's SceneManager#render draws (the same test). */
function isDrawn(scene: Phaser.Scene): boolean {
  const settings = scene.sys.settings;
  return settings.visible && settings.status >= Phaser.Scenes.LOADING && settings.status < Phaser.Scenes.SLEEPING;
}

/** Asks the game to draw its next frame. A game without the gate draws every frame anyway. */
export function requestRender(game: Phaser.Game): void {
  if (game instanceof GatedGame) game.requestRender();
}

/**
 * For views that stamp into a dynamic texture: `flush` runs inside every drawn frame (where the
 * renderer is ready to draw into textures), `redraw` when a lost context comes back; both are let go
 * when the scene shuts down. A step that does not draw emits the same event with no renderer: skipped.
 */
export function onDrawnFrames(scene: Phaser.Scene, flush: () => void, redraw: () => void): void {
  const onPreRender = (renderer: Phaser.Renderer.WebGL.WebGLRenderer | Phaser.Renderer.Canvas.CanvasRenderer | null): void => {
    if (renderer) flush();
  };
  scene.game.events.on(Phaser.Core.Events.PRE_RENDER, onPreRender);
  scene.game.events.on(CONTEXT_RESTORED, redraw);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.game.events.off(Phaser.Core.Events.PRE_RENDER, onPreRender);
    scene.game.events.off(CONTEXT_RESTORED, redraw);
  });
}
