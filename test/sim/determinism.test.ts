// The world is a function of its level, its seed and its commands: the same run twice gives the same
// state at every tick, and a snapshot restored mid-run carries on exactly as the original did.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { createState } from '../../src/sim/create-state';
import { restoreState, saveState, snapshot } from '../../src/sim/snapshot';
import { hashState } from '../../src/sim/state-hash';
import { tinyLevel } from '../support/tiny-level';

const commands: TimedCommand[] = [
  { atTick: 200, command: { type: 'stop-chef', hosts: ['@api'], concurrency: 2 } },
  { atTick: 400, command: { type: 'run-chef', hosts: ['@web'], concurrency: 3 } },
  { atTick: 500, command: { type: 'view-site' } },
  { atTick: 900, command: { type: 'start-chef', hosts: ['@api'], concurrency: 4 } },
];

function hashesOf(seed: number, untilTick: number): string[] {
  const hashes: string[] = [];
  playRun(tinyLevel(), seed, commands, { untilTick, onTick: (state) => hashes.push(hashState(state)) });
  return hashes;
}

describe('determinism', () => {
  it('gives identical per-tick hashes for the same level, seed and commands', () => {
    expect(hashesOf(7, 1500)).toEqual(hashesOf(7, 1500));
  });

  it('gives a different run for a different seed', () => {
    expect(hashesOf(7, 300).at(-1)).not.toEqual(hashesOf(8, 300).at(-1));
  });

  it('carries on identically from a snapshot restored mid-run', () => {
    const config = tinyLevel();
    const straight: string[] = [];
    playRun(config, 3, commands, { untilTick: 1500, onTick: (state) => straight.push(hashState(state)) });

    const firstHalf = playRun(config, 3, commands, { untilTick: 450 });
    const restored = restoreState(saveState(snapshot(firstHalf.state)));
    const resumed: string[] = [];
    playRun(config, 3, commands, { from: restored, untilTick: 1500, onTick: (state) => resumed.push(hashState(state)) });

    expect(resumed).toEqual(straight.slice(450));
  });

  it('keeps nothing in the state that a save would lose', () => {
    const state = playRun(tinyLevel(), 5, commands, { untilTick: 600 }).state;
    expect(hashState(restoreState(saveState(state)))).toBe(hashState(state));
  });

  it('hashes a change anywhere in the state', () => {
    const state = createState(tinyLevel(), 1);
    const before = hashState(state);
    state.hosts[17]!.monitor.failedAttempts = 1;
    expect(hashState(state)).not.toBe(before);
  });
});
