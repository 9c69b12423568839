// The canvas's art is one atlas fetched while the title is up. When it cannot be loaded (a broken
// deployment, a proxy refusing PNGs) the game says so, names the file, and the incident still starts.

import { describe, expect, it } from 'vitest';
import { browserForThisFile, screenshot, waitForHook } from './harness';

const served = browserForThisFile();

describe('an art atlas that cannot be loaded', () => {
  it('is named on screen, and the incident starts without it', async () => {
    // No service worker: once it controls the page it would serve the atlas from its cache, past the route.
    const context = await served.browser().newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    context.setDefaultTimeout(30_000);
    await context.route(/art-atlas-[^/]*\.png$/, (route) => route.fulfill({ status: 404, body: 'not here' }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await page.goto(`${served.url()}/?speed=8&level=apache-snafu`, { waitUntil: 'load', timeout: 60_000 });
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    await page.keyboard.press('Enter');
    // Not the 15 s a slow load is given: a refused file is known at once.
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 5, 10_000);
    const toast = page.locator('.toast', { hasText: "The game's drawn art could not be loaded" });
    await toast.waitFor({ timeout: 5_000 });
    expect(await toast.textContent()).toMatch(/art-atlas-[^)]*\.png/);
    await screenshot(page, '34-art-missing');
    expect(errors).toEqual([]);
    await context.close();
  });
});
