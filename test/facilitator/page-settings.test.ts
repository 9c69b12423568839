// "Large text" on the facilitator's page is remembered across reloads, under the page's own key; a
// storage that throws or a stored value the page cannot read never stops the page, and is said.

import { describe, expect, it } from 'vitest';
import { loadPageSettings, PAGE_SETTINGS_KEY, savePageSettings } from '../../src/facilitator/page-settings';
import type { StorageLike } from '../../src/ui/safe-storage';
import { SETTINGS_KEY } from '../../src/ui/settings-store';

function storageWith(items: Record<string, string> = {}): StorageLike & { items: Map<string, string> } {
  const map = new Map(Object.entries(items));
  return {
    items: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('Large text, remembered', () => {
  it('is off the first time, and on after a reload once switched on', () => {
    const storage = storageWith();
    expect(loadPageSettings(storage)).toEqual({ settings: { version: 1, largeText: false }, problem: null });
    expect(savePageSettings({ version: 1, largeText: true }, storage)).toBeNull();
    expect(loadPageSettings(storage)).toEqual({ settings: { version: 1, largeText: true }, problem: null });
    expect(savePageSettings({ version: 1, largeText: false }, storage)).toBeNull();
    expect(loadPageSettings(storage).settings.largeText).toBe(false);
  });

  it('keeps its own key, apart from the game’s settings', () => {
    expect(PAGE_SETTINGS_KEY).toBe('apache-snafu.facilitator-page');
    expect(PAGE_SETTINGS_KEY).not.toBe(SETTINGS_KEY);
    const storage = storageWith({ [SETTINGS_KEY]: '{"version":1,"speed":2}' });
    savePageSettings({ version: 1, largeText: true }, storage);
    expect(storage.items.get(SETTINGS_KEY)).toBe('{"version":1,"speed":2}');
  });

  it.each([
    ['not JSON', '{large', /not valid JSON/],
    ['a list', '[true]', /not a settings record/],
    ['another format', '{"version":2,"largeText":true}', /format 2, not 1/],
    ['a value of the wrong kind', '{"version":1,"largeText":"yes"}', /largeText is "yes", not true or false/],
  ])('a stored value that is %s: Large text starts off, and the value is kept aside and named', (_, raw, why) => {
    const storage = storageWith({ [PAGE_SETTINGS_KEY]: raw });
    const { settings, problem } = loadPageSettings(storage);
    expect(settings.largeText).toBe(false);
    expect(problem).toMatch(why);
    expect(problem).toContain(`kept aside as "${PAGE_SETTINGS_KEY}.broken-1"`);
    expect(storage.items.get(`${PAGE_SETTINGS_KEY}.broken-1`)).toBe(raw);
    expect(storage.items.has(PAGE_SETTINGS_KEY)).toBe(false);
    // The next visit starts clean.
    expect(loadPageSettings(storage)).toEqual({ settings: { version: 1, largeText: false }, problem: null });
  });

  it('a storage that throws on every read and write: Large text starts off, works, and says it is not remembered', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError: the profile is locked');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const loaded = loadPageSettings(broken);
    expect(loaded.settings.largeText).toBe(false);
    expect(loaded.problem).toMatch(/could not be read \(SecurityError: the profile is locked\)/);
    expect(savePageSettings({ version: 1, largeText: true }, broken)).toMatch(/Large text could not be remembered \(QuotaExceededError\)/);
  });

  it('no storage at all: off, and nothing to say', () => {
    expect(loadPageSettings(null)).toEqual({ settings: { version: 1, largeText: false }, problem: null });
    expect(savePageSettings({ version: 1, largeText: true }, null)).toBeNull();
  });
});
