// The canvas's art is one atlas fetched while the title is up. When it cannot be loaded (a broken
// deployment, a proxy refusing PNGs) the game says so, names the file, and the incident still starts.

import { describe, expect, it } from 'vitest';
import type { BrowserContext, Route } from 'playwright-core';
import { browserForThisFile, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();

/**
 * A page whose atlas is answered 2 s late by `answer` (so the title is always left with it on its way,
 * which stops the title's loader with it), taken from the title through the briefing into the incident.
 * Page errors are kept, and console errors too when asked (a refused file logs its own 404 there).
 */
async function incidentWithAtlasLate(answer: (route: Route) => Promise<void>, consoleErrors: boolean): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // No service worker: once it controls the page it would serve the atlas from its cache, past the route.
  const context = await served.browser().newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(30_000);
  await context.route(/art-atlas-[^/]*\.png$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await answer(route);
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  if (consoleErrors) page.on('console', (message) => void (message.type() === 'error' && errors.push(`console.error: ${message.text()}`)));
  await page.goto(`${served.url()}/?speed=8&level=apache-snafu`, { waitUntil: 'load', timeout: 60_000 });
  await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
  await page.keyboard.press('Enter');
  await waitForHook(page, (hook) => hook.scene === 'briefing');
  await page.keyboard.press('Enter');
  // Not the 15 s a slow load is given: the incident starts as soon as the atlas is in or refused.
  await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 5, 10_000);
  return { context, page, errors };
}

describe('an art atlas that cannot be loaded', () => {
  it('is named on screen, and the incident starts without it', async () => {
    // Refused late: before, the stopped title's loader never told anyone, and the briefing waited its full 15 s.
    const { context, page, errors } = await incidentWithAtlasLate((route) => route.fulfill({ status: 404, body: 'not here' }), false);
    const toast = page.locator('.toast', { hasText: "The game's drawn art could not be loaded" });
    await toast.waitFor({ timeout: 5_000 });
    expect(await toast.textContent()).toMatch(/art-atlas-[^)]*\.png/);
    await screenshot(page, '34-art-missing');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes once, and late, when the title is left while it is still on its way', async () => {
    let asked = 0;
    const { context, page, errors } = await incidentWithAtlasLate((route) => {
      asked++;
      return route.continue();
    }, true);
    // Fetched once, put in once (a second load would be refused with "Texture key already in use"), and no notice.
    expect(asked).toBe(1);
    expect(await page.locator('.toast', { hasText: 'drawn art' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
