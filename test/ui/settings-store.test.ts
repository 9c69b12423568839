// Settings survive a reload, and a corrupt or old save never stops the game: it falls back to defaults.

import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../support/memory-storage';
import { loadSettings, saveSettings } from '../../src/ui/settings-store';

const storage = memoryStorage;

describe('settings', () => {
  it('remember the sound choices across a reload', () => {
    const store = storage();
    const { settings } = loadSettings(store);
    Object.assign(settings, { muted: true, musicVolume: 0.25, effectsVolume: 1, captions: true, speed: 4 });
    saveSettings(settings, store);
    expect(loadSettings(store)).toEqual({ settings, problem: null });
  });

  it('fill in sound defaults for a save made before sound existed', () => {
    const store = storage();
    store.setItem('apache-snafu.settings', JSON.stringify({ version: 1, speed: 2, levelId: 'apache-snafu' }));
    expect(loadSettings(store).settings).toMatchObject({ speed: 2, muted: false, musicVolume: 0.5, effectsVolume: 0.75, captions: true });
  });

  it('remember projector mode, off by default', () => {
    const store = storage();
    const { settings } = loadSettings(store);
    expect(settings.projector).toBe(false);
    settings.projector = true;
    saveSettings(settings, store);
    expect(loadSettings(store)).toEqual({ settings: { ...settings, projector: true }, problem: null });
  });

  it('load a save from before projector mode existed, with it off and nothing set aside', () => {
    const store = storage();
    const old = { version: 1, speed: 2, levelId: 'apache-snafu', muted: true, musicVolume: 0.25, effectsVolume: 1, captions: true, playerName: 'Ada', nameAsked: true };
    store.setItem('apache-snafu.settings', JSON.stringify(old));
    expect(loadSettings(store)).toEqual({ settings: { ...old, projector: false, textSize: 100, reducedMotion: 'system', palette: 'standard' }, problem: null });
  });

  it('set aside a projector value it cannot use, keeping the rest', () => {
    const store = storage();
    store.setItem('apache-snafu.settings', JSON.stringify({ version: 1, speed: 4, projector: 'big' }));
    const loaded = loadSettings(store);
    expect(loaded.settings).toMatchObject({ speed: 4, projector: false });
    expect(loaded.problem).toMatch(/projector/);
  });

  it('shrug off a corrupt save or nonsense values, and say so', () => {
    const store = storage();
    store.setItem('apache-snafu.settings', '{not json');
    const loaded = loadSettings(store);
    expect(loaded.settings.muted).toBe(false);
    expect(loaded.problem).toMatch(/could not be read/);
    store.setItem('apache-snafu.settings', JSON.stringify({ version: 1, musicVolume: 7, muted: 'yes' }));
    expect(loadSettings(store).settings).toMatchObject({ musicVolume: 0.5, muted: false });
  });

  it('remember the display choices: text size, reduced motion and palette', () => {
    const store = storage();
    const { settings } = loadSettings(store);
    expect(settings).toMatchObject({ textSize: 100, reducedMotion: 'system', palette: 'standard' });
    Object.assign(settings, { textSize: 200, reducedMotion: 'on', palette: 'colour-blind' });
    saveSettings(settings, store);
    expect(loadSettings(store)).toEqual({ settings, problem: null });
  });

  it('load a save from before the display choices existed with the defaults, nothing set aside', () => {
    const store = storage();
    const old = { version: 1, speed: 2, levelId: null, muted: false, musicVolume: 0.5, effectsVolume: 0.75, captions: false, playerName: null, nameAsked: false, projector: true };
    store.setItem('apache-snafu.settings', JSON.stringify(old));
    expect(loadSettings(store)).toEqual({ settings: { ...old, textSize: 100, reducedMotion: 'system', palette: 'standard' }, problem: null });
  });

  it('set aside a text size, motion or palette it cannot use, keeping the rest', () => {
    const store = storage();
    store.setItem('apache-snafu.settings', JSON.stringify({ version: 1, speed: 4, textSize: 300, reducedMotion: 'sometimes', palette: 'sepia' }));
    const loaded = loadSettings(store);
    expect(loaded.settings).toMatchObject({ speed: 4, textSize: 100, reducedMotion: 'system', palette: 'standard' });
    expect(loaded.problem).toMatch(/textSize, reducedMotion, palette/);
  });
});
