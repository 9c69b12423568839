// The audio rules around the device: silent until the first input, captions whatever happens, the
// player's mute, and a problem said once.

import { describe, expect, it } from 'vitest';
import type { Mood } from '../../src/audio/cue-director';
import type { CueName } from '../../src/audio/cues';
import { GameAudio } from '../../src/audio/game-audio';
import type { SoundOutput } from '../../src/audio/sound-output';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import type { SimEvent } from '../../src/sim/events';
import { World } from '../support/run-sim';
import { tinyLevel } from '../support/tiny-level';

class FakeOutput implements SoundOutput {
  started = 0;
  played: CueName[] = [];
  moods: Mood[] = [];
  muted = false;
  volumes: [number, number] = [0, 0];
  start(): void {
    this.started++;
  }
  play(name: CueName): void {
    this.played.push(name);
  }
  setMood(mood: Mood): void {
    this.moods.push(mood);
  }
  setVolumes(music: number, effects: number): void {
    this.volumes = [music, effects];
  }
  setMuted(muted: boolean): void {
    this.muted = muted;
  }
}

const page: SimEvent = { tick: 1, type: 'page-sent', pageId: 1, tier: 'web', summary: 'web down' };

function setUp() {
  const output = new FakeOutput();
  const audio = new GameAudio(output, { muted: false, musicVolume: 0.5, effectsVolume: 0.8 });
  const world = new World(tinyLevel());
  audio.attach(world.config);
  return { output, audio, world };
}

describe('game audio', () => {
  it('stays silent until the first key or click, while captions still show', () => {
    const { output, audio, world } = setUp();
    const captions: string[] = [];
    audio.onCue((cue) => captions.push(cue.caption));
    audio.take([page]);
    audio.frame(playerView(world.config, world.state, new KnownWorld()), 16, false);
    expect(output.played).toEqual([]);
    expect(captions).toEqual(['Pager beeps: web down']);
    audio.unlock();
    audio.unlock();
    expect(output.started).toBe(1);
    audio.take([page]);
    audio.frame(playerView(world.config, world.state, new KnownWorld()), 16, false);
    expect(output.played).toEqual(['pager']);
    expect(audio.report()).toMatchObject({ unlocked: true, requested: 1, recent: ['pager'] });
  });

  it('mutes and unmutes, and takes the player’s volumes', () => {
    const { output, audio } = setUp();
    expect(output.volumes).toEqual([0.5, 0.8]);
    expect(audio.toggleMute()).toBe(true);
    expect(output.muted).toBe(true);
    audio.setVolumes(0.25, 1);
    expect(output.volumes).toEqual([0.25, 1]);
  });

  it('remembers the first problem only, so it is said once', () => {
    const { audio } = setUp();
    audio.fail('Sound is off: no device.');
    audio.fail('Sound is off: something else.');
    expect(audio.report().problem).toBe('Sound is off: no device.');
  });

  it('follows the site’s mood, as the player can know it, every frame', () => {
    const { output, audio, world } = setUp();
    audio.frame(playerView(world.config, world.state, new KnownWorld()), 16, false);
    world.runUntilEvent('customers-affected');
    world.run(5);
    audio.frame(playerView(world.config, world.state, new KnownWorld()), 16, false);
    expect(output.moods).toEqual(['calm', 'tense']);
  });
});
