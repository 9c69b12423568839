// The team in the office strip: one desk per responder, the cat at it drawn in its own coat with the gear
// of its specialty. Away responders leave an empty desk; working ones mash the keyboard (two poses
// swapped, for looks only; with motion reduced, views/display-mode, they hold the first pose: still at the
// keyboard, so working still reads); one who has just said something raises a paw. The words live in the DOM
// (ui/team-strip). Like the fleet, the cats are stamped into one texture when a pose changes, so the
// strip costs one image a frame: in software WebGL, six separate images pushed a frame past 16 ms.

import type Phaser from 'phaser';
import type { ResponderConfig } from '../sim/config';
import type { ResponderState } from '../sim/state';
import { hasArt, RASTER_SCALE, stampArt } from './art';
import { CAT_ART, catArt, gearArt, mashPose, type CatPose } from './cat-art';
import { isMotionReduced } from './display-mode';
import { addDynamicTexture } from './dynamic-texture';
import { palette, stroke } from './palette';
import { onDrawnFrames } from './render-gate';

const TEXTURE_KEY = 'team-strip';

export interface TeamArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each desk's centre is: the strip shared out evenly. */
export function deskCentres(area: TeamArea, count: number): number[] {
  const slot = area.width / Math.max(1, count);
  return Array.from({ length: count }, (_, index) => area.x + slot * (index + 0.5));
}

export class TeamView {
  private readonly texture: Phaser.Textures.DynamicTexture;
  private readonly centres: number[];
  private readonly poses: CatPose[];
  private readonly gear: (string | null)[];
  private readonly game: Phaser.Game;
  private mashClockMs = 0;
  private pending = true;

  constructor(
    scene: Phaser.Scene,
    private readonly responders: readonly ResponderConfig[],
    area: TeamArea,
  ) {
    scene.add
      .graphics()
      .fillStyle(palette().panel, 1)
      .fillRoundedRect(area.x, area.y, area.width, area.height, 8)
      .lineStyle(stroke(1), palette().panelEdge, 1)
      .strokeRoundedRect(area.x, area.y, area.width, area.height, 8);
    this.game = scene.game;
    this.centres = deskCentres(area, responders.length).map((x) => x - area.x);
    this.poses = responders.map(() => 'empty');
    this.gear = responders.map((responder) => (hasArt(scene, gearArt(responder)) ? gearArt(responder) : null));
    this.texture = addDynamicTexture(scene, TEXTURE_KEY, area.width, area.height);
    scene.add.image(area.x, area.y, TEXTURE_KEY).setOrigin(0, 0);
    onDrawnFrames(
      scene,
      () => this.flush(),
      () => void (this.pending = true),
    );
  }

  /**
   * Picks each cat's pose from what the responder is doing; `reporting` marks who has just spoken. Returns
   * whether a pose changed, so the caller asks for a frame (once: asking again while the stamp waits for
   * its frame would draw a second one).
   */
  update(states: readonly ResponderState[], reporting: ReadonlySet<string>, deltaMs: number, paused: boolean): boolean {
    if (!paused) this.mashClockMs += deltaMs;
    const mash = mashPose(this.mashClockMs, isMotionReduced());
    let changed = false;
    this.responders.forEach((responder, index) => {
      const pose = poseFor(states[index]!, reporting.has(responder.id), mash);
      if (pose === this.poses[index]) return;
      this.poses[index] = pose;
      changed = true;
    });
    if (changed) this.pending = true;
    return changed;
  }

  /** Stamps every desk into the texture, inside a drawn frame (see FleetView.flush for why there). */
  private flush(): void {
    if (!this.pending) return;
    this.pending = false;
    this.texture.clear();
    const y = 4 + CAT_ART.height / 2;
    this.responders.forEach((responder, index) => {
      const pose = this.poses[index]!;
      const x = this.centres[index]!;
      stampArt(this.texture, catArt(responder, pose), x, y, 1 / RASTER_SCALE);
      const gear = this.gear[index];
      if (pose !== 'empty' && gear) stampArt(this.texture, gear, x, y, 1 / RASTER_SCALE);
    });
    this.texture.render();
  }
}

function poseFor(state: ResponderState, reporting: boolean, mash: CatPose): CatPose {
  if (state.status === 'away' || state.status === 'coming' || state.status === 'left') return 'empty';
  if (reporting) return 'report';
  // A watch is reading graphs, not typing; catching up is reading too.
  if (state.status === 'working' && state.job?.command.type !== 'watch') return mash;
  return 'idle';
}
