// The options a page address may carry (`?seed=7&speed=2`), read once at start. An option the game does
// not know, or a value it cannot use, is reported on screen rather than silently ignored.

export interface UrlOptions {
  seed: number;
  /** The speed the page asks for, or null to use the saved setting. */
  speed: number | null;
  /** `empty` or `incident`: a scene for the browser frame-time benchmark. */
  bench: 'empty' | 'incident' | null;
  /** Skip the title and briefing (for quick demos and tests). */
  skipIntro: boolean;
  /** The shift's length in game minutes instead of the level's time limit (a short demo, a test of its end). */
  shiftMinutes: number | null;
}

export const DEFAULT_URL_OPTIONS: UrlOptions = { seed: 1, speed: null, bench: null, skipIntro: false, shiftMinutes: null };

const MAX_SHIFT_MINUTES = 600;

const SPEEDS = [0.5, 1, 2, 4, 8];

export function parseUrlOptions(search: string): { options: UrlOptions; problems: string[] } {
  const options = { ...DEFAULT_URL_OPTIONS };
  const problems: string[] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    switch (name) {
      case 'seed': {
        const seed = Number(value);
        if (value.trim() !== '' && Number.isSafeInteger(seed) && seed >= 0) options.seed = seed;
        else problems.push(`seed=${value} is not a whole number 0 or more; using seed ${options.seed}`);
        break;
      }
      case 'speed': {
        const speed = Number(value);
        if (value.trim() !== '' && SPEEDS.includes(speed)) options.speed = speed;
        else problems.push(`speed=${value} is not one of ${SPEEDS.join(', ')}; using the saved speed`);
        break;
      }
      case 'bench':
        if (value === 'empty' || value === 'incident') options.bench = value;
        else problems.push(`bench=${value} is not "empty" or "incident"; ignoring it`);
        break;
      case 'skip-intro':
        if (['', '1', 'true'].includes(value)) options.skipIntro = true;
        else if (['0', 'false'].includes(value)) options.skipIntro = false;
        else problems.push(`skip-intro=${value} is not 1, true, 0 or false; showing the intro`);
        break;
      case 'shift-minutes': {
        const minutes = Number(value);
        if (value.trim() !== '' && Number.isSafeInteger(minutes) && minutes >= 1 && minutes <= MAX_SHIFT_MINUTES) options.shiftMinutes = minutes;
        else problems.push(`shift-minutes=${value} is not a whole number from 1 to ${MAX_SHIFT_MINUTES}; using the level's own time limit`);
        break;
      }
      default:
        problems.push(`unknown option "${name}" (the game knows seed, speed, skip-intro, shift-minutes and bench)`);
    }
  }
  return { options, problems };
}
