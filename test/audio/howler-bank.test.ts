// The sound bank makes nothing before the first key or click: no Howl, so no AudioContext and no sound
// file fetched while the page boots. After it, the beds start as soon as their files load, one-shot cues
// asked for before the sprite has loaded are dropped (stale), later ones play, and captions never wait.
// Howler is replaced by a fake that records what the bank asks of it.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GameAudio } from '../../src/audio/game-audio';
import { HowlerBank } from '../../src/audio/howler-bank';
import type { SimEvent } from '../../src/sim/events';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import { World } from '../support/run-sim';
import { tinyLevel } from '../support/tiny-level';

const fake = vi.hoisted(() => {
  interface Options {
    src: string[];
    format?: string[];
    sprite?: Record<string, number[]>;
    loop?: boolean;
    onloaderror?: (id: number, error: unknown) => void;
  }
  class FakeHowl {
    loaded = false;
    played: string[] = [];
    constructor(readonly options: Options) {
      made.push(this);
    }
    state(): string {
      return this.loaded ? 'loaded' : 'loading';
    }
    play(sprite: string): number {
      this.played.push(sprite);
      return this.played.length;
    }
    volume(): number {
      return 0;
    }
    fade(): void {}
  }
  const made: FakeHowl[] = [];
  const howler = { noAudio: false, ctx: null as { state: string } | null, muted: [] as boolean[], mute: (muted: boolean) => void howler.muted.push(muted) };
  return { FakeHowl, made, howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.howler }));

const page: SimEvent = { tick: 1, type: 'page-sent', pageId: 1, tier: 'web', summary: 'web down' };

function setUp(muted = false) {
  const problems: string[] = [];
  let audio: GameAudio | null = null;
  const bank = new HowlerBank((problem) => audio?.fail(problem));
  audio = new GameAudio(bank, { muted, musicVolume: 0.5, effectsVolume: 0.8 }, () => {});
  audio.onChange(() => {
    const problem = audio?.report().problem;
    if (problem && !problems.includes(problem)) problems.push(problem);
  });
  const world = new World(tinyLevel());
  audio.attach(world.config);
  const captions: string[] = [];
  audio.onCue((cue) => captions.push(cue.caption));
  const pageNow = (): void => {
    audio.take([page]);
    audio.frame(playerView(world.config, world.state, new KnownWorld()), 16, false);
  };
  return { audio, problems, captions, pageNow };
}

const howl = (file: string) => fake.made.find((made) => made.options.src[0]?.endsWith(file));

beforeEach(() => {
  fake.made.length = 0;
  fake.howler.muted.length = 0;
  fake.howler.noAudio = false;
});

describe('the sound bank before the first key', () => {
  it('makes no Howl and touches nothing that would create an audio context, whatever the game asks', () => {
    const { audio, captions, pageNow } = setUp(true);
    pageNow();
    audio.toggleMute();
    audio.setVolumes(0.3, 0.6);
    audio.click();
    expect(fake.made).toEqual([]);
    expect(fake.howler.muted).toEqual([]);
    expect(captions).toEqual(['Pager beeps: web down']);
  });
});

describe('the sound bank after the first key', () => {
  it('loads the compressed effects sprite and both beds, and asks the beds to loop at once', () => {
    const { audio } = setUp(true);
    audio.unlock();
    expect(fake.made.map((made) => made.options.src)).toEqual([['/assets/audio/effects.mp3'], ['/assets/audio/bed-calm.mp3'], ['/assets/audio/bed-tense.mp3']]);
    expect(fake.made.every((made) => made.options.format?.[0] === 'mp3')).toBe(true);
    // Howler holds a play until its file has loaded: the beds start by themselves once it has.
    expect(howl('bed-calm.mp3')?.played).toEqual(['loop']);
    expect(howl('bed-tense.mp3')?.played).toEqual(['loop']);
    expect(howl('bed-calm.mp3')?.options.sprite?.['loop']).toEqual([250, 8000, true]);
    // The player's mute, kept since boot, applies now.
    expect(fake.howler.muted).toEqual([true]);
    audio.unlock();
    expect(fake.made).toHaveLength(3);
  });

  it('drops a cue asked for while the sprite loads, plays those after, and shows every caption at once', () => {
    const { audio, captions, pageNow } = setUp();
    audio.unlock();
    pageNow();
    const effects = howl('effects.mp3')!;
    expect(captions).toEqual(['Pager beeps: web down']);
    expect(effects.played).toEqual([]);
    effects.loaded = true;
    // Still not played: a stale pager beep does not go off late.
    expect(effects.played).toEqual([]);
    pageNow();
    expect(effects.played).toEqual(['pager']);
    expect(captions).toEqual(['Pager beeps: web down', 'Pager beeps: web down']);
    expect(audio.report()).toMatchObject({ unlocked: true, requested: 2, problem: null });
  });

  it('says once that a file would not load, and goes on silently', () => {
    const { audio, problems } = setUp();
    audio.unlock();
    howl('effects.mp3')?.options.onloaderror?.(0, 'Decoding audio data failed.');
    howl('bed-calm.mp3')?.options.onloaderror?.(0, 'Failed loading audio file with status: 404.');
    expect(problems).toEqual(['Sound is off: the sound effects would not load (Decoding audio data failed.). The game plays on silently.']);
  });

  it('says so when the browser has no audio output, and makes nothing', () => {
    fake.howler.noAudio = true;
    const { audio, problems } = setUp();
    expect(problems).toEqual([]);
    audio.unlock();
    expect(fake.made).toEqual([]);
    expect(problems).toEqual(['Sound is off: this browser has no audio output. The game plays on silently.']);
  });
});
