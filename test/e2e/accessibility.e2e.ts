// axe-core on every screen of the game, in a real browser: the title (and its Settings and About
// panels), the briefing, the incident screen at the start, with the help, the pause menu and a chooser
// open, and graph-blind later, the debrief, the facilitator's page, and kiosk mode's attract loop and
// board. Any serious or critical violation fails, named by rule, impact and the first elements it found.
// The incident screen's own structure for screen readers is checked too: its heading, the named regions
// of its panels, the feeds as focusable logs, the two live regions and the fleet in words.

import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { browserForThisFile, frames, openPage, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();

/**
 * Violations in files the accessibility work of this change does not own, reported to their owners and
 * accepted here only until their fix is merged: each names the rule and a piece of the element's selector.
 * Remove an entry once its fix lands; the test then holds the screen to no serious violation at all.
 */
const KNOWN_IN_OTHER_FILES: readonly { rule: string; target: string; screen?: string; why: string }[] = [];

interface Found {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

async function seriousViolations(page: Page, screen: string): Promise<Found[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
    .map((found) => ({
      ...found,
      targets: found.targets.filter(
        (target) => !KNOWN_IN_OTHER_FILES.some((known) => known.rule === found.rule && target.includes(known.target) && (known.screen === undefined || known.screen === screen)),
      ),
    }))
    .filter((found) => found.targets.length > 0);
}

/** Fails with every serious or critical violation on the page as it is now, by rule, impact and first targets. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = await seriousViolations(page, screen);
  const report = found.map((violation) => `${violation.rule} (${violation.impact}): ${violation.help} at ${violation.targets.slice(0, 4).join(' | ')}`);
  expect(report, `axe on ${screen}`).toEqual([]);
}

async function open(query: string, path = '/', viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  return openPage(served.browser(), `${served.url()}${path}${query}`, viewport);
}

describe('the title', () => {
  it('has no serious violation, nor with the Settings or the About panel open', async () => {
    const { page, errors } = await open('?seed=1');
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await frames(page, 3);
    await expectAccessible(page, 'title');
    await page.keyboard.press('s');
    await page.locator('.screen-panel').waitFor();
    await expectAccessible(page, 'title with Settings');
    await screenshot(page, 'a11y-title-settings');
    await page.keyboard.press('Escape');
    await frames(page, 2);
    await page.keyboard.press('a');
    await page.locator('.screen-panel').waitFor();
    await expectAccessible(page, 'title with About');
    await screenshot(page, 'a11y-title-about');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the briefing and the incident screen', () => {
  let page: Page;
  let errors: string[];

  it('the briefing has no serious violation', async () => {
    ({ page, errors } = await open('?level=apache-snafu&seed=1&speed=8'));
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing' && hook.ready);
    await frames(page, 3);
    await expectAccessible(page, 'briefing');
    await screenshot(page, 'a11y-briefing');
  });

  it('the incident screen at the start: a heading, named regions, focusable logs, empty live regions, the fleet in words', async () => {
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1);
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    expect(await page.locator('[role="main"] h1').textContent()).toBe('Incident: The Apache SNAFU');
    for (const name of ['Pager and alerts', 'Chat', 'Terminal', 'Your team']) expect(await page.getByRole('region', { name, exact: true }).count(), name).toBe(1);
    const alertFeed = page.getByRole('log', { name: 'Alert feed' });
    expect(await alertFeed.getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('log', { name: 'Chat in #ops' }).count()).toBe(1);
    expect(await page.locator('[role="status"][aria-live="polite"].announcer').count()).toBe(1);
    expect(await page.locator('[role="alert"][aria-live="assertive"].announcer').count()).toBe(1);
    // The list is rewritten at most twice a second: the one for the paused tick may still be on its way.
    const fleetList = page.getByRole('region', { name: 'The fleet, as text' }).locator('li');
    await expect.poll(async () => (await fleetList.allTextContents()).at(-2)).toMatch(/of 120 serving/);
    const fleet = await fleetList.allTextContents();
    // One line a tier, then the pools from the graphs (the level has eleven tiers).
    expect(fleet).toHaveLength(13);
    expect(fleet[0]).toMatch(/^Web servers: 113 hosts[,:] /);
    expect(fleet.at(-2)).toMatch(/^Web pool: \d+ of 120 serving, .* from the graphs\.$/);
    await expectAccessible(page, 'incident at the start');
    await screenshot(page, 'a11y-incident-start');
  });

  it('with the help, the pause menu or a chooser open, has no serious violation', async () => {
    await page.keyboard.press('?');
    await frames(page, 2);
    await expectAccessible(page, 'incident with the help');
    await screenshot(page, 'a11y-incident-help');
    await page.keyboard.press('Escape');
    await frames(page, 2);
    await page.keyboard.press('Escape');
    await frames(page, 2);
    await expectAccessible(page, 'incident with the pause menu');
    await screenshot(page, 'a11y-incident-menu');
    await page.keyboard.press('Escape');
    await frames(page, 2);
    await page.keyboard.press('1');
    await page.locator('.chooser').waitFor();
    await expectAccessible(page, 'incident with a chooser');
    await screenshot(page, 'a11y-incident-chooser');
    await page.keyboard.press('Escape');
    await frames(page, 2);
  });

  it('graph-blind, has no serious violation, and the fleet in words says it is blind', async () => {
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.toolsUp['host-status'] === false, 120_000);
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    await page.waitForTimeout(600);
    const fleet = await page.getByRole('region', { name: 'The fleet, as text' }).locator('li').allTextContents();
    expect(fleet[0]).toMatch(/^Graph-blind: the Nagios UI is down\./);
    expect(fleet).toContain('Web servers: 113 hosts, all unknown.');
    await expectAccessible(page, 'incident graph-blind');
    await screenshot(page, 'a11y-incident-blind');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the tutorial's incident screen, with its guide card", () => {
  it('has no serious violation', async () => {
    const { page, errors } = await open('?level=a-quiet-shift&seed=1&skip-intro=1');
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1);
    await page.keyboard.press('p');
    await page.locator('.guide-card').waitFor();
    await expectAccessible(page, 'tutorial incident');
    await screenshot(page, 'a11y-tutorial');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the debrief', () => {
  it('has no serious violation', async () => {
    const { page, errors } = await open('?level=conference-cut&seed=1&speed=8&skip-intro=1&shift-minutes=1');
    await waitForHook(page, (hook) => hook.scene === 'end' && hook.ready, 90_000);
    await frames(page, 3);
    expect(await page.locator('h1').count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'debrief');
    await screenshot(page, 'a11y-debrief');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the facilitator's page", () => {
  it('has no serious violation', async () => {
    const { page, errors } = await open('', '/facilitator.html');
    await page.locator('h1').waitFor();
    await expectAccessible(page, "facilitator's page");
    await screenshot(page, 'a11y-facilitator');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('kiosk mode', () => {
  it('the attract loop and the board have no serious violation', { timeout: 300_000 }, async () => {
    const { page, errors } = await open('?kiosk=1&kiosk-pace=4&seed=1', '/', { width: 1920, height: 1080 });
    await waitForHook(page, (hook) => hook.kiosk?.phase === 'attract' && hook.scene === 'incident' && hook.ready, 60_000);
    await frames(page, 3);
    await expectAccessible(page, 'kiosk attract');
    await screenshot(page, 'a11y-kiosk-attract');
    // The board shows for 15 s of booth time, under 4 s at this pace: axe runs as soon as it is up, and the
    // board must still be up once axe is done, or the check would have read the next attract loop.
    await waitForHook(page, (hook) => hook.kiosk?.phase === 'board' && hook.scene === 'kiosk-board', 200_000);
    await screenshot(page, 'a11y-kiosk-board');
    await expectAccessible(page, 'kiosk board');
    expect((await waitForHook(page, (hook) => hook.kiosk !== null)).scene).toBe('kiosk-board');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
