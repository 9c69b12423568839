// A browser storage that throws (on access, on read, on write, when full, on delete) never takes the game
// down, and a record the game cannot read is kept aside under another key and named, never overwritten.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { BEST_SCORES_KEY, loadBestScores, recordScore } from '../../src/ui/best-scores';
import { onStorageProblem, openBrowserStorage, setAside } from '../../src/ui/safe-storage';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../src/ui/settings-store';
import { fakeStorage } from './storage-fakes';

const played = (total: number) => ({ total, seed: 1, playedAt: '2026-11-26T10:00:00.000Z' });
const DEFAULT_SETTINGS = {
  version: 1,
  speed: 1,
  levelId: null,
  muted: false,
  musicVolume: 0.5,
  effectsVolume: 0.75,
  captions: true,
  playerName: null,
  nameAsked: false,
  projector: false,
  textSize: 100,
  reducedMotion: 'system',
  palette: 'standard',
};

afterEach(() => {
  vi.unstubAllGlobals();
  onStorageProblem(null);
});

describe('a storage that throws', () => {
  it('on being touched at all gives no storage, and says why', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    expect(openBrowserStorage()).toEqual({ storage: null, problem: expect.stringMatching(/^The browser's storage cannot be used \(SecurityError: Access is denied/) as string });
    expect(loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    expect(() => saveSettings(loadSettings().settings)).not.toThrow();
    expect(recordScore('apache-snafu', played(50))).toMatchObject({ isBest: true });
  });

  it('on every read (a corrupted profile) gives the defaults and says so, rather than a blank page', () => {
    const throwing = fakeStorage({ read: true });
    vi.stubGlobal('window', { localStorage: throwing });
    const loaded = loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/^The browser's storage could not be read \(SecurityError: The operation is insecure.\)/);
    expect(loadBestScores(throwing)).toEqual({ best: {}, problem: loaded.problem });
    expect(recordScore('apache-snafu', played(50), throwing)).toMatchObject({ isBest: true, previous: null, problem: loaded.problem });
  });

  it('on every write says once that settings last until the tab closes', () => {
    const said: string[] = [];
    onStorageProblem((problem) => said.push(problem));
    const readOnly = fakeStorage({ write: true });
    const settings = loadSettings(readOnly).settings;
    expect(saveSettings(settings, readOnly)).toBe('Settings could not be saved (storage is read-only); they last until this tab closes.');
    saveSettings(settings, readOnly);
    expect(said).toEqual(['Settings could not be saved (storage is read-only); they last until this tab closes.']);
  });

  it('when full (QuotaExceededError) keeps the best score for the tab, and says why it could not be saved', () => {
    const full = fakeStorage({ quota: 10 });
    const result = recordScore('apache-snafu', played(60), full);
    expect(result.isBest).toBe(true);
    expect(result.problem).toMatch(/^The best score could not be saved \(QuotaExceededError: Setting the value of 'apache-snafu.best-scores' exceeded the quota.\)/);
    expect(full.items.size).toBe(0);
  });
});

describe('a record the game cannot read', () => {
  it('is kept aside under another key and named, then the defaults are used', () => {
    const store = fakeStorage({}, { [SETTINGS_KEY]: '{not json' });
    const loaded = loadSettings(store);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toBe(`Saved settings could not be read (not valid JSON); kept aside as "${SETTINGS_KEY}.broken-1" in this browser's storage; using the defaults.`);
    expect(store.items.get(`${SETTINGS_KEY}.broken-1`)).toBe('{not json');
    expect(store.items.has(SETTINGS_KEY)).toBe(false);
    // Read again: nothing left to complain about, and the copy is still there.
    expect(loadSettings(store).problem).toBeNull();
    // A second broken record goes beside the first, not over it.
    store.items.set(SETTINGS_KEY, '[1,2]');
    expect(loadSettings(store).problem).toContain(`"${SETTINGS_KEY}.broken-2"`);
    expect([...store.items.keys()].sort()).toEqual([`${SETTINGS_KEY}.broken-1`, `${SETTINGS_KEY}.broken-2`]);
  });

  it('of the wrong shape is kept aside too; what was usable in it is kept', () => {
    const store = fakeStorage({}, { [SETTINGS_KEY]: JSON.stringify({ version: 1, speed: 4, musicVolume: 7, muted: 'yes', captions: true }) });
    const loaded = loadSettings(store);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, speed: 4, captions: true });
    expect(loaded.problem).toMatch(/^Saved settings could not be read \(values this game cannot use: muted, musicVolume\); kept aside as "apache-snafu.settings.broken-1"/);
    expect(JSON.parse(store.items.get(SETTINGS_KEY)!)).toEqual(loaded.settings);
    store.items.set(SETTINGS_KEY, JSON.stringify({ version: 2 }));
    expect(loadSettings(store).problem).toMatch(/\(format 2, not 1\)/);
  });

  it('is not overwritten by the next best score: it was a corrupt record, now it is kept aside', () => {
    const store = fakeStorage({}, { [BEST_SCORES_KEY]: '][' });
    const result = recordScore('apache-snafu', played(40), store);
    expect(result).toMatchObject({ isBest: true, previous: null });
    expect(result.problem).toContain(`kept aside as "${BEST_SCORES_KEY}.broken-1"`);
    expect(store.items.get(`${BEST_SCORES_KEY}.broken-1`)).toBe('][');
    expect(loadBestScores(store)).toEqual({ best: { 'apache-snafu': played(40) }, problem: null });
  });

  it('with entries that make no sense keeps the good ones and sets the whole record aside', () => {
    const raw = JSON.stringify({ version: 1, levels: { a: played(70), b: { total: 'lots' }, c: played(500) } });
    const store = fakeStorage({}, { [BEST_SCORES_KEY]: raw });
    const book = loadBestScores(store);
    expect(book.best).toEqual({ a: played(70) });
    expect(book.problem).toBe(
      `Saved best scores could not be read (entries that make no sense: "b", "c"); kept aside as "${BEST_SCORES_KEY}.broken-1" in this browser's storage; the others are kept.`,
    );
    expect(store.items.get(`${BEST_SCORES_KEY}.broken-1`)).toBe(raw);
  });

  it('that cannot be copied aside (storage full) is left as it is, and the notice says so', () => {
    const store = fakeStorage({ quota: 40 }, { [SETTINGS_KEY]: '{"version":1,"speed":' });
    const loaded = loadSettings(store);
    expect(loaded.problem).toMatch(/could not be kept aside \(QuotaExceededError: .*\), so the next save replaces it; using the defaults\.$/);
    expect(store.items.get(SETTINGS_KEY)).toBe('{"version":1,"speed":');
  });

  it('that cannot be removed after its copy is made is not copied again on every load', () => {
    const store = fakeStorage({ remove: true }, { [SETTINGS_KEY]: 'oops' });
    expect(loadSettings(store).problem).toContain('.broken-1"');
    expect(loadSettings(store).problem).toContain('.broken-1"');
    expect(store.items.has(`${SETTINGS_KEY}.broken-2`)).toBe(false);
  });

  it('stops making copies after twenty', () => {
    const store = fakeStorage();
    for (let n = 1; n <= 20; n++) expect(setAside(store, 'k', `bad ${n}`)).toEqual({ asideKey: `k.broken-${n}` });
    expect(setAside(store, 'k', 'bad 21')).toEqual({ problem: '20 broken copies are kept already' });
  });
});
