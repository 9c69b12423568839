// The game's sound cues: the names in the audio sprite (scripts/sound/effects.ts writes the same), how
// loud each plays, and which matter most when too many want to play in one frame. Every cue comes with
// a caption, so no sound is ever the only way to know something happened.

import { RESPONDER_LOOKS, type ResponderLook } from '../sim/config';

export type CueName = 'pager' | 'alert' | `keys-${ResponderLook}` | `meow-${ResponderLook}` | 'chat-ping' | 'chef-run' | 'apache-fail' | 'success' | 'failure' | 'ui-click';

/** Every cue, in the order the sound script writes them. */
export const ALL_CUES: readonly CueName[] = [
  'pager',
  'alert',
  ...RESPONDER_LOOKS.map((look) => `keys-${look}` as const),
  ...RESPONDER_LOOKS.map((look) => `meow-${look}` as const),
  'chat-ping',
  'chef-run',
  'apache-fail',
  'success',
  'failure',
  'ui-click',
];

/** One sound to play, with the words that stand for it on screen. */
export interface Cue {
  name: CueName;
  caption: string;
}

/** Loudness per kind of cue, against the effects volume: the pager must cut through, keys stay under. */
export function cueVolume(name: CueName): number {
  if (name === 'pager') return 0.8;
  if (name.startsWith('keys-')) return 0.55;
  if (name === 'ui-click') return 0.4;
  if (name === 'chef-run') return 0.45;
  return 0.7;
}

/** Higher plays first when a frame has more cues than it may play. */
export function cuePriority(name: CueName): number {
  if (name === 'pager') return 9;
  if (name === 'success' || name === 'failure') return 8;
  if (name.startsWith('meow-')) return 6;
  if (name === 'apache-fail') return 5;
  if (name === 'alert') return 4;
  if (name === 'chat-ping') return 3;
  if (name.startsWith('keys-')) return 2;
  return 1;
}
