// The sound bank: the only place that imports Howler. One audio sprite holds every effect; two looped
// beds (calm office, tense datacenter) cross-fade with the site's mood. Anything that goes wrong (no
// audio device, a file that will not load or decode, playback refused) is reported once through
// `onProblem`, and the game carries on silently.

import { Howl, Howler } from 'howler';
import spriteMap from '../../assets/audio/effects.sprite.json';
import calmUrl from '../../assets/audio/bed-calm.wav?url';
import effectsUrl from '../../assets/audio/effects.wav?url';
import tenseUrl from '../../assets/audio/bed-tense.wav?url';
import type { CueName } from './cues';
import type { Mood } from './cue-director';
import type { SoundOutput } from './sound-output';

const FADE_MS = 2500;

export class HowlerBank implements SoundOutput {
  private readonly effects: Howl | null;
  private readonly beds: Record<Mood, Howl> | null;
  private mood: Mood = 'calm';
  private music = 0.5;
  private effectsVolume = 0.8;
  private started = false;
  private failed = false;

  constructor(private readonly onProblem: (problem: string) => void) {
    if (Howler.noAudio) {
      this.effects = null;
      this.beds = null;
      this.fail('this browser has no audio output');
      return;
    }
    const problem = (what: string) => (_id: number, error: unknown) => this.fail(`${what} (${describe(error)})`);
    this.effects = new Howl({
      src: [effectsUrl],
      format: ['wav'],
      sprite: spriteOf(spriteMap),
      onloaderror: problem('the sound effects would not load'),
      onplayerror: problem('a sound would not play'),
    });
    const bed = (src: string): Howl => new Howl({ src: [src], format: ['wav'], loop: true, volume: 0, onloaderror: problem('the ambient sound would not load') });
    this.beds = { calm: bed(calmUrl), tense: bed(tenseUrl) };
  }

  start(): void {
    if (this.started || !this.beds || this.failed) return;
    this.started = true;
    for (const mood of ['calm', 'tense'] as const) this.beds[mood].play();
    this.applyMood(0);
  }

  play(name: CueName, volume: number): void {
    if (!this.effects || this.failed) return;
    const id = this.effects.play(name);
    this.effects.volume(volume * this.effectsVolume, id);
  }

  setMood(mood: Mood): void {
    if (mood === this.mood) return;
    this.mood = mood;
    this.applyMood(FADE_MS);
  }

  setVolumes(music: number, effects: number): void {
    this.music = music;
    this.effectsVolume = effects;
    this.applyMood(0);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  /** The Web Audio context's state; null without one (HTML5 audio, or none at all). A failed bank has said so already. */
  running(): boolean | null {
    if (this.failed || !this.beds) return null;
    const context = Howler.ctx as AudioContext | null | undefined;
    return context ? context.state === 'running' : null;
  }

  private applyMood(fadeMs: number): void {
    if (!this.beds || !this.started) return;
    for (const mood of ['calm', 'tense'] as const) {
      const bed = this.beds[mood];
      const target = mood === this.mood ? this.music : 0;
      if (fadeMs > 0) bed.fade(bed.volume(), target, fadeMs);
      else bed.volume(target);
    }
  }

  private fail(problem: string): void {
    if (this.failed) return;
    this.failed = true;
    this.onProblem(`Sound is off: ${problem}. The game plays on silently.`);
  }
}

/** The sprite map as Howler wants it: each cue's start and length in milliseconds. */
function spriteOf(map: Record<string, number[]>): Record<string, [number, number]> {
  return Object.fromEntries(Object.entries(map).map(([name, [startMs = 0, lengthMs = 0]]) => [name, [startMs, lengthMs]]));
}

function describe(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error === 'number') return `error ${error}`;
  return error instanceof Error ? error.message : 'unknown error';
}
