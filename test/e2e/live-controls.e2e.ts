// A facilitator at the projector (`?facilitator=1`), in a real browser: D pauses the room for discussion
// behind a large card with a question, G shows a hint card read from the player's view, and I injects
// what the level allows (the chat service fails, support escalates; a cat cannot leave when nobody came).
// The injections are commands in the run: the debrief's export holds them, given by the facilitator.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gameForThisFile, screenshot, waitForHook, type Page } from './harness';
import { keyboardPlay } from './keyboard-play';

const game = gameForThisFile('?level=apache-snafu&speed=8&seed=1&skip-intro=1&facilitator=1&shift-minutes=5');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const { press, choose, terminalText, alertsText, waitForText } = keyboardPlay(() => page);

describe("the facilitator's live controls", () => {
  it('name their keys in the top bar', async () => {
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 30, 30_000);
    expect(await page.locator('.top-bar .hints').textContent()).toBe('D discuss G hints I inject ? help');
  });

  it('D pauses for discussion behind a large card with a question for the room, and D resumes', async () => {
    await press('d');
    await page.locator('.discussion-card').waitFor({ state: 'visible' });
    const paused = await waitForHook(page, (hook) => hook.summary?.paused === true);
    expect(await page.locator('.discussion-question').textContent()).toMatch(/\?$/);
    expect(await page.locator('.discussion-title').textContent()).toMatch(/^Paused for discussion · \d\d:\d\d/);
    const size = await page.locator('.discussion-question').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
    await page.waitForTimeout(400);
    expect((await waitForHook(page, (hook) => hook.summary !== null)).summary!.tick).toBe(paused.summary!.tick);
    await screenshot(page, '52-paused-for-discussion');
    await press('d');
    await page.locator('.discussion-card').waitFor({ state: 'hidden' });
    await waitForHook(page, (hook) => hook.summary?.paused === false && hook.summary.tick > paused.summary!.tick);
  });

  it('G shows a hint card, and G hides it', async () => {
    await press('g');
    await page.locator('.hint-card').waitFor({ state: 'visible' });
    expect(await page.locator('.hint-card p').first().textContent()).toMatch(/\S{3,}.*\./);
    await press('p');
    await screenshot(page, '53-hint-card');
    await press('p');
    await press('g');
    await page.locator('.hint-card').waitFor({ state: 'hidden' });
  });

  it('I injects the chat outage: the team channel goes down, and the terminal says who did it', async () => {
    await press('i');
    await choose('The chat service fails', 'Inject what? (facilitator)');
    await page.locator('.chat-panel.channel-down').waitFor({ timeout: 10_000 });
    expect(await terminalText()).toContain('# facilitator: the chat service fails');
  });

  it('I injects a support escalation: the pager rings with what customers say', async () => {
    const before = (await waitForHook(page, (hook) => hook.summary !== null)).summary!.pagesOpen;
    await press('i');
    await choose('Support escalates', 'Inject what? (facilitator)');
    await waitForHook(page, (hook) => (hook.summary?.pagesOpen ?? 0) > before, 10_000);
    expect(await alertsText()).toMatch(/PAGE #\d+: Support/);
  });

  it('I refuses a cat leaving when no cat came: the terminal says why', async () => {
    await press('i');
    await choose('A cat has to leave', 'Inject what? (facilitator)');
    await waitForText('.terminal-feed', 'Nobody is at their desk to leave.');
  });

  it("puts the injections in the run: the debrief's export holds them, given by the facilitator", async () => {
    await waitForHook(page, (hook) => hook.scene === 'end', 90_000);
    const [download] = await Promise.all([page.waitForEvent('download'), press('j')]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    const injected = JSON.stringify(exported).match(/"type":"inject-event"[^}]*/g) ?? [];
    expect(injected.length).toBeGreaterThanOrEqual(2);
    for (const command of injected) expect(command).toContain('"by":"facilitator"');
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
