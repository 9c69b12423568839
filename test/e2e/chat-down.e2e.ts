// Level "Chat is down too", in a real browser: #ops visibly fails four minutes in, the post menu offers
// the IRC backup, and posting there takes the team (and the chat panel) with it.

import { beforeAll, describe, expect, it } from 'vitest';
import { gameForThisFile, screenshot, waitForHook, type Page } from './harness';

const game = gameForThisFile('?speed=8&seed=1&level=apache-snafu');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

describe('chat is down too', () => {
  it('is picked on the title with L, and started from the briefing', async () => {
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    // L walks the level list in the newcomer's order (Hindsight comes between): on until Chat is down too.
    for (let presses = 0; presses < 6 && (await waitForHook(page, (hook) => hook.scene === 'title')).level !== 'chat-down'; presses++) {
      await page.keyboard.press('l');
      await page.waitForTimeout(100);
    }
    await waitForHook(page, (hook) => hook.level === 'chat-down');
    expect(await page.locator('.title-menu .primary').textContent()).toContain('Chat is down too');
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'incident');
  });

  it('shows #ops failing: a struck-out tab, a red frame, and a hint naming the backup', async () => {
    await page.locator('.chat-panel.channel-down').waitFor({ timeout: 60_000 });
    await page.keyboard.press('p');
    expect(await page.locator('.chat-panel .tab.down').textContent()).toContain('#ops (down)');
    expect(await page.locator('.chat-hint').textContent()).toContain('to post in IRC #ops-backup instead');
    await screenshot(page, '18-chat-down');
  });

  it('posts in IRC from the post menu, and the team and the panel follow', async () => {
    await page.keyboard.press('9');
    expect(await page.locator('.chooser h3').textContent()).toBe('Post in IRC #ops-backup');
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('p');
    await page.waitForFunction(() => !document.querySelector('.chat-panel')?.classList.contains('channel-down'), undefined, { timeout: 30_000 });
    expect(await page.locator('.chat-panel .tab.active').textContent()).toBe('IRC #ops-backup');
    expect(await page.locator('.chat-feed[data-channel="backup"]').textContent()).toContain("you: Apache won't start on web-017");
    await screenshot(page, '19-moved-to-irc');
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
