// Sound that never starts: the browser may keep its audio context suspended even after the first key
// (a policy, a device that went away). A moment later the player is told once, the game goes on
// silently, and captions still show every sound.

import { describe, expect, it } from 'vitest';
import type { Mood } from '../../src/audio/cue-director';
import type { CueName } from '../../src/audio/cues';
import { GameAudio, SOUND_DID_NOT_START, START_WAIT_MS, type After } from '../../src/audio/game-audio';
import type { SoundOutput } from '../../src/audio/sound-output';

/** A device whose context is running or not, as the test says. */
class FakeBank implements SoundOutput {
  context: 'running' | 'suspended' | null = 'suspended';
  played: CueName[] = [];
  start(): void {}
  play(name: CueName): void {
    this.played.push(name);
  }
  setMood(_mood: Mood): void {}
  setVolumes(): void {}
  setMuted(): void {}
  running(): boolean | null {
    return this.context === null ? null : this.context === 'running';
  }
}

/** A clock stepped by hand: callbacks run when the test moves time past them. */
class HandClock {
  private now = 0;
  private readonly due: { at: number; callback: () => void }[] = [];
  readonly after: After = (ms, callback) => void this.due.push({ at: this.now + ms, callback });
  advance(ms: number): void {
    this.now += ms;
    for (const entry of this.due.filter((candidate) => candidate.at <= this.now)) {
      this.due.splice(this.due.indexOf(entry), 1);
      entry.callback();
    }
  }
}

function setUp(context: FakeBank['context']) {
  const bank = new FakeBank();
  bank.context = context;
  const clock = new HandClock();
  const audio = new GameAudio(bank, { muted: false, musicVolume: 0.5, effectsVolume: 0.8 }, clock.after);
  const said: string[] = [];
  audio.onChange(() => {
    const problem = audio.report().problem;
    if (problem && !said.includes(problem)) said.push(problem);
  });
  return { bank, clock, audio, said };
}

describe('sound that does not start after the first key', () => {
  it('is said once, a moment later, and captions go on', () => {
    const { clock, audio, said } = setUp('suspended');
    const captions: string[] = [];
    audio.onCue((cue) => captions.push(cue.caption));
    audio.unlock();
    clock.advance(START_WAIT_MS - 1);
    expect(audio.report().problem).toBeNull();
    clock.advance(1);
    expect(audio.report().problem).toBe(SOUND_DID_NOT_START);
    audio.unlock();
    clock.advance(START_WAIT_MS * 2);
    expect(said).toEqual([SOUND_DID_NOT_START]);
    expect(SOUND_DID_NOT_START).toMatch(/plays on silently; captions/);
  });

  it('is not said when the context started in time, even slowly', () => {
    const { bank, clock, audio } = setUp('suspended');
    audio.unlock();
    clock.advance(START_WAIT_MS / 2);
    bank.context = 'running';
    clock.advance(START_WAIT_MS);
    expect(audio.report().problem).toBeNull();
  });

  it('is not guessed at when the device cannot tell (no Web Audio context)', () => {
    const { clock, audio } = setUp(null);
    audio.unlock();
    clock.advance(START_WAIT_MS);
    expect(audio.report().problem).toBeNull();
  });

  it('does not replace a problem already said (no device at all)', () => {
    const { clock, audio } = setUp('suspended');
    audio.fail('Sound is off: this browser has no audio output. The game plays on silently.');
    audio.unlock();
    clock.advance(START_WAIT_MS);
    expect(audio.report().problem).toMatch(/no audio output/);
  });
});
