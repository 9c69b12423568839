// The team in the office strip: one desk per responder, the cat at it drawn in its own coat with the gear
// of its specialty. Away responders leave an empty desk; working ones mash the keyboard (two poses
// swapped, for looks only); one who has just said something raises a paw. The words live in the DOM
// (ui/team-strip); this view only chooses and swaps images.

import type Phaser from 'phaser';
import type { ResponderConfig } from '../sim/config';
import type { ResponderState } from '../sim/state';
import { addArt, hasArt } from './art';
import { PALETTE } from './palette';
import { requestRender } from './render-gate';

/** The drawn size of every cat image (scripts/art/cats.ts): desk, laptop and cat share one frame. */
export const CAT_ART = { width: 72, height: 60 } as const;
/** How long each keyboard-mashing pose shows, in real milliseconds. */
const MASH_MS = 140;

export type CatPose = 'empty' | 'idle' | 'type-a' | 'type-b' | 'report';

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

export function catTexture(responder: ResponderConfig, pose: CatPose): string {
  return pose === 'empty' ? 'cat-desk-empty' : `cat-${responder.look}-${pose}`;
}

export class TeamView {
  private readonly cats: Phaser.GameObjects.Image[];
  private readonly gear: Phaser.GameObjects.Image[];
  private readonly poses: CatPose[];
  private mashClockMs = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly responders: readonly ResponderConfig[],
    area: TeamArea,
  ) {
    scene.add.graphics().fillStyle(PALETTE.panel, 1).fillRoundedRect(area.x, area.y, area.width, area.height, 8).lineStyle(1, PALETTE.panelEdge, 1).strokeRoundedRect(area.x, area.y, area.width, area.height, 8);
    const centres = deskCentres(area, responders.length);
    const y = area.y + 4 + CAT_ART.height / 2;
    this.cats = responders.map((_, index) => addArt(scene, 'cat-desk-empty', centres[index]!, y));
    this.gear = responders.map((responder, index) => {
      const key = `cat-gear-${responder.specialty}`;
      return addArt(scene, hasArt(scene, key) ? key : 'cat-desk-empty', centres[index]!, y).setVisible(false);
    });
    this.poses = responders.map(() => 'empty');
  }

  /** Picks each cat's pose from what the responder is doing; `reporting` marks who has just spoken. */
  update(states: readonly ResponderState[], reporting: ReadonlySet<string>, deltaMs: number, paused: boolean): void {
    if (!paused) this.mashClockMs += deltaMs;
    const mash: CatPose = Math.floor(this.mashClockMs / MASH_MS) % 2 === 0 ? 'type-a' : 'type-b';
    this.responders.forEach((responder, index) => {
      const state = states[index]!;
      const pose = poseFor(state, reporting.has(responder.id), mash);
      if (pose === this.poses[index]) return;
      this.poses[index] = pose;
      this.cats[index]!.setTexture(catTexture(responder, pose));
      this.gear[index]!.setVisible(pose !== 'empty');
      requestRender();
    });
  }
}

function poseFor(state: ResponderState, reporting: boolean, mash: CatPose): CatPose {
  if (state.status === 'away' || state.status === 'coming') return 'empty';
  if (reporting) return 'report';
  // A watch is reading graphs, not typing; catching up is reading too.
  if (state.status === 'working' && state.job?.command.type !== 'watch') return mash;
  return 'idle';
}
