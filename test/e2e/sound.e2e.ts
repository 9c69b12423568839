// Sound in a real browser: silent until the first key (the browser's autoplay rule), then the incident's
// cues are asked of Howler; the mute key and the captions setting work and are remembered on reload.
// Before that first key no sound file is fetched and no AudioContext exists; after it both happen, the
// beds loop and cues reach the Web Audio graph.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frames, gameForThisFile, REPO_ROOT, screenshot, waitForHook, type Page } from './harness';

const game = gameForThisFile('?speed=8&seed=1&level=apache-snafu');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

describe('sound', () => {
  it('asks for no sound before the first key', async () => {
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    // Half a second of frames on the title: nothing may ask the device for sound in that time.
    await frames(page, 30);
    const audio = await page.evaluate('window.__snafu.audio');
    expect(audio).toMatchObject({ unlocked: false, requested: 0 });
  });

  it('turns captions on in the settings, by mouse', async () => {
    await page.keyboard.press('s');
    await waitForHook(page, (hook) => hook.audio?.unlocked === true);
    await page.locator('.choice-row[data-setting="captions"] button', { hasText: 'On' }).click();
    await screenshot(page, '16-settings-sound');
    expect(await page.locator('.choice-row[data-setting="captions"] button.primary').textContent()).toBe('On');
    await page.keyboard.press('Escape');
  });

  it('plays the incident’s cues after the first key, with a caption for each', async () => {
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'incident');
    // Customers start to hurt within the first game minute: the failure stinger, then the pager.
    await waitForHook(page, (hook) => (hook.audio?.recent ?? []).includes('failure'), 60_000);
    await page.waitForFunction(() => /\[(Uh-oh|Pager|Apache|Alert|Chat)/.test(document.querySelector('.captions')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await screenshot(page, '17-captions');
    // The captions cover neither the terminal and chat nor the pools' figures in the traffic picture.
    const overlaps = await page.evaluate(() => {
      const box = document.querySelector('.captions')!.getBoundingClientRect();
      const hits = (selector: string): boolean =>
        [...document.querySelectorAll(selector)].some((element) => {
          const other = element.getBoundingClientRect();
          return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
        });
      return { panels: hits('.terminal-panel, .chat-panel, .alerts-panel'), legend: hits('.legend') };
    });
    expect(overlaps).toEqual({ panels: false, legend: false });
    const audio = await page.evaluate('window.__snafu.audio');
    expect(audio).toMatchObject({ unlocked: true, problem: null });
  });

  it('mutes with M, and stays muted after a reload', async () => {
    await page.keyboard.press('m');
    await waitForHook(page, (hook) => hook.audio?.muted === true);
    expect(await page.locator('.terminal-feed').textContent()).toContain('Sound off');
    await page.reload();
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    expect(await page.evaluate('window.__snafu.audio.muted')).toBe(true);
    await page.keyboard.press('m');
    await waitForHook(page, (hook) => hook.audio?.muted === false);
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});

describe('sound that cannot start', () => {
  it('says so once, and the game plays on silently', async () => {
    // A context of its own without the service worker: the earlier page's worker would serve the sound
    // from its cache, past the route that fails it.
    const brokenContext = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const broken = await brokenContext.newPage();
    const brokenErrors: string[] = [];
    broken.on('pageerror', (error) => brokenErrors.push(error.message));
    // Every sound file fails to load, as with a corrupt download or a blocked asset.
    await broken.route('**/*.mp3', (route) => route.abort());
    await broken.goto(page.url());
    await waitForHook(broken, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    // Nothing is fetched before the first key, so nothing has failed yet.
    expect(await broken.evaluate('window.__snafu.audio.problem')).toBe(null);
    await broken.keyboard.press('Enter');
    await waitForHook(broken, (hook) => hook.audio?.problem !== null && hook.audio?.problem !== undefined, 30_000);
    expect(await broken.locator('.toast').count()).toBe(1);
    expect(await broken.locator('.toast').textContent()).toMatch(/^Sound is off: .*would not load.*plays on silently/);
    await waitForHook(broken, (hook) => hook.scene === 'briefing');
    expect(brokenErrors).toEqual([]);
    await brokenContext.close();
  });
});

/** What the page did with sound, counted by wrappers installed before any of the game's scripts run. */
interface SoundTrace {
  contexts: number;
  /** Each AudioBufferSourceNode.start: offset and duration in seconds (Infinity when not given). */
  starts: [number, number][];
}

describe('sound files and the audio context wait for the first key', () => {
  it('fetches no sound and makes no AudioContext before it; after it, both happen and cues play', async () => {
    const context = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1280, height: 720 } });
    const fresh = await context.newPage();
    const freshErrors: string[] = [];
    fresh.on('pageerror', (error) => freshErrors.push(error.message));
    fresh.on('console', (message) => void (message.type() === 'error' && freshErrors.push(message.text())));
    const soundRequests: string[] = [];
    fresh.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\.(mp3|wav|ogg|m4a|webm|opus)$/.test(path)) soundRequests.push(unhashed(path));
    });
    await fresh.addInitScript(() => {
      const trace: SoundTrace = { contexts: 0, starts: [] };
      Object.assign(window, { __soundTrace: trace });
      const Original = window.AudioContext;
      window.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          trace.contexts++;
        }
      };
      const start = Reflect.get<AudioBufferSourceNode, 'start'>(AudioBufferSourceNode.prototype, 'start');
      AudioBufferSourceNode.prototype.start = function (when?: number, offset?: number, duration?: number) {
        trace.starts.push([offset ?? 0, duration ?? Infinity]);
        start.call(this, when, offset, duration);
      };
    });
    const trace = (): Promise<SoundTrace> => fresh.evaluate(() => (window as unknown as { __soundTrace: SoundTrace }).__soundTrace);

    await fresh.goto(page.url());
    await waitForHook(fresh, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    await frames(fresh, 30);
    expect(soundRequests).toEqual([]);
    expect(await trace()).toEqual({ contexts: 0, starts: [] });

    // A key the game does not use: it only unlocks sound.
    await fresh.keyboard.press('Shift');
    await waitForHook(fresh, (hook) => hook.audio?.unlocked === true);
    await expect.poll(() => [...soundRequests].sort(), { timeout: 15_000 }).toEqual(['bed-calm.mp3', 'bed-tense.mp3', 'effects.mp3']);
    expect((await trace()).contexts).toBe(1);
    // Both beds start looping as soon as they have loaded, at their loop inside the file (Howler runs a loop
    // for 86,400 s; its own unlock plays one silent buffer, which this leaves out).
    const [bedStartMs] = (JSON.parse(readFileSync(join(REPO_ROOT, 'assets/audio/beds.sprite.json'), 'utf8')) as Record<string, [number, number]>)['bed-calm']!;
    await expect.poll(async () => (await trace()).starts.filter(([offset, duration]) => duration === 86_400 && offset === bedStartMs / 1000).length, { timeout: 15_000 }).toBe(2);

    // A handled key clicks: once the sprite has loaded, the ui-click cue starts at its place in it.
    const [clickStartMs, clickLengthMs] = (JSON.parse(readFileSync(join(REPO_ROOT, 'assets/audio/effects.sprite.json'), 'utf8')) as Record<string, [number, number]>)['ui-click']!;
    const clicks = async (): Promise<number> =>
      (await trace()).starts.filter(([offset, duration]) => Math.abs(offset - clickStartMs / 1000) < 0.001 && Math.abs(duration - clickLengthMs / 1000) < 0.001).length;
    await expect
      .poll(
        async () => {
          await fresh.keyboard.press('s');
          await fresh.keyboard.press('Escape');
          return clicks();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    expect((await trace()).contexts).toBe(1);
    expect(freshErrors).toEqual([]);
    await context.close();
  });
});

/** A built asset's file name without the content hash Vite adds (`/assets/effects-Ab12_Cd3.mp3` is `effects.mp3`). */
function unhashed(path: string): string {
  return (path.split('/').at(-1) ?? path).replace(/-[\w-]{8}(\.\w+)$/, '$1');
}
