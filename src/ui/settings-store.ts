// Settings that survive a reload, kept in the browser's storage. Old, corrupt or missing data falls back
// to the defaults (and says so once), so a bad save can never stop the game from starting.

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
}

const KEY = 'apache-snafu.settings';
const DEFAULTS: Settings = { version: 1, speed: 1, levelId: null, muted: false, musicVolume: 0.5, effectsVolume: 0.75, captions: false };
export const VOLUMES = [0, 0.25, 0.5, 0.75, 1];
const SPEEDS = [0.5, 1, 2, 4, 8];

export function loadSettings(storage: Storage | null = safeStorage()): { settings: Settings; problem: string | null } {
  const raw = storage?.getItem(KEY) ?? null;
  if (raw === null) return { settings: { ...DEFAULTS }, problem: null };
  try {
    const value = JSON.parse(raw) as Partial<Settings>;
    if (value.version !== 1) throw new Error('an older format');
    return {
      settings: {
        version: 1,
        speed: SPEEDS.includes(Number(value.speed)) ? Number(value.speed) : DEFAULTS.speed,
        levelId: typeof value.levelId === 'string' ? value.levelId : null,
        // Settings saved before sound existed simply lack these: the defaults fill in.
        muted: typeof value.muted === 'boolean' ? value.muted : DEFAULTS.muted,
        musicVolume: VOLUMES.includes(Number(value.musicVolume)) ? Number(value.musicVolume) : DEFAULTS.musicVolume,
        effectsVolume: VOLUMES.includes(Number(value.effectsVolume)) ? Number(value.effectsVolume) : DEFAULTS.effectsVolume,
        captions: typeof value.captions === 'boolean' ? value.captions : DEFAULTS.captions,
      },
      problem: null,
    };
  } catch (error) {
    return { settings: { ...DEFAULTS }, problem: `Saved settings could not be read (${error instanceof Error ? error.message : 'corrupt'}); using the defaults.` };
  }
}

export function saveSettings(settings: Settings, storage: Storage | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private windows and full disks refuse storage; the settings simply last until the tab closes.
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export { SPEEDS };
