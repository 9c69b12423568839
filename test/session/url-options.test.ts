// The page's options: what the game understands, and a clear word about anything it does not.

import { describe, expect, it } from 'vitest';
import { parseUrlOptions } from '../../src/url-options';

describe('page options', () => {
  it('read the seed, the speed, skip-intro and the benchmark scenes', () => {
    expect(parseUrlOptions('?seed=7&speed=4&skip-intro=1&bench=empty')).toEqual({
      options: { seed: 7, speed: 4, skipIntro: true, bench: 'empty', shiftMinutes: null, testFault: null, fleet: null },
      problems: [],
    });
  });

  it('may shorten the shift, for a short demo or a test of its end', () => {
    expect(parseUrlOptions('?shift-minutes=6').options.shiftMinutes).toBe(6);
    expect(parseUrlOptions('').options.shiftMinutes).toBeNull();
  });

  it('may play a fleet many times the level’s size, within bounds', () => {
    expect(parseUrlOptions('?fleet=20').options.fleet).toBe(20);
    expect(parseUrlOptions('').options.fleet).toBeNull();
    for (const bad of ['0', '51', '2.5', 'big', '']) {
      const { options, problems } = parseUrlOptions(`?fleet=${bad}`);
      expect(options.fleet).toBeNull();
      expect(problems).toEqual([`fleet=${bad} is not a whole number from 1 to 50; playing the level's own fleet`]);
    }
  });

  it('leave the speed to the saved setting unless the page asks', () => {
    expect(parseUrlOptions('').options.speed).toBeNull();
  });

  it('name every option or value they cannot use, and fall back', () => {
    const { options, problems } = parseUrlOptions('?seed=&speed=3&skip-intro=no&shift-minutes=0&cheat=1');
    expect(options).toEqual({ seed: 1, speed: null, skipIntro: false, bench: null, shiftMinutes: null, testFault: null, fleet: null });
    expect(problems).toEqual([
      'seed= is not a whole number 0 or more; using seed 1',
      'speed=3 is not one of 0.5, 1, 2, 4, 8; using the saved speed',
      'skip-intro=no is not 1, true, 0 or false; showing the intro',
      "shift-minutes=0 is not a whole number from 1 to 600; using the level's own time limit",
      'unknown option "cheat" (the game knows seed, speed, skip-intro, shift-minutes, fleet and bench)',
    ]);
  });
});
