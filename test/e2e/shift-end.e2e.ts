// How a shift ends, in a real browser: a shift shortened to six game minutes (a page option) shows no
// countdown at first, then "Shift ends in m:ss" in the top bar for its last five minutes, turning urgent
// in the last one, and ends at the time limit. Handing over before the site is whole is refused, plainly,
// from the key and from the terminal.

import { beforeAll, describe, expect, it } from 'vitest';
import { frames, gameForThisFile, screenshot, waitForHook, type Page } from './harness';
import { topBarClashes } from './top-bar-layout';

const game = gameForThisFile('?speed=8&seed=1&skip-intro=1&shift-minutes=6&level=apache-snafu');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const countdown = () => page.locator('.top-bar .countdown');
const REFUSAL = 'handover: The site is not whole yet';

describe('the end of a shift', () => {
  it('shows no countdown before the last five minutes', async () => {
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1, 30_000);
    expect(await countdown().isVisible()).toBe(false);
    expect(await page.locator('.top-bar .hints').isVisible()).toBe(true);
  });

  it('counts down the last five game minutes in the top bar, beside everything else', async () => {
    await waitForHook(page, (hook) => (hook.summary?.tick ?? 0) > 60, 30_000);
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    expect(await countdown().textContent()).toMatch(/^Shift ends in 4:[0-5]\d$/);
    expect(await topBarClashes(page)).toEqual([]);
    await screenshot(page, '16-countdown');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await frames(page, 5);
    expect(await topBarClashes(page)).toEqual([]);
    await screenshot(page, '16b-countdown-1080p');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === false);
  });

  it('refuses the hand-over while the site is broken, saying why, from the key and the terminal', async () => {
    await page.keyboard.press('h');
    await page.waitForFunction((text) => document.querySelector('.terminal-feed')?.textContent?.includes(text), REFUSAL, { timeout: 10_000 });
    expect(await page.locator('.chooser').count()).toBe(0);
    await page.keyboard.press('t');
    await page.keyboard.type('handover');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForFunction((text) => (document.querySelector('.terminal-feed')?.textContent?.split(text).length ?? 0) > 2, REFUSAL, { timeout: 10_000 });
    await screenshot(page, '17-hand-over-refused');
    expect((await waitForHook(page, () => true)).summary?.outcome).toBeNull();
  });

  it('turns urgent in the last minute, and ends the shift at the time limit', async () => {
    await waitForHook(page, (hook) => (hook.summary?.tick ?? 0) > 300, 60_000);
    expect(await countdown().getAttribute('class')).toContain('urgent');
    await waitForHook(page, (hook) => hook.scene === 'end', 60_000);
    // The level's clock starts at 10:40: six game minutes later the shift is over.
    expect(await page.locator('body').textContent()).toContain('10:46:00');
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
