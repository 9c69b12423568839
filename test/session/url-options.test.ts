// The page's options: what the game understands, and a clear word about anything it does not.

import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_OPTIONS, parseUrlOptions } from '../../src/url-options';

describe('page options', () => {
  it('read the seed, the speed, skip-intro and the benchmark scenes', () => {
    expect(parseUrlOptions('?seed=7&speed=4&skip-intro=1&bench=empty')).toEqual({
      options: { ...DEFAULT_URL_OPTIONS, seed: 7, speed: 4, skipIntro: true, bench: 'empty' },
      problems: [],
    });
  });

  it('give a room the same level and seed from one link; whether the level exists is the catalog’s to say', () => {
    expect(parseUrlOptions('?level=chat-down&seed=42').options).toMatchObject({ level: 'chat-down', seed: 42 });
    expect(parseUrlOptions('?level=no-such-level').options.level).toBe('no-such-level');
    for (const bad of ['', ' ', 'x'.repeat(101)]) {
      const { options, problems } = parseUrlOptions(`?level=${bad}`);
      expect(options.level).toBeNull();
      expect(problems[0]).toMatch(/^level=.* is not a level id; offering the saved level$/);
    }
  });

  it('may ask to watch the run the facilitator’s page left for it', () => {
    expect(parseUrlOptions('?watch=1').options.watch).toBe(true);
    expect(parseUrlOptions('').options.watch).toBe(false);
    expect(parseUrlOptions('?watch=maybe').problems).toEqual(['watch=maybe is not 1 or true; showing the title']);
  });

  it('may turn projector mode on or off for this page, or leave it to the saved setting', () => {
    for (const on of ['?projector', '?projector=', '?projector=1', '?projector=true']) expect(parseUrlOptions(on)).toMatchObject({ options: { projector: true }, problems: [] });
    for (const off of ['?projector=0', '?projector=false']) expect(parseUrlOptions(off)).toMatchObject({ options: { projector: false }, problems: [] });
    expect(parseUrlOptions('').options.projector).toBeNull();
    expect(parseUrlOptions('?projector=big')).toMatchObject({ options: { projector: null }, problems: ['projector=big is not 1, true, 0 or false; using the saved setting'] });
  });

  it('may ask for the facilitator’s live controls', () => {
    for (const on of ['?facilitator', '?facilitator=1', '?facilitator=true']) expect(parseUrlOptions(on)).toMatchObject({ options: { facilitator: true }, problems: [] });
    for (const off of ['?facilitator=0', '?facilitator=false', '']) expect(parseUrlOptions(off)).toMatchObject({ options: { facilitator: false }, problems: [] });
    expect(parseUrlOptions('?facilitator=yes')).toMatchObject({ options: { facilitator: false }, problems: ["facilitator=yes is not 1, true, 0 or false; no facilitator's controls"] });
  });

  it('may run the game as a booth’s kiosk, with a shorter idle time for tests and staff', () => {
    for (const on of ['?kiosk', '?kiosk=', '?kiosk=1', '?kiosk=true']) expect(parseUrlOptions(on)).toMatchObject({ options: { kiosk: true }, problems: [] });
    for (const off of ['?kiosk=0', '?kiosk=false', '']) expect(parseUrlOptions(off)).toMatchObject({ options: { kiosk: false }, problems: [] });
    expect(parseUrlOptions('?kiosk=yes')).toMatchObject({ options: { kiosk: false }, problems: ['kiosk=yes is not 1, true, 0 or false; not in kiosk mode'] });
    expect(parseUrlOptions('?kiosk=1&kiosk-idle-seconds=5').options).toMatchObject({ kiosk: true, kioskIdleSeconds: 5 });
    for (const bad of ['0', '-1', '2.5', '', 'soon', '3601'])
      expect(parseUrlOptions(`?kiosk=1&kiosk-idle-seconds=${bad}`)).toMatchObject({
        options: { kioskIdleSeconds: null },
        problems: [`kiosk-idle-seconds=${bad} is not a whole number from 1 to 3600; the kiosk waits 60 seconds`],
      });
  });

  it('may run a kiosk’s day faster, for the soak test only, within the pace a frame can keep', () => {
    expect(parseUrlOptions('?kiosk=1&kiosk-pace=60').options).toMatchObject({ kiosk: true, kioskPace: 60 });
    expect(parseUrlOptions('?kiosk=1').options.kioskPace).toBeNull();
    for (const bad of ['0', '-2', '1.5', '', 'fast', '101'])
      expect(parseUrlOptions(`?kiosk=1&kiosk-pace=${bad}`)).toMatchObject({
        options: { kioskPace: null },
        problems: [`kiosk-pace=${bad} is not a whole number from 1 to 100; the booth keeps its real pace`],
      });
  });

  it('read projector mode and the facilitator’s controls beside a room’s link', () => {
    expect(parseUrlOptions('?level=apache-snafu&seed=3&projector=1&facilitator=1')).toEqual({
      options: {
        seed: 3,
        speed: null,
        skipIntro: false,
        bench: null,
        shiftMinutes: null,
        testFault: null,
        fleet: null,
        level: 'apache-snafu',
        watch: false,
        projector: true,
        facilitator: true,
        kiosk: false,
        kioskIdleSeconds: null,
        kioskPace: null,
        talk: false,
        team: null,
      },
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
    expect(options).toEqual({
      seed: 1,
      speed: null,
      skipIntro: false,
      bench: null,
      shiftMinutes: null,
      testFault: null,
      fleet: null,
      level: null,
      watch: false,
      projector: null,
      facilitator: false,
      kiosk: false,
      kioskIdleSeconds: null,
      kioskPace: null,
      talk: false,
      team: null,
    });
    expect(problems).toEqual([
      'seed= is not a whole number 0 or more; using seed 1',
      'speed=3 is not one of 0.5, 1, 2, 4, 8; using the saved speed',
      'skip-intro=no is not 1, true, 0 or false; showing the intro',
      "shift-minutes=0 is not a whole number from 1 to 600; using the level's own time limit",
      'unknown option "cheat" (the game knows level, seed, speed, skip-intro, shift-minutes, fleet, watch, projector, facilitator, kiosk, kiosk-idle-seconds, kiosk-pace, talk, team and bench)',
    ]);
  });

  it('read a team room’s link (as a person might type the code), and play solo when it is not one', () => {
    expect(parseUrlOptions('?team=abcd-efgh').options.team).toBe('ABCDEFGH');
    const { options, problems } = parseUrlOptions('?team=ABCD-EFG0');
    expect(options.team).toBeNull();
    expect(problems).toEqual(['team=ABCD-EFG0 is not a room code (8 letters and digits, like ABCD-EFGH); playing solo']);
  });
});
