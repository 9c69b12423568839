// What the facilitator's page remembers across reloads: only "Large text", so a page set up for the
// back of the room stays that way. Kept in the browser's storage under its own key, through the same
// guards as the game's settings (src/ui/safe-storage.ts, as src/ui/settings-store.ts uses them): a
// storage that throws, or a stored value this page cannot read, never stops the page. A value it cannot
// read is kept aside under `<key>.broken-<n>` and named, and the page starts with Large text off.

import { brokenRecordNotice, browserStorage, readItem, removeItem, setAside, writeItem, type StorageLike } from '../ui/safe-storage';

export interface PageSettings {
  version: 1;
  largeText: boolean;
}

export const PAGE_SETTINGS_KEY = 'apache-snafu.facilitator-page';
const DEFAULTS: PageSettings = { version: 1, largeText: false };

/** The settings to use, and a sentence for the page when something about the storage went wrong. */
export function loadPageSettings(storage: StorageLike | null = browserStorage()): { settings: PageSettings; problem: string | null } {
  const read = readItem(storage, PAGE_SETTINGS_KEY);
  if (!read.ok) return { settings: { ...DEFAULTS }, problem: read.problem };
  if (read.raw === null) return { settings: { ...DEFAULTS }, problem: null };
  const raw = read.raw;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { settings: { ...DEFAULTS }, problem: keepAside(storage, raw, 'not valid JSON') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { settings: { ...DEFAULTS }, problem: keepAside(storage, raw, 'not a settings record') };
  const record = value as Record<string, unknown>;
  if (record['version'] !== 1) return { settings: { ...DEFAULTS }, problem: keepAside(storage, raw, `format ${short(record['version'])}, not 1`) };
  if (typeof record['largeText'] !== 'boolean') return { settings: { ...DEFAULTS }, problem: keepAside(storage, raw, `largeText is ${short(record['largeText'])}, not true or false`) };
  return { settings: { version: 1, largeText: record['largeText'] }, problem: null };
}

/** Saves; returns null, or the sentence for the page when the storage refused (the setting then lasts until the page closes). */
export function savePageSettings(settings: PageSettings, storage: StorageLike | null = browserStorage()): string | null {
  const failed = writeItem(storage, PAGE_SETTINGS_KEY, JSON.stringify(settings));
  return failed === null ? null : `Large text could not be remembered (${failed}); it lasts until this page is closed or reloaded.`;
}

function keepAside(storage: StorageLike | null, raw: string, why: string): string {
  const aside = setAside(storage, PAGE_SETTINGS_KEY, raw);
  if ('asideKey' in aside) removeItem(storage, PAGE_SETTINGS_KEY);
  return brokenRecordNotice("This page's saved Large text setting", why, aside, 'Large text starts off');
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'missing';
  return text.length > 20 ? `${text.slice(0, 19)}…` : text;
}
