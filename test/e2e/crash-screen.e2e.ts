// The crash screen, in a real browser: an error thrown inside a running Phaser scene's update (armed by
// the test-only page option `?test-fault=scene-update`, fired by an event nothing in the game sends), an
// uncaught error and an unhandled rejection each bring up a readable screen that names what happened,
// keeps the run typed so far as a downloadable replay, and leads back to a title that works.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReplay } from '../../src/replay/replay-file';
import { frames, gameForThisFile, screenshot, waitForHook, type Page } from './harness';

const game = gameForThisFile('?speed=2&seed=2&skip-intro=1&test-fault=scene-update&level=apache-snafu');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const FAULT = 'A fault injected by the browser tests (?test-fault=scene-update)';

async function typeLine(line: string): Promise<void> {
  await page.keyboard.press('t');
  await frames(page);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await frames(page);
}

describe('a crash in the middle of a shift', () => {
  it('shows what happened in plain words, over a stopped game', async () => {
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1, 30_000);
    await typeLine('curl https://www.shop/');
    await typeLine('lb stats');
    await page.waitForFunction(() => document.querySelector('.terminal-feed')?.textContent?.includes('Load balancer'), undefined, { timeout: 30_000 });
    // The terminal has the keyboard when it breaks: the crash screen must take it back.
    await page.keyboard.press('t');
    await page.evaluate(() => window.dispatchEvent(new Event('snafu-test-fault')));
    const hook = await waitForHook(page, (current) => current.crash !== null, 10_000);
    expect(hook.crash).toEqual({ message: expect.stringContaining(FAULT) as string, runKept: true });
    const screen = page.locator('.crash-screen');
    expect(await screen.locator('h2').textContent()).toBe('Something went wrong, and the game stopped');
    expect(await screen.locator('.crash-message').textContent()).toBe(`${FAULT} in the incident scene's update`);
    // The stack is there for a bug report, folded away; never the main text.
    expect(await screen.locator('.crash-details').getAttribute('open')).toBeNull();
    expect(await screen.locator('.crash-details pre').isVisible()).toBe(false);
    expect(await screen.locator('.crash-run').textContent()).toMatch(/^Your run so far is kept: The Apache SNAFU, seed 2, 2 commands in \d+ (seconds?|minutes?) of game time\./);
    await screenshot(page, '30-crash-screen');
    // The game underneath is stopped: its clock does not move.
    const tick = hook.summary?.tick;
    await frames(page, 20);
    expect((await waitForHook(page, () => true)).summary?.tick).toBe(tick);
  });

  it('downloads the run so far as a replay file holding the commands typed', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('d')]);
    expect(download.suggestedFilename()).toBe('apache-snafu-seed2-replay.json');
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as { replayVersion: number; level: string; seed: number; commands: { type: string }[] };
    expect(json).toMatchObject({ replayVersion: 1, level: 'apache-snafu', seed: 2 });
    expect(json.commands.map((command) => command.type)).toEqual(['view-site', 'read-lb-stats']);
    const parsed = parseReplay(json, download.suggestedFilename());
    expect(parsed.ok).toBe(true);
  });

  it('goes back to a title that works, and a new shift plays', async () => {
    await page.keyboard.press('t');
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready && hook.crash === null, 20_000);
    expect(await page.locator('.crash-screen').count()).toBe(0);
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 3, 30_000);
  });
});

describe('a crash with no shift being played', () => {
  it('from an uncaught error says nothing is lost, and offers the title', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('q');
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await page.evaluate(() => void setTimeout(() => void JSON.parse('{"this is": not json}')));
    await waitForHook(page, (hook) => hook.crash !== null, 10_000);
    expect(await page.locator('.crash-message').textContent()).toMatch(/^SyntaxError: /);
    expect(await page.locator('.crash-run').textContent()).toBe('No shift was being played, so nothing is lost.');
    expect(await page.locator('.crash-screen [data-do="download"]').count()).toBe(0);
    await screenshot(page, '31-crash-no-run');
    await page.locator('.crash-screen [data-do="title"]').click();
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready && hook.crash === null, 20_000);
  });

  it('from an unhandled rejection says so too', async () => {
    await page.evaluate(() => void Promise.reject(new TypeError('a promise nobody waited for')));
    await waitForHook(page, (hook) => hook.crash !== null, 10_000);
    expect(await page.locator('.crash-message').textContent()).toBe('TypeError: a promise nobody waited for (in a task that was never finished)');
    await page.keyboard.press('t');
    const title = await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready && hook.crash === null, 20_000);
    await page.keyboard.press('l');
    await waitForHook(page, (hook) => hook.level !== title.level);
  });

  it('logged only the errors it caused on purpose', () => {
    const unexpected = errors.filter((error) => !/injected by the browser tests|SyntaxError|a promise nobody waited for/.test(error));
    expect(unexpected).toEqual([]);
  });
});
