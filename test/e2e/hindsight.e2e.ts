// Level "Hindsight", in a real browser and by keys alone: Robin asks you to look at the change first (a
// card says so, and when it goes out anyway), R holds it and tries it in staging, staging shows Apache
// failing, and the incident ends before it starts. The debrief shows what the fleet would have done, as
// the counterfactual it is.

import { beforeAll, describe, expect, it } from 'vitest';
import { gameForThisFile, screenshot, waitForHook, type Page } from './harness';
import { keyboardPlay } from './keyboard-play';

// With the facilitator's controls on, to see that their hint card gives way to the review card.
const game = gameForThisFile('?level=hindsight&speed=8&seed=1&skip-intro=1&facilitator=1');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const { press, choose, terminalText, waitForText } = keyboardPlay(() => page);

describe('hindsight: the change is tried before it goes out', () => {
  it('shows Robin asking on screen, with when the change goes out anyway and the key that answers', async () => {
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 8, 30_000);
    const card = page.locator('.intent-card .review');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toMatch(/Robin asks you to look at a change first: httpd pin 2\.2\.22, to every node\. Robin pushes it at \d\d:\d\d:\d\d unless you say otherwise\./);
    expect(await card.textContent()).toContain('R review');
    // A facilitator's hint would sit in the same place: it waits while the review card is up.
    await press('g');
    expect(await page.locator('.hint-card').isHidden()).toBe(true);
    await press('g');
    await press('p');
    await screenshot(page, '54-hindsight-review-asked');
    await press('p');
  });

  it('R holds it: Robin keeps it back, and the card says it waits for your word', async () => {
    await press('r');
    await choose('Hold it while I try it', "Robin's change: httpd pin 2.2.22");
    await waitForText('.intent-card .review', 'You held Robin');
    expect(await terminalText()).toMatch(/held the change/);
  });

  it('R tries it in staging, and what staging shows ends the incident before it starts', async () => {
    await press('r');
    await choose('Test 2.2.22 in staging', "Robin's change: httpd pin 2.2.22");
    expect(await terminalText()).toContain('$ staging test 2.2.22');
    const ended = await waitForHook(page, (hook) => hook.scene === 'end', 120_000);
    expect(ended.scene).toBe('end');
    expect(await page.locator('.debrief-left h1').textContent()).not.toMatch(/^The site is back/);
  });

  it('shows the counterfactual on the debrief: what the fleet would have done, labelled as such', async () => {
    const section = page.locator('.counterfactual');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('(a counterfactual)');
    expect(text).toMatch(/\d+ of \d+ web/);
    await screenshot(page, '55-hindsight-counterfactual');
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
