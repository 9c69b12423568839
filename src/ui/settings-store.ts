// Settings that survive a reload, kept in the browser's storage. Nothing about the storage can stop the
// game from starting: a storage that throws gives the defaults (said once), and a record this version
// cannot read is kept aside under another key (ui/safe-storage) and named on the title screen.

import { brokenRecordNotice, browserStorage, readItem, removeItem, reportStorageProblem, setAside, writeItem, type StorageLike } from './safe-storage';
import { cleanPlayerName } from '../session/export-file-name';
import { SPEEDS } from '../session/fixed-step-driver';

export interface Settings {
  version: 1;
  speed: number;
  levelId: string | null;
  /** Sound: all off, and the two volumes (0 to 1). */
  muted: boolean;
  musicVolume: number;
  effectsVolume: number;
  /** Words on screen for every sound (a caption strip). */
  captions: boolean;
  /** The player's name for the exports (session/export-file-name), or null; and whether it was ever asked. */
  playerName: string | null;
  nameAsked: boolean;
  /** Projector mode: larger, bolder, higher-contrast text and tiles, for a room (ui/projector-mode). */
  projector: boolean;
  /** Text in the DOM layer, in per cent of its designed size (ui/display-settings). */
  textSize: TextSize;
  /** No blinking and nothing moving: 'system' follows the browser's `prefers-reduced-motion`. */
  reducedMotion: ReducedMotion;
  /** The colours of the page and the canvas (views/palette). */
  palette: PaletteChoice;
}

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const REDUCED_MOTION = ['system', 'on', 'off'] as const;
export type ReducedMotion = (typeof REDUCED_MOTION)[number];
export const PALETTE_CHOICES = ['standard', 'colour-blind', 'high-contrast'] as const;
export type PaletteChoice = (typeof PALETTE_CHOICES)[number];

export const SETTINGS_KEY = 'apache-snafu.settings';
const DEFAULTS: Settings = {
  version: 1,
  speed: 1,
  levelId: null,
  muted: false,
  musicVolume: 0.5,
  effectsVolume: 0.75,
  // On from the start: the game is often played muted (a room, a booth), and for a player who cannot hear
  // them the captions are the sounds. Off is one choice away in Settings.
  captions: true,
  playerName: null,
  nameAsked: false,
  projector: false,
  textSize: 100,
  reducedMotion: 'system',
  palette: 'standard',
};
export const VOLUMES = [0, 0.25, 0.5, 0.75, 1];

/** Each field's check; a field that is missing (a save from before it existed) simply takes its default. */
const FIELDS: { [K in Exclude<keyof Settings, 'version'>]: (value: unknown) => value is Settings[K] } = {
  speed: (value): value is number => typeof value === 'number' && SPEEDS.includes(value),
  levelId: (value): value is string | null => value === null || typeof value === 'string',
  muted: (value): value is boolean => typeof value === 'boolean',
  musicVolume: (value): value is number => typeof value === 'number' && VOLUMES.includes(value),
  effectsVolume: (value): value is number => typeof value === 'number' && VOLUMES.includes(value),
  captions: (value): value is boolean => typeof value === 'boolean',
  playerName: (value): value is string | null => value === null || (typeof value === 'string' && cleanPlayerName(value) === value),
  nameAsked: (value): value is boolean => typeof value === 'boolean',
  projector: (value): value is boolean => typeof value === 'boolean',
  textSize: (value): value is TextSize => (TEXT_SIZES as readonly unknown[]).includes(value),
  reducedMotion: (value): value is ReducedMotion => (REDUCED_MOTION as readonly unknown[]).includes(value),
  palette: (value): value is PaletteChoice => (PALETTE_CHOICES as readonly unknown[]).includes(value),
};

export function loadSettings(storage: StorageLike | null = browserStorage()): { settings: Settings; problem: string | null } {
  const read = readItem(storage, SETTINGS_KEY);
  if (!read.ok) return { settings: { ...DEFAULTS }, problem: read.problem };
  if (read.raw === null) return { settings: { ...DEFAULTS }, problem: null };
  const raw = read.raw;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { settings: { ...DEFAULTS }, problem: keepAside(storage, raw, 'not valid JSON', null) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { settings: { ...DEFAULTS }, problem: keepAside(storage, raw, 'not a settings record', null) };
  const record = value as Record<string, unknown>;
  if (record['version'] !== 1) return { settings: { ...DEFAULTS }, problem: keepAside(storage, raw, `format ${describeVersion(record['version'])}, not 1`, null) };
  const settings: Settings = { ...DEFAULTS };
  const unusable: string[] = [];
  for (const name of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    if (!(name in record)) continue;
    const field = record[name];
    if (FIELDS[name](field)) (settings as unknown as Record<string, unknown>)[name] = field;
    else unusable.push(name);
  }
  if (unusable.length === 0) return { settings, problem: null };
  return { settings, problem: keepAside(storage, raw, `values this game cannot use: ${unusable.join(', ')}`, settings) };
}

let inMemoryOnly = false;

/** Kiosk mode: nothing a visitor changes is saved for the next one (src/kiosk); settings last in memory only. */
export function keepSettingsInMemory(): void {
  inMemoryOnly = true;
}

/** Saves; a storage that refuses (full, private, broken) is said once, and the settings last until the tab closes. */
export function saveSettings(settings: Settings, storage: StorageLike | null = browserStorage()): string | null {
  if (inMemoryOnly) return null;
  const failed = writeItem(storage, SETTINGS_KEY, JSON.stringify(settings));
  if (failed === null) return null;
  const problem = `Settings could not be saved (${failed}); they last until this tab closes.`;
  reportStorageProblem(problem);
  return problem;
}

/** The unreadable record goes aside; in its place, what the game will use (or nothing, for the defaults). */
function keepAside(storage: StorageLike | null, raw: string, why: string, repaired: Settings | null): string {
  const aside = setAside(storage, SETTINGS_KEY, raw);
  if ('asideKey' in aside) {
    if (repaired) writeItem(storage, SETTINGS_KEY, JSON.stringify(repaired));
    else removeItem(storage, SETTINGS_KEY);
  }
  return brokenRecordNotice('Saved settings', why, aside, repaired ? 'the other settings are kept and the rest are the defaults' : 'using the defaults');
}

function describeVersion(version: unknown): string {
  const text = JSON.stringify(version) ?? 'missing';
  return text.length > 20 ? `${text.slice(0, 19)}…` : text;
}
