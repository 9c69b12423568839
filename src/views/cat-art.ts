// Which piece of the art shows a responder's cat: its coat and pose (the typing pose swapped while it works,
// held when motion is reduced), and the gear of its specialty.

import type { ResponderConfig } from '../sim/config';

/** The drawn size of every cat image (scripts/art/cats.ts): desk, laptop and cat share one frame. */
export const CAT_ART = { width: 72, height: 60 } as const;

export const CAT_POSES = ['empty', 'idle', 'type-a', 'type-b', 'report'] as const;
export type CatPose = (typeof CAT_POSES)[number];

export function catArt(responder: Pick<ResponderConfig, 'look'>, pose: CatPose): string {
  return pose === 'empty' ? 'cat-desk-empty' : `cat-${responder.look}-${pose}`;
}

export function gearArt(responder: Pick<ResponderConfig, 'specialty'>): string {
  return `cat-gear-${responder.specialty}`;
}

/** How long each keyboard-mashing pose shows, in real milliseconds. */
const MASH_MS = 140;

/** Which keyboard-mashing pose shows at this point of the mash clock: always the first when motion is reduced. */
export function mashPose(mashClockMs: number, motionReduced: boolean): CatPose {
  return motionReduced || Math.floor(mashClockMs / MASH_MS) % 2 === 0 ? 'type-a' : 'type-b';
}
