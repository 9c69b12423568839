// The sound bank: the only place that imports Howler. One audio sprite holds every effect; two looped
// beds (calm office, tense datacenter) cross-fade with the site's mood. Nothing is made before start(),
// the player's first key or click: no Howl, so no AudioContext and no download of a sound file while the
// page boots. Anything that goes wrong (no audio device, a file that will not load or decode, playback
// refused) is reported once through `onProblem`, and the game carries on silently.

import { Howl, Howler } from 'howler';
import bedMap from '../../assets/audio/beds.sprite.json';
import spriteMap from '../../assets/audio/effects.sprite.json';
import calmUrl from '../../assets/audio/bed-calm.mp3?url';
import effectsUrl from '../../assets/audio/effects.mp3?url';
import tenseUrl from '../../assets/audio/bed-tense.mp3?url';
import type { CueName } from './cues';
import type { Mood } from './cue-director';
import type { SoundOutput } from './sound-output';

const FADE_MS = 2500;
const MOODS = ['calm', 'tense'] as const;
/** Each bed's file, and the loop inside it (scripts/make-sound writes it with a wrap-around either side). */
const BEDS: Record<Mood, { url: string; loop: number[] }> = { calm: { url: calmUrl, loop: bedMap['bed-calm'] }, tense: { url: tenseUrl, loop: bedMap['bed-tense'] } };

export class HowlerBank implements SoundOutput {
  private effects: Howl | null = null;
  private beds: Record<Mood, Howl> | null = null;
  private mood: Mood = 'calm';
  private music = 0.5;
  private effectsVolume = 0.8;
  private muted = false;
  private started = false;
  private failed = false;

  constructor(private readonly onProblem: (problem: string) => void) {}

  /**
   * The first key or click: the Howls are made now, inside that input's handler, so the AudioContext is
   * created with the browser's permission and the files are fetched only now. The beds are asked to play
   * at once; Howler holds that until their file has loaded, then they start.
   */
  start(): void {
    if (this.started || this.failed) return;
    this.started = true;
    if (Howler.noAudio) {
      this.fail('this browser has no audio output');
      return;
    }
    const problem = (what: string) => (_id: number, error: unknown) => this.fail(`${what} (${describe(error)})`);
    this.effects = new Howl({
      src: [effectsUrl],
      format: ['mp3'],
      sprite: spriteOf(spriteMap),
      onloaderror: problem('the sound effects would not load'),
      onplayerror: problem('a sound would not play'),
    });
    const bed = (mood: Mood): Howl => {
      const [startMs = 0, lengthMs = 0] = BEDS[mood].loop;
      return new Howl({ src: [BEDS[mood].url], format: ['mp3'], sprite: { loop: [startMs, lengthMs, true] }, volume: 0, onloaderror: problem('the ambient sound would not load') });
    };
    this.beds = { calm: bed('calm'), tense: bed('tense') };
    Howler.mute(this.muted);
    for (const mood of MOODS) this.beds[mood].play('loop');
    this.applyMood(0);
  }

  /**
   * A one-shot cue. Until the sprite has loaded (the first moments after the first key) cues are dropped,
   * not queued: played late they would be stale and burst out together. Their captions showed already
   * (GameAudio shows them whatever the device does).
   */
  play(name: CueName, volume: number): void {
    if (!this.effects || this.failed || this.effects.state() !== 'loaded') return;
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

  /** Remembered until start(): Howler.mute would create the AudioContext before the first key. */
  setMuted(muted: boolean): void {
    this.muted = muted;
    if (this.beds) Howler.mute(muted);
  }

  /** The Web Audio context's state; null without one (not started, HTML5 audio, or none at all). A failed bank has said so already. */
  running(): boolean | null {
    if (this.failed || !this.beds) return null;
    const context = Howler.ctx as AudioContext | null | undefined;
    return context ? context.state === 'running' : null;
  }

  private applyMood(fadeMs: number): void {
    if (!this.beds) return;
    for (const mood of MOODS) {
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
