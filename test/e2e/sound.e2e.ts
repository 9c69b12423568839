// Sound in a real browser: silent until the first key (the browser's autoplay rule), then the incident's
// cues are asked of Howler; the mute key and the captions setting work and are remembered on reload.

import { beforeAll, describe, expect, it } from 'vitest';
import { frames, gameForThisFile, screenshot, waitForHook, type Page } from './harness';

const game = gameForThisFile('?speed=8&seed=1');
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
    const broken = await page.context().newPage();
    const brokenErrors: string[] = [];
    broken.on('pageerror', (error) => brokenErrors.push(error.message));
    // Every sound file fails to load, as with a corrupt download or a blocked asset.
    await broken.route('**/*.wav', (route) => route.abort());
    await broken.goto(page.url());
    await waitForHook(broken, (hook) => hook.audio?.problem !== null && hook.audio?.problem !== undefined, 30_000);
    expect(await broken.locator('.toast').count()).toBe(1);
    expect(await broken.locator('.toast').textContent()).toMatch(/^Sound is off: .*would not load.*plays on silently/);
    await broken.keyboard.press('Enter');
    await waitForHook(broken, (hook) => hook.scene === 'briefing');
    expect(brokenErrors).toEqual([]);
    await broken.close();
  });
});
