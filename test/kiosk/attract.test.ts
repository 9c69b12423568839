// The attract loop: the booth's level and its skilled replay, bundled; the large captions naming each
// beat once, each up long enough to read; the initials entry by keys.

import { describe, expect, it } from 'vitest';
import { AttractCaptions, BEAT_SHOW_MS, beatOf } from '../../src/kiosk/attract-captions';
import { loadAttractRun } from '../../src/kiosk/attract-run';
import { InitialsEntry } from '../../src/kiosk/initials-entry';
import { KIOSK_FALLBACK_LEVEL_ID, KIOSK_LEVEL_ID, kioskLevelId } from '../../src/kiosk/kiosk-level';
import { loadCatalog } from '../../src/level-catalog';
import { playRun } from '../../src/replay/play-run';
import type { SimEvent } from '../../src/sim/events';

describe('the booth’s level', () => {
  it('is the conference cut when there is one with its skilled replay, else the Apache SNAFU', () => {
    expect(kioskLevelId(['a-quiet-shift', KIOSK_LEVEL_ID, KIOSK_FALLBACK_LEVEL_ID], [KIOSK_LEVEL_ID, KIOSK_FALLBACK_LEVEL_ID])).toBe(KIOSK_LEVEL_ID);
    expect(kioskLevelId(['a-quiet-shift', KIOSK_FALLBACK_LEVEL_ID], [KIOSK_LEVEL_ID, KIOSK_FALLBACK_LEVEL_ID])).toBe(KIOSK_FALLBACK_LEVEL_ID);
    expect(kioskLevelId([KIOSK_LEVEL_ID, KIOSK_FALLBACK_LEVEL_ID], [KIOSK_FALLBACK_LEVEL_ID])).toBe(KIOSK_FALLBACK_LEVEL_ID);
    expect(kioskLevelId(['chat-down', 'hindsight'], ['hindsight'])).toBe('hindsight');
    expect(kioskLevelId(['chat-down'], [])).toBeNull();
  });

  it('has its skilled replay bundled, and it plays to a hand-over on the bundled level', async () => {
    const { levels } = loadCatalog();
    const loaded = await loadAttractRun(levels, 1);
    if (!loaded.ok) throw new Error(loaded.problem);
    expect([KIOSK_LEVEL_ID, KIOSK_FALLBACK_LEVEL_ID]).toContain(loaded.run.levelId);
    expect(loaded.run.commands.length).toBeGreaterThan(0);
    const level = levels.find((candidate) => candidate.meta.id === loaded.run.levelId)!;
    const played = playRun(level.sim, loaded.run.seed, loaded.run.commands);
    expect(played.state.incident.outcome).not.toBeNull();
  });
});

describe('the attract loop’s captions', () => {
  it('name the story’s beats from what the screen shows', () => {
    expect(beatOf({ tick: 0, type: 'pin-changed', version: '2.4.25', hosts: null, by: 'robin' })).toBe('pin');
    expect(beatOf({ tick: 0, type: 'tool-went-down', service: 'dashboards' })).toBe('graphs-dark');
    expect(beatOf({ tick: 0, type: 'tool-went-down', service: 'deploys' })).toBeNull();
    expect(beatOf({ tick: 0, type: 'incident-resolved' })).toBe('resolved');
    expect(beatOf({ tick: 0, type: 'customers-affected' })).toBeNull();
  });

  it('say each beat once, each up at least a few seconds, in the order they came', () => {
    const captions = new AttractCaptions();
    expect(captions.current(0)).toBeNull();
    const pin: SimEvent = { tick: 0, type: 'pin-changed', version: '2.4.25', hosts: null, by: 'robin' };
    const broke: SimEvent = { tick: 0, type: 'apache-failed-to-start', host: 'web001', reason: 'no config', by: 'chef' };
    captions.take([pin, broke, broke, pin]);
    expect(captions.current(100)?.beat).toBe('pin');
    expect(captions.current(100 + BEAT_SHOW_MS - 1)?.beat).toBe('pin');
    expect(captions.current(100 + BEAT_SHOW_MS)?.beat).toBe('breaking');
    captions.take([pin]);
    expect(captions.current(100 + 10 * BEAT_SHOW_MS)?.beat).toBe('breaking');
    // Apache starting before the fix is a second Chef run getting it going, as on the day; after the fix, the roll-out.
    const started: SimEvent = { tick: 0, type: 'apache-started', host: 'web001', by: 'player' };
    captions.take([started]);
    expect(captions.current(100 + 10 * BEAT_SHOW_MS)?.beat).toBe('second-run');
    captions.take([{ tick: 0, type: 'cookbook-fixed', by: 'player' }, started]);
    expect(captions.current(100 + 11 * BEAT_SHOW_MS)?.beat).toBe('fix');
    expect(captions.current(100 + 12 * BEAT_SHOW_MS)?.beat).toBe('rollout');
    captions.take([{ tick: 0, type: 'incident-resolved' }]);
    expect(captions.current(100 + 13 * BEAT_SHOW_MS)?.text).toBe('Resolved: the site is whole again');
  });

  it('reach several beats on the booth’s skilled run', async () => {
    const { levels } = loadCatalog();
    const loaded = await loadAttractRun(levels, 1);
    if (!loaded.ok) throw new Error(loaded.problem);
    const level = levels.find((candidate) => candidate.meta.id === loaded.run.levelId)!;
    const played = playRun(level.sim, loaded.run.seed, loaded.run.commands);
    const beats = new Set(played.events.map(beatOf).filter((beat) => beat !== null));
    expect(beats).toContain('pin');
    expect(beats).toContain('resolved');
    expect(beats.size).toBeGreaterThanOrEqual(4);
  });
});

describe('the initials entry', () => {
  it('takes typed letters, slot by slot, staying on the last', () => {
    const entry = new InitialsEntry();
    for (const key of ['r', 'y', 'n', 'x']) expect(entry.press(key)).toBe(true);
    expect(entry.initials).toBe('RYX');
  });

  it('picks letters with the arrows, wrapping round, and steps back with Backspace', () => {
    const entry = new InitialsEntry();
    entry.press('ArrowDown');
    expect(entry.initials).toBe('ZAA');
    entry.press('ArrowRight');
    entry.press('ArrowUp');
    entry.press('ArrowUp');
    expect(entry.initials).toBe('ZCA');
    entry.press('Backspace');
    entry.press('q');
    expect(entry.initials).toBe('QCA');
    expect(entry.press('1')).toBe(false);
    expect(entry.press('Enter')).toBe(false);
  });
});
