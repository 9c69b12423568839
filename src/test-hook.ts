// A small read-only window on the game for the browser tests and the benchmark: which screen is up,
// whether it is ready, and a summary of the world. Tests drive the game with keys and clicks and only
// read this; it is replaced by a frozen copy on every change, so nothing can write through it.

import type { AudioReport } from './audio/game-audio';

export interface HookSummary {
  tick: number;
  clock: string;
  paused: boolean;
  speed: number;
  siteStatus: string;
  webServing: number;
  apacheDown: number;
  chefStopped: number;
  pagesOpen: number;
  toolsUp: Record<string, boolean>;
  lastNotice: string;
  outcome: string | null;
  /** The incident is resolved: the top bar invites the hand-over (H). */
  resolved: boolean;
  /** Each responder's whereabouts (`away`, `coming`, `catching-up`, `idle`, `working`). */
  team: Record<string, string>;
}

/** The debrief's figures, once a shift has ended. */
export interface HookDebrief {
  total: number;
  families: Record<string, number>;
  award: boolean;
  /** Whether this run set the level's best (null when it was a run watched again). */
  best: boolean | null;
}

/** The crash screen, while it is up (ui/crash-screen). */
export interface HookCrash {
  message: string;
  /** Whether a run was kept to download. */
  runKept: boolean;
}

/** Kiosk mode's state (`?kiosk=1`, src/kiosk), null otherwise. */
export interface HookKiosk {
  phase: 'attract' | 'board' | 'visitor';
  /** Seconds left on the idle countdown while it shows, or null. */
  countdown: number | null;
  /** The level a visitor plays. */
  level: string | null;
  /** The attract loop's large caption, or null. */
  caption: string | null;
  /** Entries on the high-score board. */
  board: number;
}

export interface Hook {
  scene: string;
  /** Set while the crash screen is up. */
  crash: HookCrash | null;
  debrief?: HookDebrief;
  /** What the audio asked for (see audio/game-audio): tests check sounds start after the first key. */
  audio: AudioReport | null;
  ready: boolean;
  level: string | null;
  notices: readonly string[];
  summary: HookSummary | null;
  kiosk: HookKiosk | null;
  talk: HookTalk | null;
}

/** Talk mode's state (`?talk=1`, src/talk), null otherwise. */
export interface HookTalk {
  /** The beat on screen, or null before the first. */
  beat: string | null;
  /** Its number, from 1; 0 before the first. */
  number: number;
  /** The game tick that reached it. */
  beatTick: number | null;
  /** `beat` while the run plays on to the next beat, `free` while it plays without stopping, null while it waits. */
  running: 'beat' | 'free' | null;
}

declare global {
  interface Window {
    __snafu?: Readonly<Hook>;
  }
}

let current: Hook = { crash: null, audio: null, scene: 'boot', ready: false, level: null, notices: [], summary: null, kiosk: null, talk: null };

export function publish(change: Partial<Hook>): void {
  current = deepFreeze(structuredClone({ ...current, ...change }));
  window.__snafu = current;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function hook(): Readonly<Hook> {
  return current;
}
