// The options a page address may carry (`?seed=7&speed=2`), read once at start. An option the game does
// not know, or a value it cannot use, is reported on screen rather than silently ignored; so is an
// option given twice (the last one is used), and a flood of unknown options is named in one line.

import { MAX_SHIFT_MINUTES } from './levels/shift-length';
import { readRoomCode } from './team/room-codes';
import { MAX_FLEET_SCALE } from './levels/fleet-scale';
import { SPEEDS } from './session/fixed-step-driver';

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
  /**
   * For the browser tests only: `scene-update` arms a fault that throws inside the running Phaser scene's
   * next update when the page dispatches a `snafu-test-fault` event, to prove the crash screen. It does
   * nothing until that event, which nothing in the game sends.
   */
  testFault: 'scene-update' | null;
  /** The fleet this many times the level's size (the benchmark's 20x fleet, a big-screen demo), or null. */
  fleet: number | null;
  /** The level to offer first (a room's shared link), by id; checked against the catalog at start (main.ts). */
  level: string | null;
  /** Watch the run the facilitator's page left in storage (src/session/watch-request.ts). */
  watch: boolean;
  /**
   * Projector mode for this page (larger, bolder, higher-contrast text and tiles, readable from the back
   * of a room), on or off whatever the saved setting says; null to follow the saved setting.
   */
  projector: boolean | null;
  /** The facilitator's live controls on this page (a session run from the front of the room). */
  facilitator: boolean;
  /**
   * Kiosk mode, for an unattended laptop at a conference booth (src/kiosk): an attract loop, any key to
   * play, back to the loop after a minute idle, every visitor from the kiosk's defaults, nothing saved.
   */
  kiosk: boolean;
  /**
   * For the browser tests and booth staff only: seconds without input before the kiosk's countdown
   * (`kiosk-idle-seconds=5`), instead of 60; null for the default. Only used with `kiosk`.
   */
  kioskIdleSeconds: number | null;
  /**
   * For the soak test only (`npm run soak`, scripts/soak.ts): the booth's time runs this many times faster
   * (`kiosk-pace=60`): the kiosk's clock (idle minute, countdown, board, captions), the attract replay and a
   * visitor's game alike, so a day at the booth goes by in minutes; null for the booth's real pace. Only
   * used with `kiosk`.
   */
  kioskPace: number | null;
  /**
   * Talk mode, for a demo from a stage (src/talk): the booth level's true story on the incident screen,
   * run by the presenter's keys one beat at a time and paused on each, in large text; nothing resets it.
   */
  talk: boolean;
  /** `?team=CODE`: a team room's link on the game's address; the page goes on to team mode's page with it. */
  team: string | null;
}

export const DEFAULT_URL_OPTIONS: UrlOptions = {
  seed: 1,
  speed: null,
  bench: null,
  skipIntro: false,
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
};

const MAX_KIOSK_IDLE_SECONDS = 3600;
/** Past this the attract replay outruns what a frame may simulate (40 ticks), and the booth's time no longer keeps one pace. */
const MAX_KIOSK_PACE = 100;

const KNOWN = [
  'seed',
  'speed',
  'skip-intro',
  'shift-minutes',
  'bench',
  'test-fault',
  'fleet',
  'level',
  'watch',
  'projector',
  'facilitator',
  'kiosk',
  'kiosk-idle-seconds',
  'kiosk-pace',
  'talk',
  'team',
] as const;

/** Unknown options named one by one, at most; the rest are counted. */
const UNKNOWN_NAMED = 3;

export function parseUrlOptions(search: string): { options: UrlOptions; problems: string[] } {
  const options = { ...DEFAULT_URL_OPTIONS };
  const problems: string[] = [];
  const given = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(search)) given.set(name, [...(given.get(name) ?? []), value]);
  const unknown: string[] = [];
  for (const [name, values] of given) {
    if (!(KNOWN as readonly string[]).includes(name)) {
      unknown.push(name);
      continue;
    }
    // The last one given wins, as a later `&seed=` in a hand-edited address usually means to.
    const value = values.at(-1)!;
    if (values.length > 1) problems.push(`${name} is given ${values.length} times (${values.map(shown).join(', ')}); using the last one, ${shown(value)}`);
    read(name as (typeof KNOWN)[number], value, options, problems);
  }
  if (unknown.length > 0) problems.push(unknownProblem(unknown));
  return { options, problems };
}

/** The page's switches (`1`, `true` or nothing is on; `0` or `false` off): the option each sets, and what happens when the value is neither. */
const SWITCHES = {
  'skip-intro': { field: 'skipIntro', otherwise: 'showing the intro' },
  projector: { field: 'projector', otherwise: 'using the saved setting' },
  facilitator: { field: 'facilitator', otherwise: "no facilitator's controls" },
  kiosk: { field: 'kiosk', otherwise: 'not in kiosk mode' },
  talk: { field: 'talk', otherwise: 'not in talk mode' },
} as const satisfies Partial<Record<(typeof KNOWN)[number], { field: keyof UrlOptions; otherwise: string }>>;

/** The page's whole numbers in a range: the option each sets, its bounds, and what happens when the value is not one. */
const WHOLE_NUMBERS = {
  'kiosk-idle-seconds': { field: 'kioskIdleSeconds', max: MAX_KIOSK_IDLE_SECONDS, otherwise: 'the kiosk waits 60 seconds' },
  'kiosk-pace': { field: 'kioskPace', max: MAX_KIOSK_PACE, otherwise: 'the booth keeps its real pace' },
  'shift-minutes': { field: 'shiftMinutes', max: MAX_SHIFT_MINUTES, otherwise: "using the level's own time limit" },
  fleet: { field: 'fleet', max: MAX_FLEET_SCALE, otherwise: "playing the level's own fleet" },
} as const satisfies Partial<Record<(typeof KNOWN)[number], { field: keyof UrlOptions; max: number; otherwise: string }>>;

type SwitchField = (typeof SWITCHES)[keyof typeof SWITCHES]['field'];
type WholeNumberField = (typeof WHOLE_NUMBERS)[keyof typeof WHOLE_NUMBERS]['field'];

function read(name: (typeof KNOWN)[number], value: string, options: UrlOptions, problems: string[]): void {
  const said = shown(value);
  if (name in SWITCHES) {
    const { field, otherwise } = SWITCHES[name as keyof typeof SWITCHES];
    const on = onOff(value);
    if (on !== null) (options as Record<SwitchField, boolean | null>)[field] = on;
    else problems.push(`${name}=${said} is not 1, true, 0 or false; ${otherwise}`);
    return;
  }
  if (name in WHOLE_NUMBERS) {
    const { field, max, otherwise } = WHOLE_NUMBERS[name as keyof typeof WHOLE_NUMBERS];
    const number = Number(value);
    if (value.trim() !== '' && Number.isSafeInteger(number) && number >= 1 && number <= max) (options as Record<WholeNumberField, number | null>)[field] = number;
    else problems.push(`${name}=${said} is not a whole number from 1 to ${max}; ${otherwise}`);
    return;
  }
  switch (name) {
    case 'seed': {
      const seed = Number(value);
      if (value.trim() !== '' && Number.isSafeInteger(seed) && seed >= 0) options.seed = seed;
      else problems.push(`seed=${said} is not a whole number 0 or more; using seed ${options.seed}`);
      return;
    }
    case 'speed': {
      const speed = Number(value);
      if (value.trim() !== '' && SPEEDS.includes(speed)) options.speed = speed;
      else problems.push(`speed=${said} is not one of ${SPEEDS.join(', ')}; using the saved speed`);
      return;
    }
    case 'bench':
      if (value === 'empty' || value === 'incident') options.bench = value;
      else problems.push(`bench=${said} is not "empty" or "incident"; ignoring it`);
      return;
    case 'team': {
      // A team room's link on the game's own address: the page hands it to team mode's page (team.html).
      const code = readRoomCode(value);
      if (code) options.team = code;
      else problems.push(`team=${said} is not a room code (8 letters and digits, like ABCD-EFGH); playing solo`);
      return;
    }
    case 'level':
      // Only its shape here; whether the catalog has it is checked at start (session/room-level.ts).
      if (value.trim() !== '' && value.length <= 100) options.level = value;
      else problems.push(`level=${said} is not a level id; offering the saved level`);
      return;
    case 'watch':
      if (['', '1', 'true'].includes(value)) options.watch = true;
      else problems.push(`watch=${said} is not 1 or true; showing the title`);
      return;
    case 'test-fault':
      if (value === 'scene-update') options.testFault = value;
      else problems.push(`test-fault=${said} is not "scene-update" (a fault for the browser tests); ignoring it`);
      return;
  }
}

/** A switch's value: on for `1`, `true` or no value at all (`?projector`), off for `0` or `false`, null for anything else. */
function onOff(value: string): boolean | null {
  if (['', '1', 'true'].includes(value)) return true;
  if (['0', 'false'].includes(value)) return false;
  return null;
}

function unknownProblem(names: string[]): string {
  const named = names.slice(0, UNKNOWN_NAMED).map((name) => `"${shown(name)}"`);
  const list =
    names.length > UNKNOWN_NAMED ? `${named.join(', ')} and ${names.length - UNKNOWN_NAMED} more` : named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`;
  return `unknown option${names.length === 1 ? '' : 's'} ${list} (the game knows level, seed, speed, skip-intro, shift-minutes, fleet, watch, projector, facilitator, kiosk, kiosk-idle-seconds, kiosk-pace, talk, team and bench)`;
}

/** A value or name as the notice shows it: on one line, and short, whatever the address held. */
function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
