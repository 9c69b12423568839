// A page arriving is heard, not only seen: on the conference cut at speed 8 with nobody intervening, the
// first page to the player is put in the assertive live region in the alert feed's words, while the
// polite region says the alerts and people's lines in turn, and never the Chef bot's.

import { beforeAll, describe, expect, it } from 'vitest';
import { gameForThisFile, screenshot, waitForHook, type Page } from './harness';

const game = gameForThisFile('?level=conference-cut&seed=1&speed=8&skip-intro=1');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

/** Every text a live region held, in order, recorded in the page as it changes. */
async function recordLiveRegions(): Promise<void> {
  await page.evaluate(() => {
    const heard: { live: string; text: string }[] = [];
    (window as unknown as { __heard: typeof heard }).__heard = heard;
    for (const region of document.querySelectorAll<HTMLElement>('.announcer')) {
      new MutationObserver(() => {
        const text = region.textContent ?? '';
        if (text) heard.push({ live: region.getAttribute('aria-live') ?? '', text });
      }).observe(region, { childList: true, characterData: true, subtree: true });
    }
  });
}

const heard = (): Promise<{ live: string; text: string }[]> => page.evaluate(() => (window as unknown as { __heard: { live: string; text: string }[] }).__heard);

describe('the live regions', () => {
  it('are on the incident screen from its start, empty', async () => {
    await waitForHook(page, (hook) => hook.scene === 'incident' && hook.summary !== null);
    expect(await page.locator('.announcer-assertive').textContent()).toBe('');
    await recordLiveRegions();
  });

  it('say the first page assertively, in the words of the alert feed', async () => {
    await waitForHook(page, (hook) => (hook.summary?.pagesOpen ?? 0) >= 1, 60_000);
    await page.waitForFunction(() => (document.querySelector('.announcer-assertive')?.textContent ?? '').includes('PAGE #1'), null, { timeout: 5_000 });
    const said = (await page.locator('[role="alert"][aria-live="assertive"]').textContent()) ?? '';
    const feedLine = await page.locator('.alerts-feed .line.page').first().textContent();
    expect(said).toContain(`${feedLine}.`);
    expect(said).toMatch(/^PAGE #1: Web servers: HTTP CRITICAL on \S+\.$/);
    await page.keyboard.press('p');
    await screenshot(page, 'announce-first-page');
    await page.keyboard.press('p');
  });

  it('say alerts and people politely in turn, and never the Chef bot', async () => {
    await page.waitForFunction(() => ((window as unknown as { __heard: { live: string }[] }).__heard ?? []).filter((line) => line.live === 'polite').length >= 2, null, { timeout: 30_000 });
    const lines = await heard();
    expect(lines.filter((line) => line.live === 'assertive').some((line) => line.text.startsWith('PAGE #1'))).toBe(true);
    expect(lines.map((line) => line.text).join('\n')).not.toContain('chef-client failed');
    expect(errors).toEqual([]);
  });
});
