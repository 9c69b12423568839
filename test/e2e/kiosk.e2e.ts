// Kiosk mode (`?kiosk=1`) in a real browser at 1920x1080, as at a conference booth: the attract loop (the
// booth level's skilled replay on the incident screen, silent, with a large caption and the invitation),
// a key for a visitor's game, no input until the countdown and back to the attract loop with the kiosk's
// defaults restored (the visitor's mute undone), the high-score board between two attract loops, and a
// minute of random keys and clicks that causes no error, no download and never leaves the kiosk. The
// idle time is cut to 5 s with `kiosk-idle-seconds`, the page option for tests and booth staff.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_KEY } from '../../src/kiosk/score-board';
import { browserForThisFile, openPage, readHook, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();
const QUERY = '?kiosk=1&kiosk-idle-seconds=5&seed=1';
let page: Page;
let errors: string[];
let downloads = 0;
let navigations = 0;

beforeAll(async () => {
  const opened = await openPage(served.browser(), `${served.url()}/${QUERY}`, { width: 1920, height: 1080 });
  page = opened.page;
  errors = opened.errors;
  // A board from earlier in the day, kept on the device, for the board's screenshot.
  const at = '2026-12-02T10:00:00.000Z';
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [
      BOARD_KEY,
      JSON.stringify({
        version: 1,
        entries: [
          { initials: 'RYN', score: 92, levelId: 'apache-snafu', at },
          { initials: 'CAT', score: 71, levelId: 'apache-snafu', at },
          { initials: 'OPS', score: 48, levelId: 'apache-snafu', at },
        ],
      }),
    ],
  );
  await page.reload({ waitUntil: 'load' });
  page.on('download', () => downloads++);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
});

afterAll(async () => {
  await page?.context().close();
});

const phase = (hook: { kiosk: { phase: string } | null }): string | null => hook.kiosk?.phase ?? null;

describe('kiosk mode', () => {
  it('opens on the attract loop: the skilled run watched, silent, a large caption naming the beat and the invitation', async () => {
    await waitForHook(page, (hook) => phase(hook) === 'attract' && hook.scene === 'incident' && hook.ready, 60_000);
    const hook = await waitForHook(page, (candidate) => (candidate.kiosk?.caption ?? null) !== null, 90_000);
    expect(await page.locator('.kiosk-caption').isVisible()).toBe(true);
    expect(await page.locator('.kiosk-caption').textContent()).toBe(hook.kiosk!.caption);
    expect(await page.locator('.kiosk-invite').textContent()).toContain('Press any key to play');
    // The invitation takes the watch banner's place (its keys are not answered here: any key plays).
    expect(await page.locator('.watch-banner').count()).toBe(0);
    expect(hook.audio?.muted).toBe(true);
    expect(hook.kiosk!.board).toBe(3);
    // The caption fades in over half a second: the picture is of it settled.
    await page.waitForTimeout(700);
    await screenshot(page, '70-kiosk-attract');
  });

  it('starts a visitor’s game at a key: the briefing without a way back, then the incident played, not watched, with sound on', async () => {
    await page.keyboard.press('x');
    let hook = await waitForHook(page, (candidate) => phase(candidate) === 'visitor' && candidate.scene === 'briefing' && candidate.ready);
    expect(hook.audio?.muted).toBe(false);
    expect(await page.locator('[data-action="back"]').count()).toBe(0);
    expect(await page.locator('.player-name').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect((await readHook(page))!.scene).toBe('briefing');
    await page.keyboard.press('Enter');
    hook = await waitForHook(page, (candidate) => candidate.scene === 'incident' && candidate.summary !== null);
    expect(await page.locator('.watch-banner').count()).toBe(0);
    expect(await page.locator('.kiosk-attract').count()).toBe(0);
    expect(hook.summary!.speed).toBe(1);
    // The visitor turns the sound off and speeds up; Esc opens no menu that could leave the kiosk.
    await page.keyboard.press('m');
    await page.keyboard.press('+');
    await page.keyboard.press('Escape');
    await waitForHook(page, (candidate) => candidate.audio?.muted === true && candidate.summary?.speed === 2);
    expect(await page.locator('.incident-menu').count()).toBe(0);
  });

  it('shows the countdown after the idle time, and goes back to the attract loop at its end', async () => {
    const hook = await waitForHook(page, (candidate) => (candidate.kiosk?.countdown ?? null) !== null, 15_000);
    expect(hook.kiosk!.countdown).toBeLessThanOrEqual(10);
    expect(await page.locator('.kiosk-countdown').isVisible()).toBe(true);
    expect(await page.locator('.kiosk-countdown').textContent()).toContain('Still there?');
    await screenshot(page, '71-kiosk-countdown');
    await waitForHook(page, (candidate) => phase(candidate) === 'attract' && candidate.scene === 'incident', 15_000);
    expect(await page.locator('.kiosk-countdown').isVisible()).toBe(false);
    expect((await readHook(page))!.audio?.muted).toBe(true);
  });

  it('gives the next visitor the kiosk’s defaults, not the last visitor’s choices', async () => {
    await page.keyboard.press('Enter');
    await waitForHook(page, (candidate) => phase(candidate) === 'visitor' && candidate.scene === 'briefing' && candidate.ready);
    await page.keyboard.press('Enter');
    const hook = await waitForHook(page, (candidate) => candidate.scene === 'incident' && candidate.summary !== null);
    expect(hook.audio?.muted).toBe(false);
    expect(hook.summary!.speed).toBe(1);
    // Nothing the visitor changed was saved on the device.
    expect(await page.evaluate(() => localStorage.getItem('apache-snafu.settings'))).toBeNull();
  });

  it('a key during the countdown keeps the visitor playing', async () => {
    await waitForHook(page, (candidate) => (candidate.kiosk?.countdown ?? null) !== null, 15_000);
    await page.keyboard.press('p');
    const hook = await waitForHook(page, (candidate) => candidate.kiosk?.countdown === null);
    expect(phase(hook)).toBe('visitor');
    expect(hook.scene).toBe('incident');
    // The key that said "still here" did not act: the clock is not paused.
    expect(hook.summary?.paused).toBe(false);
  });

  it('shows the high-score board when the attract run ends, then the attract loop again', async () => {
    await waitForHook(page, (candidate) => phase(candidate) === 'attract', 20_000);
    await waitForHook(page, (candidate) => phase(candidate) === 'board' && candidate.scene === 'kiosk-board', 360_000);
    expect(await page.locator('.kiosk-board tr').count()).toBe(3);
    expect(await page.locator('.kiosk-board').textContent()).toContain('RYN');
    await screenshot(page, '72-kiosk-board');
    // The staff's clear: Ctrl+Shift+K twice; it starts no game, and the board is empty after a reload too.
    await page.keyboard.press('Control+Shift+K');
    expect((await readHook(page))!.kiosk!.board).toBe(3);
    await page.keyboard.press('Control+Shift+K');
    const cleared = await waitForHook(page, (candidate) => candidate.kiosk?.board === 0);
    expect(phase(cleared)).toBe('board');
    expect(await page.evaluate((key) => localStorage.getItem(key), BOARD_KEY)).toBeNull();
    await waitForHook(page, (candidate) => phase(candidate) === 'attract' && candidate.scene === 'incident', 30_000);
  }, 420_000);

  it('takes a minute of random keys and clicks without an error, a download or leaving the kiosk', async () => {
    let seed = 20261202;
    const random = (): number => {
      // mulberry32: the same sequence every run.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const keys = [
      ...'abcdefghijklmnopqrstuvwxyz0123456789',
      'Enter',
      'Escape',
      'Escape',
      'Space',
      'Tab',
      'Backspace',
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      '+',
      '-',
      '?',
      'Shift+Tab',
    ];
    const scenes = new Set<string>();
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      if (random() < 0.75) await page.keyboard.press(keys[Math.floor(random() * keys.length)]!);
      else await page.mouse.click(Math.floor(random() * 1920), Math.floor(random() * 1080));
      await page.waitForTimeout(40 + Math.floor(random() * 120));
      const hook = await readHook(page);
      scenes.add(hook!.scene);
      expect(hook!.scene).not.toBe('title');
      expect(hook!.crash).toBeNull();
    }
    expect(page.url()).toContain('kiosk=1');
    expect(downloads).toBe(0);
    expect(navigations).toBe(0);
    expect([...scenes]).not.toContain('title');
  }, 120_000);

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
