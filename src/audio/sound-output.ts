// What the game needs from a sound device, and nothing more: the Howler bank implements it in the
// browser, and tests give a fake one, so the audio rules run in Node.

import type { CueName } from './cues';
import type { Mood } from './cue-director';

export interface SoundOutput {
  /** Starts the ambient beds; called once, after the first key or click. */
  start(): void;
  play(name: CueName, volume: number): void;
  setMood(mood: Mood): void;
  setVolumes(music: number, effects: number): void;
  setMuted(muted: boolean): void;
  /**
   * Whether the device is playing now (the browser's audio context is running), or null when it cannot
   * tell. Asked a moment after the first key or click: a context still suspended then never started.
   */
  running?(): boolean | null;
}
