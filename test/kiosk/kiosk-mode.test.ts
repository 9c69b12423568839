// The kiosk's state machine on a hand-stepped clock: the attract loop until a key, a visitor's game
// until a minute idle and a ten-second countdown, the board between two attract loops.

import { describe, expect, it } from 'vitest';
import { KioskMode, type KioskEffect, type KioskTiming } from '../../src/kiosk/kiosk-mode';

const TIMING: KioskTiming = { idleMs: 60_000, countdownMs: 10_000, boardMs: 15_000, attractMaxMs: 300_000, attractEndPauseMs: 1200 };

function kiosk(): { mode: KioskMode; effects: KioskEffect[]; at: (ms: number) => void } {
  const effects: KioskEffect[] = [];
  const mode = new KioskMode(TIMING, (effect) => effects.push(effect));
  mode.start(0);
  // Ticks every 250 ms up to `ms`, as the browser's interval does.
  let now = 0;
  const at = (ms: number): void => {
    for (; now < ms; now = Math.min(ms, now + 250)) mode.tick(now);
    mode.tick(ms);
  };
  return { mode, effects, at };
}

describe('kiosk mode', () => {
  it('opens on the attract loop, and any key starts a visitor’s game, taken by the kiosk', () => {
    const { mode, effects } = kiosk();
    expect(mode.phase).toBe('attract');
    expect(effects).toEqual([{ type: 'attract' }]);
    expect(mode.input(1000, false)).toBe(false);
    expect(mode.phase).toBe('attract');
    expect(mode.input(1000, true)).toBe(true);
    expect(mode.phase).toBe('visitor');
    expect(effects.at(-1)).toEqual({ type: 'visitor' });
  });

  it('shows a countdown after 60 s without input, and goes back to the attract loop 10 s later', () => {
    const { mode, effects, at } = kiosk();
    mode.input(1000, true);
    at(60_999);
    expect(mode.countdownSeconds).toBeNull();
    at(61_000);
    expect(mode.countdownSeconds).toBe(10);
    at(66_500);
    expect(mode.countdownSeconds).toBe(5);
    at(70_999);
    expect(mode.phase).toBe('visitor');
    at(71_000);
    expect(mode.phase).toBe('attract');
    expect(mode.countdownSeconds).toBeNull();
    const shown = effects.filter((effect) => effect.type === 'countdown').map((effect) => effect.secondsLeft);
    expect(shown).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, null]);
    expect(effects.at(-1)).toEqual({ type: 'attract' });
  });

  it('keeps the visitor playing while they give input, and a key during the countdown cancels it without acting', () => {
    const { mode, at } = kiosk();
    mode.input(0, true);
    for (let ms = 30_000; ms <= 300_000; ms += 30_000) {
      at(ms);
      expect(mode.input(ms, true)).toBe(false);
    }
    expect(mode.phase).toBe('visitor');
    at(365_000);
    expect(mode.countdownSeconds).toBe(5);
    expect(mode.input(365_000, true)).toBe(true);
    expect(mode.countdownSeconds).toBeNull();
    // The minute starts again from that key.
    at(424_999);
    expect(mode.countdownSeconds).toBeNull();
    at(434_999);
    expect(mode.phase).toBe('visitor');
    expect(mode.countdownSeconds).toBe(1);
    at(435_000);
    expect(mode.phase).toBe('attract');
  });

  it('counts a mouse move as a sign of life in a game, but it does not start one', () => {
    const { mode, at } = kiosk();
    mode.input(0, true);
    at(55_000);
    expect(mode.input(55_000, false)).toBe(false);
    at(114_000);
    expect(mode.countdownSeconds).toBe(null);
    at(120_000);
    expect(mode.countdownSeconds).toBe(5);
    // A move during the countdown cancels it, and is not swallowed (nothing to swallow).
    expect(mode.input(120_000, false)).toBe(false);
    expect(mode.countdownSeconds).toBeNull();
  });

  it('shows the board when the attract run ends, then the attract loop again; a key on the board starts a game', () => {
    const { mode, effects, at } = kiosk();
    at(40_000);
    mode.attractEnded(40_000);
    expect(mode.phase).toBe('board');
    at(54_999);
    expect(mode.phase).toBe('board');
    at(55_000);
    expect(mode.phase).toBe('attract');
    expect(effects.map((effect) => effect.type)).toEqual(['attract', 'board', 'attract']);
    mode.attractEnded(60_000);
    expect(mode.input(61_000, true)).toBe(true);
    expect(mode.phase).toBe('visitor');
    // A stray "ended" from a scene going away during a visitor's game changes nothing.
    mode.attractEnded(62_000);
    expect(mode.phase).toBe('visitor');
  });

  it('holds the attract run’s end on screen for the end pause by its own clock, then shows the board, once', () => {
    const { mode, effects, at } = kiosk();
    at(40_000);
    mode.attractOver(40_000);
    at(41_000);
    // A second "level ended" does not push the board back.
    mode.attractOver(41_000);
    expect(mode.phase).toBe('attract');
    at(41_200);
    expect(mode.phase).toBe('board');
    // The incident screen's own call after its pause comes too late to matter.
    mode.attractEnded(41_300);
    expect(effects.map((effect) => effect.type)).toEqual(['attract', 'board']);
    // The next attract loop starts with no end remembered from the last one.
    at(56_200);
    expect(mode.phase).toBe('attract');
    at(120_000);
    expect(mode.phase).toBe('attract');
  });

  it('forgets an attract run’s end once a visitor’s key has taken the kiosk', () => {
    const { mode, at } = kiosk();
    mode.attractOver(10_000);
    expect(mode.input(10_500, true)).toBe(true);
    at(12_000);
    expect(mode.phase).toBe('visitor');
  });

  it('never idles out of the attract loop or the board, but gives an attract run that never ends over to the board', () => {
    const { mode, at } = kiosk();
    at(299_750);
    expect(mode.phase).toBe('attract');
    expect(mode.countdownSeconds).toBeNull();
    at(300_000);
    expect(mode.phase).toBe('board');
  });

  it('starts afresh after a crash: the attract loop, the countdown gone', () => {
    const { mode, at } = kiosk();
    mode.input(0, true);
    at(62_000);
    expect(mode.countdownSeconds).not.toBeNull();
    mode.start(62_000);
    expect(mode.phase).toBe('attract');
    expect(mode.countdownSeconds).toBeNull();
  });
});
