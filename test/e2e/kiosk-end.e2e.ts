// The end of a visitor's run at a booth (`?kiosk=1`), at 1920x1080: a one-minute shift, then the debrief
// with no downloads, the initials for the day's board (typed, Enter saves), and where to read the true
// story with a QR code, all inside the screen.

import { describe, expect, it } from 'vitest';
import { browserForThisFile, openPage, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();
let page: Page;
let errors: string[];

describe('the end of a visitor’s run at a booth', () => {
  it('plays a one-minute shift from a key on the attract loop', async () => {
    const opened = await openPage(served.browser(), `${served.url()}/?kiosk=1&shift-minutes=1&speed=8&seed=1`, { width: 1920, height: 1080 });
    page = opened.page;
    errors = opened.errors;
    await waitForHook(page, (hook) => hook.kiosk?.phase === 'attract' && hook.scene === 'incident', 30_000);
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.kiosk?.phase === 'visitor' && (hook.scene === 'briefing' || hook.scene === 'incident'));
    if ((await waitForHook(page, (hook) => hook.scene !== null)).scene === 'briefing') await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'end', 60_000);
  });

  it('offers no download, asks for initials, and shows the true story and its QR code inside the screen', async () => {
    expect(await page.locator('[data-do="json"], [data-do="markdown"]').count()).toBe(0);
    await page.locator('.kiosk-slots').waitFor();
    const qr = page.locator('.kiosk-qr svg');
    await qr.waitFor();
    const panel = (await page.locator('.kiosk-end').boundingBox())!;
    expect(panel.x + panel.width).toBeLessThanOrEqual(1920);
    expect(panel.y + panel.height).toBeLessThanOrEqual(1080);
    const code = (await qr.boundingBox())!;
    expect(code.x + code.width).toBeLessThanOrEqual(panel.x + panel.width);
    await page.waitForTimeout(300);
    await screenshot(page, '73-kiosk-end');
  });

  it('saves typed initials to the board', async () => {
    const before = (await waitForHook(page, (hook) => hook.kiosk !== undefined)).kiosk!.board;
    await page.keyboard.type('ADA');
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => (hook.kiosk?.board ?? 0) === before + 1, 10_000);
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
