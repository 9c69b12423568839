// The pager rings for the shop itself, in a real browser on the Apache SNAFU: the monitoring checks the
// site through the load balancer as a customer would, and pages (tier "site") once the site has failed
// that check a few times, so the top bar's pager is not quiet while customers hurt. The site is taken
// down the quick way, by keys: Chef on every web server at once while the bad pin is in the cookbook.

import { beforeAll, describe, expect, it } from 'vitest';
import { gameForThisFile, screenshot, waitForHook, type Page } from './harness';
import { keyboardPlay } from './keyboard-play';

const game = gameForThisFile('?level=apache-snafu&speed=8&seed=1&skip-intro=1');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const { press, choose, terminalText, alertsText, waitForText } = keyboardPlay(() => page);

describe('the pager rings when the site degrades', () => {
  it('runs Chef on every web server at once once the bad pin is in, and the web servers break', async () => {
    // Robin pushes the pin 20 game seconds in.
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 30, 30_000);
    await press('2');
    await choose('Web servers, not the php7 nodes', 'Run Chef on which hosts?');
    await choose('All at once', 'How many at a time?');
    expect(await terminalText()).toContain('$ dsh -g web -x php7 -F 1000 chef-client');
    await waitForHook(page, (hook) => (hook.summary?.webServing ?? 120) < 60, 30_000);
  });

  it("pages for the shop's own check while the site is degraded: the pager says open, the alerts name the check", async () => {
    await waitForText('.alerts-feed', "CRITICAL www: the shop's check failed", 30_000);
    const hook = await waitForHook(page, (candidate) => candidate.summary !== null);
    expect(hook.summary!.siteStatus).not.toBe('healthy');
    const pager = (await page.locator('.top-bar .pager').textContent()) ?? '';
    expect(pager).not.toBe('Pager: quiet');
    expect(pager).toMatch(/^Pager: \d+ open \(K\)$/);
    expect(await page.locator('.top-bar .pager').getAttribute('class')).toContain('ringing');
    expect(await alertsText()).toMatch(/CRITICAL www: the shop's check failed \(\d+\.\d % errors, p50 [\d.]+ m?s\)/);
    expect(await alertsText()).toMatch(/PAGE #\d+: Shop: HTTP CRITICAL through the load balancer: \d+ % of requests failing, p50 [\d.]+ s/);
    await press('p');
    await screenshot(page, '45-pager-site-check');
    await press('p');
  });

  it('the top bar and the dashboards show the same minute, frame after frame, at speed 8', async () => {
    const seen: string[] = [];
    for (let round = 0; round < 15; round++) {
      // Read both in one animation frame, as the player's eye would.
      const pair = await page.evaluate(
        () =>
          new Promise<{ bar: string; p50: string; errors: string }>((resolve) =>
            requestAnimationFrame(() => {
              const values = [...document.querySelectorAll('.canvas-label.value')].map((label) => label.textContent ?? '');
              resolve({ bar: document.querySelector('.top-bar .site')?.textContent ?? '', p50: values[0] ?? '', errors: values[1] ?? '' });
            }),
          ),
      );
      const figures = /p50 (.+), (.+) errors$/.exec(pair.bar);
      if (figures) {
        expect(`${figures[1]} | ${figures[2]}`, pair.bar).toBe(`${pair.p50} | ${pair.errors}`);
        seen.push(pair.bar);
      }
      await page.waitForTimeout(170);
    }
    // The site was degraded and the graphs were up throughout: every round compared figures.
    expect(seen.length).toBeGreaterThanOrEqual(10);
  });

  it('K answers the shop page like any other', async () => {
    const shopPage = /PAGE #(\d+): Shop:/.exec(await alertsText())![1]!;
    await press('k');
    expect(await terminalText()).toContain('$ ack');
    await waitForText('.alerts-feed', `Page #${shopPage} acknowledged.`);
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
