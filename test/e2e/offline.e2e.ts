// Offline play and the page opened from disk (README, "Offline and opened from disk"), for a booth laptop
// left alone: after one load from the server the game's service worker (vite-plugin-pwa, vite.config.ts
// offline()) has every file of the build, so with the network off and the server stopped a reload still
// reaches the title and a level starts, its sound included. Opened from the disk (file://), where the
// browser runs none of the game's scripts, dist/index.html says in plain HTML what to do instead.

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, frames, launchBrowser, openPage, screenshot, startPreview, waitForHook, type Browser, type Page } from './harness';

const DISK_MESSAGE = '#opened-from-disk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every file of the build the game needs: all of dist/ but the service worker itself and the benchmark's page. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name))]))
    .filter((file) => !/^(sw\.js|workbox-[\w-]+\.js)(\.map)?$|^src\/bench\/|^assets\/bench-bare-/.test(file))
    .sort();
}

/** The paths of everything in the page's caches, relative to the site's root. */
function cachedFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname.slice(1));
    return paths.sort();
  });
}

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await frames(page);
}

describe('offline play', () => {
  it('after one load, plays with the network off and the server stopped', async () => {
    const preview = await startPreview();
    try {
      const { page, errors } = await openPage(browser, `${preview.url}/?seed=1&level=apache-snafu`);
      await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
      expect(await page.locator(DISK_MESSAGE).count(), 'the served game removes the "opened from disk" message').toBe(0);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      expect(await cachedFiles(page)).toEqual(builtFiles());

      // No network, no server: only the browser's copy is left.
      await page.context().setOffline(true);
      await preview.stop();
      const failed: string[] = [];
      const notFromTheWorker: string[] = [];
      const fromTheWorker: string[] = [];
      page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.url().startsWith('data:') || response.url().startsWith('blob:')) return;
        (response.fromServiceWorker() ? fromTheWorker : notFromTheWorker).push(response.url());
      });
      await page.reload({ waitUntil: 'load', timeout: 60_000 });
      await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
      await screenshot(page, 'offline-title');
      await press(page, 'Enter');
      await waitForHook(page, (hook) => hook.scene === 'briefing');
      await press(page, 'Enter');
      const hook = await waitForHook(page, (value) => value.scene === 'incident' && (value.summary?.tick ?? 0) >= 5 && value.audio !== null && value.audio.requested > 0, 60_000);
      // The sound, fetched after the first key, came from the cache too.
      await expect.poll(() => fromTheWorker.filter((url) => url.endsWith('.mp3')).length, { timeout: 30_000 }).toBeGreaterThan(0);
      await screenshot(page, 'offline-incident');
      expect(hook.level).toBe('apache-snafu');
      expect(hook.audio?.problem ?? null).toBeNull();
      expect(hook.crash).toBeNull();
      // The facilitator's page too, from its own link on the title's origin.
      await page.goto(`${preview.url}/facilitator.html`, { waitUntil: 'load', timeout: 60_000 });
      await page.locator('h1').waitFor();
      // Its stylesheet comes with its script: styled means both came from the cache.
      await expect.poll(() => page.locator('#pick-runs').evaluate((input) => getComputedStyle(input).position), { timeout: 30_000 }).toBe('absolute');
      expect(failed).toEqual([]);
      expect(notFromTheWorker).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await preview.stop();
    }
  });

  it('a browser that refuses the service worker still plays, with one quiet line in the console', async () => {
    const preview = await startPreview();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors: string[] = [];
      const warnings: string[] = [];
      page.on('console', (message) => (message.type() === 'error' ? errors : warnings).push(message.text()));
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await page.goto(`${preview.url}/?seed=1`, { waitUntil: 'load', timeout: 60_000 });
      await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
      await expect.poll(() => warnings.some((text) => text.startsWith('Apache SNAFU: offline play is off in this window')), { timeout: 30_000 }).toBe(true);
      await press(page, 'Enter');
      expect((await waitForHook(page, (hook) => hook.scene === 'briefing')).crash).toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await preview.stop();
    }
  });

  it('the served page hides the "opened from disk" message before any script runs', async () => {
    const preview = await startPreview();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${preview.url}/`, { waitUntil: 'load' });
      expect(await page.locator(DISK_MESSAGE).count()).toBe(1);
      expect(await page.locator(DISK_MESSAGE).isVisible()).toBe(false);
      await context.close();
    } finally {
      await preview.stop();
    }
  });
});

describe('dist/index.html opened from disk', () => {
  it('says, in plain HTML, that the game must be served and how', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(DIST, 'index.html')).href, { waitUntil: 'load' });
    const message = page.locator(DISK_MESSAGE);
    expect(await message.isVisible()).toBe(true);
    const text = (await message.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Apache SNAFU cannot start from a file');
    expect(text).toContain('npm run room');
    expect(text).toContain('http://127.0.0.1:4173');
    // Readable as it stands, without the game's stylesheet: the browser's own dark text on white, at a
    // normal size, starting in view.
    const look = await message.evaluate((element) => {
      const style = getComputedStyle(element.querySelector('p')!);
      const box = element.getBoundingClientRect();
      return { color: style.color, background: getComputedStyle(document.body).backgroundColor, fontSize: parseFloat(style.fontSize), top: box.top, width: box.width };
    });
    expect(look.color).toBe('rgb(0, 0, 0)');
    expect(look.background).toMatch(/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/);
    expect(look.fontSize).toBeGreaterThanOrEqual(16);
    expect(look.top).toBeLessThan(100);
    expect(look.width).toBeGreaterThan(0);
    // And the game itself did not start (which is the point of the message).
    expect(await page.locator('canvas').count()).toBe(0);
    await screenshot(page, 'offline-opened-from-disk');
    await context.close();
  });
});
