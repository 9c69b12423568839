// A browser whose storage is broken still plays: every read and write throwing (a corrupted profile),
// localStorage itself throwing when touched (storage switched off), and records the game cannot read,
// which are kept aside under another key and named on the title screen instead of being overwritten.

import { describe, expect, it } from 'vitest';
import { browserForThisFile, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();

/** A fresh page with `script` run before any of the game's own code, and the page's errors collected. */
async function pageWith(script: string | null, query = '?speed=8'): Promise<{ page: Page; errors: string[] }> {
  const context = await served.browser().newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(30_000);
  if (script) await context.addInitScript(script);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(`console.error: ${message.text()}`)));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(`${served.url()}/${query}`, { waitUntil: 'load', timeout: 60_000 });
  return { page, errors };
}

const THROWING_STORAGE = `
  for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
    Storage.prototype[name] = function () { throw new DOMException('The profile is corrupted (a test).', 'SecurityError'); };
  }`;

const NO_STORAGE = `
  Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Storage is switched off (a test).', 'SecurityError'); } });`;

async function playsAShift(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await waitForHook(page, (hook) => hook.scene === 'briefing');
  await page.keyboard.press('Enter');
  await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 5, 30_000);
}

describe('a storage whose every read and write throws', () => {
  it('still brings up the title, says so there, and plays', async () => {
    const { page, errors } = await pageWith(THROWING_STORAGE);
    const title = await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    expect(title.notices).toEqual(["The browser's storage could not be read (SecurityError: The profile is corrupted (a test).): settings and best scores start afresh this time."]);
    expect(await page.locator('.notices').textContent()).toContain("The browser's storage could not be read");
    await screenshot(page, '32-broken-storage-title');
    // Changing a setting saves it: that fails too, and is said once, not thrown.
    await page.keyboard.press('m');
    await waitForHook(page, (hook) => hook.audio?.muted === true);
    await page.waitForSelector('.toast:has-text("Settings could not be saved")', { timeout: 10_000 });
    await page.keyboard.press('m');
    await playsAShift(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a localStorage that throws when touched', () => {
  it('still brings up the title, says settings last only for the tab, and plays', async () => {
    const { page, errors } = await pageWith(NO_STORAGE);
    const title = await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    expect(title.notices).toEqual(["The browser's storage cannot be used (SecurityError: Storage is switched off (a test).): settings and best scores last only until this tab closes."]);
    await playsAShift(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('saved records the game cannot read', () => {
  it('are kept aside under another key and named on the title, not overwritten', async () => {
    const { page, errors } = await pageWith(null);
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    await page.evaluate(() => {
      localStorage.setItem('apache-snafu.settings', '{"version":1,"speed":');
      localStorage.setItem('apache-snafu.best-scores', JSON.stringify({ version: 1, levels: { 'apache-snafu': { total: 'lots' } } }));
    });
    await page.reload();
    const title = await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    expect(title.notices).toEqual([
      `Saved settings could not be read (not valid JSON); kept aside as "apache-snafu.settings.broken-1" in this browser's storage; using the defaults.`,
      `Saved best scores could not be read (entries that make no sense: "apache-snafu"); kept aside as "apache-snafu.best-scores.broken-1" in this browser's storage; starting afresh.`,
    ]);
    await screenshot(page, '33-records-kept-aside');
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
    expect(stored).toEqual({
      'apache-snafu.settings.broken-1': '{"version":1,"speed":',
      'apache-snafu.best-scores.broken-1': JSON.stringify({ version: 1, levels: { 'apache-snafu': { total: 'lots' } } }),
    });
    // Once aside, the next start is clean, and the copies stay.
    await page.reload();
    expect((await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000)).notices).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('apache-snafu.settings.broken-1'))).toBe('{"version":1,"speed":');
    await playsAShift(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
