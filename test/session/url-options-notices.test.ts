// The page's options, hardened: an option given twice says which value was used, a flood of unknown
// options is one short notice, a long value is cut short, and the browser tests' fault is opt-in only.

import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_OPTIONS, parseUrlOptions } from '../../src/url-options';

describe('page options given more than once', () => {
  it('say so, naming every value given and the one used (the last)', () => {
    const { options, problems } = parseUrlOptions('?seed=3&speed=2&seed=9');
    expect(options.seed).toBe(9);
    expect(problems).toEqual(['seed is given 2 times (3, 9); using the last one, 9']);
  });

  it('still name a last value the game cannot use, and fall back', () => {
    const { options, problems } = parseUrlOptions('?speed=4&speed=3');
    expect(options.speed).toBeNull();
    expect(problems).toEqual(['speed is given 2 times (4, 3); using the last one, 3', 'speed=3 is not one of 0.5, 1, 2, 4, 8; using the saved speed']);
  });
});

describe('unknown page options', () => {
  it('are named together: one, or a few', () => {
    expect(parseUrlOptions('?cheat=1').problems).toEqual([
      'unknown option "cheat" (the game knows level, seed, speed, skip-intro, shift-minutes, fleet, watch, projector, facilitator, kiosk, kiosk-idle-seconds, kiosk-pace, talk, team and bench)',
    ]);
    expect(parseUrlOptions('?a=1&b=2').problems).toEqual([
      'unknown options "a" and "b" (the game knows level, seed, speed, skip-intro, shift-minutes, fleet, watch, projector, facilitator, kiosk, kiosk-idle-seconds, kiosk-pace, talk, team and bench)',
    ]);
    expect(parseUrlOptions('?a&b&c&a').problems).toEqual([
      'unknown options "a", "b" and "c" (the game knows level, seed, speed, skip-intro, shift-minutes, fleet, watch, projector, facilitator, kiosk, kiosk-idle-seconds, kiosk-pace, talk, team and bench)',
    ]);
  });

  it('by the thousand make one notice that names the first few and counts the rest', () => {
    const search = `?${Array.from({ length: 5000 }, (_, index) => `junk${index}=1`).join('&')}&seed=4`;
    const { options, problems } = parseUrlOptions(search);
    expect(options.seed).toBe(4);
    expect(problems).toEqual([
      'unknown options "junk0", "junk1", "junk2" and 4997 more (the game knows level, seed, speed, skip-intro, shift-minutes, fleet, watch, projector, facilitator, kiosk, kiosk-idle-seconds, kiosk-pace, talk, team and bench)',
    ]);
  });

  it('and values a page could make enormous are cut short, on one line', () => {
    const [problem] = parseUrlOptions(`?seed=${'9'.repeat(5000)}%0A%3Cb%3E`).problems;
    expect(problem).toBe(`seed=${'9'.repeat(39)}… is not a whole number 0 or more; using seed 1`);
  });
});

describe('the browser tests’ fault', () => {
  it('is off unless the page asks for it by name', () => {
    expect(parseUrlOptions('').options).toEqual(DEFAULT_URL_OPTIONS);
    expect(DEFAULT_URL_OPTIONS.testFault).toBeNull();
    expect(parseUrlOptions('?test-fault=scene-update').options.testFault).toBe('scene-update');
    expect(parseUrlOptions('?test-fault=1')).toEqual({ options: DEFAULT_URL_OPTIONS, problems: ['test-fault=1 is not "scene-update" (a fault for the browser tests); ignoring it'] });
  });
});
