// The tutorial, "A quiet shift", in a real browser, played by keys alone from the title: every one of its
// guide's eleven steps done with the action keys and their numbered menus (no click: the look and the
// canary pick their host from a numbered list), the card moving on to the next step each time, and the
// shift handed over at the end. Screenshots of the card at several steps go to test-output/screenshots.

import { beforeAll, describe, expect, it } from 'vitest';
import { gameForThisFile, screenshot, waitForHook, type Hook, type Page } from './harness';
import { storySteps } from './story-steps';
import { keyboardPlay } from './keyboard-play';

// No level in the address: the tutorial is the first level on the title. Speed 8 on its pace of 3 game
// seconds a second is 24 game seconds a second.
const game = gameForThisFile('?speed=8&seed=1');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const { press, choose, terminalText, waitForText } = keyboardPlay(() => page);

const STEPS = 11;
const TITLES = [
  'Have a look',
  'Stop the spread',
  'Answer the page',
  'Tell the team',
  'Ask a cat for help',
  'Tell the customers',
  'Fix it forward',
  'Canary: one host first',
  'Roll out to the rest',
  'Switch the kill switch back',
  'Say it is over',
];

const inIncident = (hook: Hook) => hook.scene === 'incident' && hook.summary !== null;

/** The card shows step `n` (1-based) with its title; a note confirms the step before it, when there is one. */
async function expectStep(n: number, timeout = 30_000): Promise<void> {
  await waitForText('.guide-card .guide-count', `Step ${n} of ${STEPS}`, timeout).catch(async (error: unknown) => {
    const card = await page.locator('.guide-card').textContent();
    throw new Error(`the guide card did not reach step ${n} (${TITLES[n - 1]}) within ${timeout} ms; it shows: ${card}`, { cause: error });
  });
  expect(await page.locator('.guide-card .guide-title').textContent()).toBe(TITLES[n - 1]);
  if (n > 1) expect(await page.locator('.guide-card .guide-note').textContent()).toMatch(new RegExp(`^✓ ${escape(TITLES[n - 2]!)}\\.`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One story: a step that fails leaves the rest nothing to stand on (story-steps).
const step = storySteps('the tutorial');

describe('the tutorial, a quiet shift, by keys alone', () => {
  step('is the first level on the title, and Enter twice starts it with the card at step 1', async () => {
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
    expect((await waitForHook(page, (hook) => hook.level !== null)).level).toBe('a-quiet-shift');
    expect(await page.locator('.title-menu .primary').textContent()).toContain('A quiet shift');
    await press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    await press('Enter');
    await waitForHook(page, inIncident, 20_000);
    await expectStep(1);
    expect(await page.locator('.guide-card .guide-note').isVisible()).toBe(false);
    expect(await page.locator('.guide-card .guide-text').textContent()).toContain('press 3');
  });

  step('1. looks at web-03 once it breaks: 3, the host from the numbered list, ssh', async () => {
    // Robin's change breaks web-03 about a minute in, and Robin says so across the desk.
    await waitForHook(page, (hook) => (hook.summary?.apacheDown ?? 0) >= 1, 30_000);
    await waitForText('.chat-panel', 'web-03 upgraded Apache and now it won', 30_000);
    await screenshot(page, '40-tutorial-step-1');
    await press('3');
    await choose(/^1web-03/, 'Look at which host? (or click a tile first)');
    await choose('ssh in', 'How to look at web-03?');
    expect(await terminalText()).toContain('$ ssh web-03');
    await waitForText('.terminal-feed', 'ssh web-03: httpd 2.2.22');
    await expectStep(2);
  });

  step('2. stops chef-client on the web and tools hosts, 10 at a time: the kill switch', async () => {
    await press('1');
    await choose('Stop chef-client', 'chef-client: the kill switch');
    await choose('Web and tools hosts', 'Stop chef-client on which hosts?');
    await choose('10 at a time', 'How many at a time?');
    expect(await terminalText()).toContain('$ dsh -g web,tools -F 10 systemctl stop chef-client');
    await expectStep(3);
    expect((await waitForHook(page, (hook) => (hook.summary?.chefStopped ?? 0) >= 12)).summary!.chefStopped).toBe(12);
  });

  step('3. answers the page with K once the pager rings', async () => {
    await waitForHook(page, (hook) => (hook.summary?.pagesOpen ?? 0) > 0, 30_000);
    expect(await page.locator('.top-bar .pager').textContent()).toMatch(/^Pager: \d+ open/);
    await press('k');
    await expectStep(4);
    await screenshot(page, '40b-tutorial-step-4');
  });

  step('4. tells the team what is happening, with the wording that says so', async () => {
    await press('9');
    await choose('Say what is happening', 'Post in #ops');
    await choose("Robin's Apache pin bump broke web-03", /^Say what is happening: which words\?$/);
    await expectStep(5);
    expect(await page.locator('.chat-panel').textContent()).toContain("you: Robin's Apache pin bump broke web-03");
  });

  step('5. asks the cats for help with C', async () => {
    await press('c');
    await choose('Ask for help', 'Your team');
    expect(await terminalText()).toContain('$ page');
    await expectStep(6);
  });

  step('6. tells the customers the site is degraded, with the update they can act on', async () => {
    await press('8');
    await choose('Degraded', 'Post to the external status page');
    await choose('Some pages are slow right now', 'Degraded: what do customers read?');
    await expectStep(7);
  });

  step('7. fixes the cookbook forward from the cookbook menu', async () => {
    await press('7');
    await choose('Fix the cookbook forward', 'Cookbook and packages');
    expect(await terminalText()).toContain('$ knife upload apache-fix');
    await expectStep(8);
    await waitForText('.terminal-feed', 'Cookbook fixed');
  });

  step('8. canaries the fix on web-03 alone: 2, "One canary host…", the host by its number', async () => {
    await press('2');
    await choose('One canary host…', 'Run Chef on which hosts?');
    await choose(/^\dweb-03/, 'Run Chef on which one host first? (a canary)');
    // The same line a click on the tile and "Just web-03" would have typed: one host, one at a time.
    expect(await terminalText()).toContain('$ dsh -m web-03 -F 1 chef-client');
    await waitForText('.terminal-feed', 'You started a Chef run on 1 host, 1 at a time.');
    await screenshot(page, '41-tutorial-canary');
    await expectStep(9, 30_000);
    await waitForText('.terminal-feed', 'Done: a Chef run on 1 host.');
    expect(await terminalText()).not.toMatch(/You started a Chef run on (?!1 host)\d+ hosts/);
  });

  step('9. rolls the fix out to the rest, 10 at a time, and every web server serves again', async () => {
    await press('2');
    await choose('Web and tools hosts', 'Run Chef on which hosts?');
    await choose('10 at a time', 'How many at a time?');
    expect(await terminalText()).toContain('$ dsh -g web,tools -F 10 chef-client');
    await expectStep(10, 40_000);
    await waitForHook(page, (hook) => hook.summary?.webServing === 10, 30_000);
  });

  step('10. switches chef-client back on on the web and tools hosts', async () => {
    await press('1');
    await choose('Start chef-client again', 'chef-client: the kill switch');
    await choose('Web and tools hosts', 'Start chef-client on which hosts?');
    await choose('10 at a time', 'How many at a time?');
    await expectStep(11);
    await waitForHook(page, (hook) => hook.summary?.chefStopped === 0, 30_000);
  });

  step('11. says it is over: Operational on the status page, then the all-clear in #ops', async () => {
    await press('8');
    await choose('Operational', 'Post to the external status page');
    // One step, two conditions: the card stays on step 11 until both are done.
    expect(await page.locator('.guide-card .guide-count').textContent()).toBe(`Step 11 of ${STEPS}`);
    await press('9');
    await choose('All clear', 'Post in #ops');
    await waitForText('.guide-card .guide-count', `Guide done: ${STEPS} of ${STEPS} steps`);
    expect(await page.locator('.guide-card .guide-title').textContent()).toBe('All done');
    expect(await page.locator('.guide-card .guide-text').textContent()).toContain('press H to hand over');
    expect(await page.locator('.guide-card').getAttribute('class')).toContain('finished');
    await screenshot(page, '42-tutorial-done');
  });

  step('hands over with H once the site is healthy, and reaches the debrief', async () => {
    await waitForHook(page, (hook) => hook.summary?.resolved === true, 40_000);
    await press('h');
    await choose('Hand over now', 'Hand over and end the shift?');
    await waitForHook(page, (hook) => hook.scene === 'end', 20_000);
    expect(await page.locator('.debrief-left h1').textContent()).toMatch(/^The site is back/);
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
