// A visitor at the soak's booth, by keyboard and mouse: presses a key to start, reads the briefing (or
// presses Escape at it first), then plays with random keys (digits into the menus, letters, Enter,
// Escape, `?`, the terminal with a command typed into it) and a click now and then, for a while of booth
// time, and walks away. Some play until the shift runs out and type their initials on the board.
//
// Two keys are left out: `+` and `-`. The incident screen steps its speed through the speeds a player
// can pick, and at the soak's pace (`kiosk-pace`) the game's speed is none of them, so one of those keys
// would drop the game back to real time while the kiosk's clock runs on at the soak's pace. A visitor who
// means to finish also leaves `P` alone (a paused shift never runs out).

import type { Page } from 'playwright-core';
import { COMMAND_NAMES } from '../src/terminal/terminal-help';
import { whenShown } from './soak-page';

export type Random = () => number;

/** mulberry32: the same booth day for the same seed. */
export function seededRandom(seed: number): Random {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const KEYS = [...'abcdefghijklmnoqrsuvwxyz0123456789', 'Enter', 'Escape', 'Escape', 'Space', 'Backspace', 'ArrowUp', 'ArrowDown', '?', 'p'];
// A visitor who plays the shift out keeps the clock running: no pause, and no help (which pauses it while it is open).
const FINISHER_KEYS = KEYS.filter((key) => key !== 'p' && key !== '?');
const ARGUMENTS = ['', ' web01', ' web', ' all', ' 3', ' robin', ' "site is down"', ' --help', ' xyzzy'];

export interface VisitorPlan {
  /** Booth seconds of play before walking away (a finisher plays until the shift ends instead). */
  playSeconds: number;
  finisher: boolean;
}

export interface VisitorOutcome {
  keys: number;
  commandsTyped: number;
  clicks: number;
  /** The shift ran out (a finisher), and the initials they typed, when the score made the board. */
  finished: boolean;
  initials: string | null;
}

/** One visit, from the key that starts it to the visitor walking away (the kiosk then counts down on its own). */
export async function visit(page: Page, random: Random, plan: VisitorPlan, pace: number, timeoutMs: number): Promise<VisitorOutcome> {
  const outcome: VisitorOutcome = { keys: 0, commandsTyped: 0, clicks: 0, finished: false, initials: null };
  await page.keyboard.press(pick(random, ['x', 'Enter', 'Space', 'a', '7']));
  if (!(await whenShown(page, 'visitor', 'briefing', timeoutMs))) throw new Error('the briefing did not show after a visitor’s key');
  if (random() < 0.3) await page.keyboard.press('Escape');
  // At the soak's pace the idle minute is a second of real time: a stall of the machine can take the kiosk
  // back to the attract loop before the Enter arrives, and that Enter then starts a new visit at its
  // briefing. So Enter again until the shift is on.
  let started = false;
  for (let attempt = 0; attempt < 10 && !started; attempt++) {
    await page.keyboard.press('Enter');
    started = await whenShown(page, 'visitor', 'incident', Math.min(timeoutMs, 5000));
  }
  if (!started) throw new Error('the incident did not start from the briefing after ten presses of Enter');
  const keys = plan.finisher ? FINISHER_KEYS : KEYS;
  const until = Date.now() + (plan.finisher ? timeoutMs : (plan.playSeconds * 1000) / pace);
  while (Date.now() < until) {
    if (plan.finisher && (await page.evaluate('window.__snafu.scene')) === 'end') {
      outcome.finished = true;
      break;
    }
    const roll = random();
    if (roll < 0.08) {
      // The terminal: T, a command, Enter, Esc to leave it.
      await page.keyboard.press('t');
      await page.keyboard.type(`${pick(random, COMMAND_NAMES)}${pick(random, ARGUMENTS)}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      outcome.commandsTyped++;
    } else if (roll < 0.15) {
      await page.mouse.click(Math.floor(random() * 1280), Math.floor(random() * 720));
      outcome.clicks++;
    } else {
      await page.keyboard.press(pick(random, keys));
      outcome.keys++;
    }
    await page.waitForTimeout(30 + Math.floor(random() * 120));
  }
  if (plan.finisher && !outcome.finished) throw new Error(`a visitor playing to the end of the shift did not reach the end screen within ${timeoutMs / 1000} s`);
  if (outcome.finished && (await page.locator('.kiosk-slots').count()) > 0) {
    const initials = Array.from({ length: 3 }, () => pick(random, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])).join('');
    for (const letter of initials) await page.keyboard.press(letter.toLowerCase());
    await page.keyboard.press('Enter');
    outcome.initials = initials;
  }
  return outcome;
}
