// A whole shift in a real browser, played as a person would: keys and clicks and typed terminal lines,
// never calls into the simulation. Start from the title, read the briefing, stop the spread, look out of
// band, fix the cookbook forward, restore the monitoring first, roll out, tell people, and reach the end.
// Every screen is written to test-output/screenshots for a human to look at.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAME_VERSION } from '../../src/session/game-version';
import type { DebriefExport } from '../../src/session/debrief-export';
import { frames, gameForThisFile, screenshot, waitForHook, type Hook, type Page } from './harness';
import { storySteps } from './story-steps';
import { topBarClashes } from './top-bar-layout';

// Speed 8: the level's hour plays in about a minute and a half of real time.
const game = gameForThisFile('?speed=8&seed=3&level=apache-snafu');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const atLeastTick = (tick: number) => (hook: Hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= tick;

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await frames(page);
  }
}

async function type(line: string): Promise<void> {
  await press('t');
  await page.keyboard.type(line);
  await press('Enter', 'Escape');
}

async function terminalText(): Promise<string> {
  return (await page.locator('.terminal-feed').textContent()) ?? '';
}

// One story: a step that fails leaves the rest nothing to stand on (story-steps).
const step = storySteps('the shift');

describe('a shift played through the UI', () => {
  step('opens on the title, and Enter goes to the briefing', async () => {
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 20_000);
    await screenshot(page, '01-title');
    await press('a');
    await page.waitForSelector('.screen-panel', { timeout: 10_000 });
    expect(await page.locator('.screen-panel').textContent()).toContain('Catching the Apache SNAFU');
    await screenshot(page, '02-about');
    await press('Escape', 'Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    expect(await page.locator('.briefing-keys').textContent()).toContain('stop or start chef-client');
    // Every key's line fits on the screen.
    const keys = (await page.locator('.briefing-keys').boundingBox())!;
    expect(keys.y + keys.height).toBeLessThanOrEqual(720);
    await screenshot(page, '03-briefing');
  });

  step('starts the incident from the keyboard, with a name for the exports, and pauses with P', async () => {
    // The first briefing asks for a name (optional): N enters the field, Enter keeps it and starts.
    expect(await page.locator('.player-name.asking').count()).toBe(1);
    await press('n');
    await page.keyboard.type('Ada Lovelace');
    await press('Enter');
    await waitForHook(page, atLeastTick(1), 20_000);
    await press('p');
    const paused = await waitForHook(page, (hook) => hook.summary?.paused === true);
    // A few dozen frames later the game clock has not moved.
    await frames(page, 30);
    expect((await waitForHook(page, () => true)).summary?.tick).toBe(paused.summary?.tick);
    await press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === false);
  });

  step('stops chef-client on web, api and tools with the kill switch key as soon as Robin speaks up', async () => {
    await waitForHook(page, atLeastTick(62), 30_000);
    await press('1');
    await screenshot(page, '04-chooser');
    await press('1', '1', '1');
    await waitForHook(page, (hook) => (hook.summary?.chefStopped ?? 0) > 150, 30_000);
    expect(await terminalText()).toContain('dsh -g web,api,tools -x php7 -F 25 systemctl stop chef-client');
  });

  step('looks at the broken host and the mirror, tells the channel and sheds load', async () => {
    await press('3', '1', '1');
    await press('7', '1');
    // Posts offer wordings with real differences: the update with impact and next step, not "looking into it".
    await press('9', '1', '1');
    // Call Miso (Chef and yum) from the team menu, and keep everyone off the php7 boxes.
    await press('c');
    await page.locator('.chooser button', { hasText: 'Miso' }).click();
    await press('9', '4');
    // A running summary lets Miso catch up in seconds rather than minutes.
    await press('9', '3');
    await press('6', '1');
    // The status page: degraded, with the update customers can act on (the second wording).
    await press('8', '1', '2');
    await page.waitForFunction(() => document.querySelector('.terminal-feed')?.textContent?.includes('ssh web-017: httpd 2.2.22'), undefined, { timeout: 30_000 });
    expect(await terminalText()).toContain('Mirror: httpd 2.2.22');
    expect(await page.locator('.chat-panel').textContent()).toContain("Apache won't start on web-017");
    await screenshot(page, '05-incident-early');
  });

  step('acknowledges the pages', async () => {
    await waitForHook(page, (hook) => (hook.summary?.pagesOpen ?? 0) > 0, 60_000);
    await press('k');
    // The pager's feed says so at once; pages keep coming while hosts break, and K takes what is open.
    await page.waitForFunction(() => /Page #\d+ acknowledged/.test(document.querySelector('.alerts-feed')?.textContent ?? ''), undefined, { timeout: 30_000 });
  });

  step('gives Miso a job by clicking the desk, and sees the report as a bubble and in chat', async () => {
    await waitForHook(page, (hook) => hook.summary?.team['Miso'] === 'idle', 60_000);
    // Paused, the job menus can be read at leisure; the job starts once the clock runs again.
    await press('p');
    await page.locator('.team-strip .desk[data-responder="miso"]').click();
    await screenshot(page, '05b-job-for-a-cat');
    await press('1', '1');
    expect(await terminalText()).toContain('job miso investigate broken-host');
    await press('p');
    const report = /(dropped \/etc\/httpd\/conf.d\/welcome.conf, so the restart failed|every Apache I checked is either running)/;
    // A long report may be cut in its bubble between clauses ("(more in chat)"); its start is in a bubble, the whole in chat.
    const start = /(dropped \/etc\/httpd\/conf.d\/welcome.conf|every Apache I checked is either running)/;
    await page.waitForFunction((source) => [...document.querySelectorAll('.team-strip .speech-bubble')].some((bubble) => new RegExp(source).test(bubble.textContent ?? '')), start.source, {
      timeout: 60_000,
    });
    await screenshot(page, '05c-cat-reports');
    expect(await page.locator('.chat-panel').textContent()).toMatch(new RegExp(`Miso: .*${report.source}`));
  });

  step('fixes the cookbook forward, canaries it from the terminal, restores monitoring, rolls out and turns chef-client back on', async () => {
    await press('7', '2');
    await page.waitForFunction(() => document.querySelector('.terminal-feed')?.textContent?.includes('Cookbook fixed'), undefined, { timeout: 30_000 });
    await type('ssh web-001 chef-client');
    await type('dsh -g tools -F 7 chef-client');
    await press('2', '2', '1');
    await press('2', '3', '1');
    // With the cookbook fixed, chef-client can go back on at once: its next runs converge safely.
    await press('1', '2', '1', '1');
    // Slower from here, so the closing steps land well inside the quiet minutes before the shift ends.
    await press('-', '-');
    await screenshot(page, '06-rolling-out');
    await waitForHook(page, (hook) => hook.summary?.speed === 2);
    // Every web host back in the load balancer's pool, the php7 survivors included.
    // Web and api only: a developer VM that took the upgrade late stays broken until its own next run.
    await waitForHook(page, (hook) => hook.summary?.siteStatus === 'healthy' && hook.summary.webServing === 120, 180_000);
    await waitForHook(page, (hook) => hook.summary?.chefStopped === 0, 60_000);
  });

  step('turns load shedding off, updates the status page and gives the all-clear', async () => {
    await press('6', '1');
    await press('8', '4');
    await press('9', '6');
    await screenshot(page, '07-recovered');
  });

  step('is invited to hand over once the incident is resolved, and hands over with H', async () => {
    await press('+', '+');
    // The shift no longer ends by itself after resolution: it waits for the player.
    await waitForHook(page, (hook) => hook.summary?.resolved === true, 120_000);
    await press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    expect(await page.locator('.top-bar .hand-over').textContent()).toBe('Site healthy: press H to hand over');
    expect(await page.locator('.top-bar .hints').isVisible()).toBe(false);
    expect(await page.locator('.action-bar button[data-key="H"]').getAttribute('class')).toContain('ready');
    expect(await topBarClashes(page)).toEqual([]);
    await screenshot(page, '07b-hand-over-invited');
    await press('h');
    expect(await page.locator('.chooser h3').textContent()).toBe('Hand over and end the shift?');
    await screenshot(page, '07c-hand-over-asked');
    await press('1', 'p');
    expect(await terminalText()).toContain('$ handover');
  });

  step('reaches the end of the shift with its timeline', async () => {
    await waitForHook(page, (hook) => hook.scene === 'end', 60_000);
    expect(await page.locator('.debrief-left h1').textContent()).toMatch(/^The site is back/);
    expect(await page.locator('.debrief-timeline li.you').count()).toBeGreaterThan(10);
    // Each of your actions sits beside what could be seen just before it.
    expect(await page.locator('.debrief-timeline li.you .seen').first().textContent()).toMatch(/^seen then: Nagios/);
    await screenshot(page, '08-end');
  });

  step('scores the run from what happened, family by family, with the reasons and what would have helped', async () => {
    const hook = await waitForHook(page, (candidate) => candidate.debrief !== undefined);
    const debrief = hook.debrief!;
    // A careful, well-communicated run: a high total, every family shown, each with its reasons.
    expect(debrief.total).toBeGreaterThan(60);
    expect(Object.keys(debrief.families).sort()).toEqual(['customer-impact', 'kill-switches', 'staging', 'team-communication', 'visibility']);
    expect(await page.locator('.score-total .total').textContent()).toBe(String(debrief.total));
    expect(debrief.best).toBe(true);
    await press('2');
    expect(await page.locator('.debrief-body .reasons li').count()).toBeGreaterThan(10);
    await screenshot(page, '08b-why-this-score');
    // The reasons run longer than the screen: the arrow and page keys scroll them.
    const scrolled = (): Promise<number> => page.locator('.debrief-body').evaluate((element) => element.scrollTop);
    await press('PageDown');
    const paged = await scrolled();
    expect(paged).toBeGreaterThan(0);
    await press('ArrowDown');
    expect(await scrolled()).toBeGreaterThan(paged);
    await press('ArrowUp');
    expect(await scrolled()).toBe(paged);
    await press('PageUp');
    expect(await scrolled()).toBe(0);
    await press('3');
    expect(await page.locator('.debrief-body h4').allTextContents()).toContain('Understand your automation');
    await screenshot(page, '08c-what-would-have-helped');
  });

  step('downloads the debrief as Markdown and as JSON', async () => {
    const [markdown] = await Promise.all([page.waitForEvent('download'), press('d')]);
    // Level, seed, name, date and time: six laptops' files never collide.
    expect(markdown.suggestedFilename()).toMatch(/^apache-snafu-seed3-ada-lovelace-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
    const text = readFileSync(await markdown.path(), 'utf8');
    expect(text).toMatch(/^# Debrief: The Apache SNAFU/);
    expect(text).toMatch(/Played by Ada Lovelace on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./);
    expect(text).toContain('## What would have helped');
    const [json] = await Promise.all([page.waitForEvent('download'), press('j')]);
    const data = JSON.parse(readFileSync(await json.path(), 'utf8')) as DebriefExport & { replay: { commands: unknown[] } };
    expect(data).toMatchObject({ format: 'apache-snafu-debrief', seed: 3, level: { id: 'apache-snafu' }, player: 'Ada Lovelace', gameVersion: GAME_VERSION });
    expect(Date.parse(data.playedAt)).not.toBeNaN();
    expect(data.score.total).toBe((await waitForHook(page, (hook) => hook.debrief !== undefined)).debrief!.total);
    expect(data.commands.length).toBeGreaterThan(10);
    // The export carries the run as a replay file, for npm run sim -- --replay.
    expect(data.replay).toMatchObject({ replayVersion: 1, level: 'apache-snafu', seed: 3 });
    expect(data.replay.commands.length).toBe(data.commands.length);
  });

  step('watches the run again, faster, and comes back to the same score', async () => {
    const total = (await waitForHook(page, (hook) => hook.debrief !== undefined)).debrief!.total;
    await press('w');
    await waitForHook(page, (hook) => hook.scene === 'incident');
    expect(await page.locator('.watch-banner').textContent()).toContain('Watching your run again');
    await screenshot(page, '09-watching-again');
    await waitForHook(page, (hook) => hook.scene === 'end', 120_000);
    const again = await waitForHook(page, (hook) => hook.debrief !== undefined);
    expect(again.debrief!.total).toBe(total);
    // The same run watched again does not count as a new score.
    expect(again.debrief!.best).toBe(null);
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
