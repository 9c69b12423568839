// The facilitator's page in the built game, under its strict Content-Security-Policy: a room's exported
// runs picked at once, a file that is not a run named while the others load, the runs side by side (with
// when each was played), the timeline's labels apart, the live-controls links on the runs' level and
// seed, Large text remembered across a reload, and one run watched on the incident screen with its
// commands in the terminal as they are given.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debriefExport } from '../../src/session/debrief-export';
import { referenceRun } from '../support/debrief-of';
import { browserForThisFile, screenshot, waitForHook } from './harness';

const served = browserForThisFile();

function roomFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snafu-room-'));
  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const playedAt = '2026-12-01T10:00:00.000Z';
  return [
    write('ada.json', JSON.stringify(debriefExport(referenceRun('skilled', 2).debrief, { player: 'Ada <b>Lovelace</b>', playedAt }))),
    write('grace.json', JSON.stringify(debriefExport(referenceRun('historical', 2).debrief, { player: 'Grace', playedAt }))),
    write('notes.json', '{ this is not a run'),
  ];
}

describe("the facilitator's page", () => {
  it('loads a room’s runs side by side, names the file that is not one, and plays a run on the incident screen', async () => {
    const context = await served.browser().newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(`console.error: ${message.text()}`)));
    await page.goto(`${served.url()}/facilitator.html`, { waitUntil: 'load', timeout: 60_000 });
    // Large text is remembered across a reload (the page's own key in localStorage), then switched off again.
    await page.locator('#large-text').click();
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    expect(await page.locator('#large-text').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#large-text').click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(false);
    expect(await page.locator('#live-controls').getAttribute('href')).toBe('./?facilitator=1');

    await page.locator('#pick-runs').setInputFiles(roomFiles());
    await page.locator('.room-table tbody tr').nth(1).waitFor({ timeout: 30_000 });
    const rows = await page.locator('.room-table tbody tr .who').allTextContents();
    expect(rows).toHaveLength(2);
    // A name is text, never markup.
    expect(rows.join(' ')).toContain('Ada <b>Lovelace</b>');
    expect(await page.locator('#refused').textContent()).toContain('notes.json');
    // When each run was played, in the browser's local time.
    for (const played of await page.locator('.room-table tbody td.played').allTextContents()) expect(played).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    // Both runs are of one level on one seed: the live controls open that incident.
    expect(await page.locator('#live-controls').getAttribute('href')).toBe('./?facilitator=1&level=apache-snafu&seed=2');
    expect(await page.locator('#live-controls-projector').getAttribute('href')).toBe('./?facilitator=1&projector=1&level=apache-snafu&seed=2');
    // No moment's label covers another's on the shared timeline, as drawn.
    const labels = await page
      .locator('.timeline .label-back')
      .evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number }));
    expect(labels.length).toBeGreaterThan(2);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) expect(a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5).toBe(false);
    await screenshot(page, '50-facilitator');
    expect(problems).toEqual([]);

    // The incident screen as a player's laptop shows it.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('.room-table tbody tr', { hasText: 'Ada' }).locator('button', { hasText: 'Watch' }).click();
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 60, 60_000);
    expect(await page.locator('.watch-banner').textContent()).toContain('Ada <b>Lovelace</b>’s run');
    await page.waitForFunction(() => [...document.querySelectorAll('.terminal-feed div')].some((line) => line.textContent?.startsWith('▶ ')), undefined, { timeout: 30_000 });
    await screenshot(page, '51-watching-a-players-run');
    expect(problems.filter((problem) => !/WebGL|GPU stall/.test(problem))).toEqual([]);
    await context.close();
  });
});
