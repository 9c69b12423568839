// The game's audio, as the scenes see it: events in, sounds and captions out. It keeps the browser's
// rule (silent until the first key or click, then the beds start), the player's mute and volumes, the
// keyboard mashing of whoever is at work, and a record of what it asked for (the browser tests read it).
// It hears only the player's view (session/player-view), so the music cannot know more than the screen.
// It never imports Howler: the device is a SoundOutput, so all of this runs in Node tests too.

import type { PlayerView } from '../session/player-view';
import type { SimConfig } from '../sim/config';
import type { SimEvent } from '../sim/events';
import { CueDirector, mashingCues, moodFor } from './cue-director';
import { cueVolume, type Cue } from './cues';
import type { SoundOutput } from './sound-output';

export interface AudioSettings {
  muted: boolean;
  /** 0 to 1 each. */
  musicVolume: number;
  effectsVolume: number;
}

export interface AudioReport {
  unlocked: boolean;
  muted: boolean;
  /** Cues asked of the device since the page opened, and the last few by name. */
  requested: number;
  recent: string[];
  problem: string | null;
}

/** One cat's keys every this many real milliseconds while anyone is typing, taking turns. */
const MASH_EVERY_MS = 1100;
const RECENT_KEPT = 12;

/** How long after the first key or click the browser has to start sound before the player is told it did not. */
export const START_WAIT_MS = 2500;

export const SOUND_DID_NOT_START =
  'Sound could not start: the browser kept audio switched off after your first key. The game plays on silently; captions (Settings, S on the title) still show every sound.';

/** Runs `callback` once, `ms` real milliseconds from now: setTimeout in the browser, a hand-stepped clock in tests. */
export type After = (ms: number, callback: () => void) => void;

export class GameAudio {
  private director: CueDirector | null = null;
  private config: SimConfig | null = null;
  private unlocked = false;
  private requested = 0;
  private recent: string[] = [];
  private problem: string | null = null;
  private mashMs = 0;
  private mashTurn = 0;
  private readonly captionListeners: ((cue: Cue) => void)[] = [];
  private readonly changeListeners: (() => void)[] = [];

  constructor(
    private readonly output: SoundOutput,
    private readonly settings: AudioSettings,
    private readonly after: After = (ms, callback) => void setTimeout(callback, ms),
  ) {
    output.setVolumes(settings.musicVolume, settings.effectsVolume);
    output.setMuted(settings.muted);
  }

  /**
   * The browser lets sound start only after the player's first key or click. If it still has not started
   * a moment later (the audio context stays suspended), the player is told once and the game goes on
   * silently; captions do not depend on it.
   */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    this.output.start();
    this.changed();
    this.after(START_WAIT_MS, () => {
      if (this.output.running?.() === false) this.fail(SOUND_DID_NOT_START);
    });
  }

  /** A new incident: cues are chosen for this level's team. */
  attach(config: SimConfig | null): void {
    this.config = config;
    this.director = config ? new CueDirector(config) : null;
    if (!config) this.output.setMood('calm');
  }

  /** The events of a tick, with the player's view just after it (what the screens now show). */
  take(events: readonly SimEvent[], view: PlayerView | null = null): void {
    this.director?.take(events, view?.dashboards.visible ?? true);
  }

  /** Once a frame: plays the frame's merged cues, keeps the typing going, and sets the mood. */
  frame(view: PlayerView | null, deltaMs: number, paused: boolean): void {
    if (!this.director || !this.config) return;
    const cues = this.director.flush();
    if (view && !paused) {
      this.mashMs += deltaMs;
      if (this.mashMs >= MASH_EVERY_MS) {
        this.mashMs = 0;
        const typing = mashingCues(this.config, view.team);
        if (typing.length > 0 && !cues.some((cue) => cue.name.startsWith('keys-'))) cues.push(typing[this.mashTurn++ % typing.length]!);
      }
    }
    for (const cue of cues) this.play(cue);
    if (view) this.output.setMood(moodFor(this.config, view));
  }

  /** A menu or button click. */
  click(): void {
    this.play({ name: 'ui-click', caption: '' });
  }

  toggleMute(): boolean {
    this.settings.muted = !this.settings.muted;
    this.output.setMuted(this.settings.muted);
    this.changed();
    return this.settings.muted;
  }

  setVolumes(music: number, effects: number): void {
    this.settings.musicVolume = music;
    this.settings.effectsVolume = effects;
    this.output.setVolumes(music, effects);
  }

  /** Captions: each cue's words, whether or not it could be heard. */
  onCue(listener: (cue: Cue) => void): void {
    this.captionListeners.push(listener);
  }

  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** Sound could not start or broke: remembered so it is said once, and shown to tests. */
  fail(problem: string): void {
    if (this.problem) return;
    this.problem = problem;
    this.changed();
  }

  report(): AudioReport {
    return { unlocked: this.unlocked, muted: this.settings.muted, requested: this.requested, recent: [...this.recent], problem: this.problem };
  }

  private play(cue: Cue): void {
    if (cue.caption) for (const listener of this.captionListeners) listener(cue);
    // Before the first input the browser would refuse anyway; a queue would burst out all at once later.
    if (!this.unlocked) return;
    this.output.play(cue.name, cueVolume(cue.name));
    this.requested++;
    this.recent = [...this.recent, cue.name].slice(-RECENT_KEPT);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }
}
