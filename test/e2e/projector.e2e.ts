// Projector mode in a real browser at 1920x1080, the size a facilitator projects the game at: `?projector=1`
// makes the text larger, bolder and brighter and the fleet's tiles larger, with no two panels, labels or
// racks on top of one another and no text cut off or off screen (at 1920x1080, and at 1280x720 too), on
// the incident screen, the title and the debrief. On the title, P (or the button it names, reached with
// Tab) turns it on and off and the choice is saved; the page option alone is not.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/create-state';
import { layoutFleet } from '../../src/views/fleet-layout';
import { FLEET_COLUMN_HEIGHTS, INCIDENT_LAYOUT } from '../../src/views/incident-layout';
import { SCREEN } from '../../src/views/palette';
import { trafficLayout, trafficPictures } from '../../src/views/traffic-layout';
import { bundledLevel } from '../support/level-files';
import { browserForThisFile, frames, openPage, screenshot, waitForHook, type Page } from './harness';
import { topBarClashes } from './top-bar-layout';

const served = browserForThisFile();
const FULL_HD = { width: 1920, height: 1080 };
const INCIDENT = '?projector=1&skip-intro=1&level=apache-snafu&seed=1&speed=8';
const opened: Page[] = [];
/** Each page's errors, read at the end. */
const errors: string[][] = [];

async function open(query: string, viewport = FULL_HD): Promise<Page> {
  const { page, errors: pageErrors } = await openPage(served.browser(), `${served.url()}/${query}`, viewport);
  opened.push(page);
  errors.push(pageErrors);
  return page;
}

afterAll(async () => {
  for (const page of opened) await page.context().close();
});

/** A box in the game's own units (1280x720), whatever the window's size. */
interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What the incident screen shows, in screen units: its DOM panels (the legend with them), and the words
 * of every canvas label (the extent of the text, not its box) and of the desks.
 */
function screenBoxes(page: Page): Promise<{ panels: Box[]; labels: Box[] }> {
  return page.evaluate((screenWidth) => {
    const layer = document.getElementById('ui-layer')!;
    const origin = layer.getBoundingClientRect();
    const scale = origin.width / screenWidth;
    const shown = (element: Element): boolean => element.getClientRects().length > 0 && !(element as HTMLElement).hidden;
    const toBox = (name: string, rect: DOMRect): Box => ({
      name,
      left: (rect.left - origin.left) / scale,
      top: (rect.top - origin.top) / scale,
      right: (rect.right - origin.left) / scale,
      bottom: (rect.bottom - origin.top) / scale,
    });
    const words = (element: Element): DOMRect => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    };
    const panels = [...layer.querySelectorAll('.top-bar, .panel, .action-bar, .legend, .intent-card, .guide-card')]
      .filter(shown)
      .map((element) => toBox(element.className, element.getBoundingClientRect()));
    const labels = [...layer.querySelectorAll('.canvas-label:not(.legend), .team-strip .desk-name, .team-strip .desk-status, .team-hint')]
      .filter((element) => shown(element) && (element.textContent ?? '').trim() !== '')
      .map((element) =>
        toBox(
          `${element.className} "${(element.textContent ?? '').replace(/\s+/g, ' ').slice(0, 30)}"`,
          element.matches('.dark-dashboards, .fog') ? element.getBoundingClientRect() : words(element),
        ),
      );
    return { panels, labels };
  }, SCREEN.width);
}

function overlap(a: Box, b: Box): boolean {
  // A pixel of the game's units to spare: rounding, and borders that touch.
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
}

function clashes(boxes: readonly Box[]): string[] {
  return boxes.flatMap((box, index) => boxes.slice(index + 1).flatMap((other) => (overlap(box, other) ? [`${box.name} overlaps ${other.name}`] : [])));
}

/** Every rack of the level's fleet where projector mode's canvas draws it, in screen units. */
function racksOf(levelId: string): (Box & { title: Box })[] {
  const sim = bundledLevel(levelId).sim;
  const layout = layoutFleet(
    sim,
    createState(sim, 1).hosts.map((host) => host.tierIndex),
    INCIDENT_LAYOUT.fleet.width,
    FLEET_COLUMN_HEIGHTS,
    true,
  );
  const { x, y } = INCIDENT_LAYOUT.fleet;
  return layout.racks.map((rack) => {
    const box = { name: `rack ${rack.label}`, left: x + rack.x, top: y + rack.y, right: x + rack.x + rack.width, bottom: y + rack.y + rack.height };
    return { ...box, title: { ...box, name: `${box.name}'s title`, bottom: box.top + rack.titleHeight } };
  });
}

/**
 * Panels over panels, words over words, over panels or over the traffic picture's drawings, words over
 * racks they do not name, and racks over panels.
 */
async function incidentClashes(page: Page, levelId: string): Promise<string[]> {
  const { panels, labels } = await screenBoxes(page);
  const racks = racksOf(levelId);
  const pictures = trafficPictures(trafficLayout(INCIDENT_LAYOUT.traffic, INCIDENT_LAYOUT.infra, true));
  const found = [...clashes([...panels, ...pictures, ...racks]), ...clashes(labels)];
  for (const label of labels) for (const panel of [...panels, ...pictures]) if (overlap(label, panel)) found.push(`${label.name} overlaps ${panel.name}`);
  for (const rack of racks) {
    for (const label of labels) {
      if (!overlap(label, rack)) continue;
      const inTitle = label.name.includes('rack-label') && label.left >= rack.left && label.right <= rack.right && label.top >= rack.top && label.bottom <= rack.title.bottom + 1;
      if (!inTitle) found.push(`${label.name} overlaps ${rack.name}`);
    }
  }
  return found;
}

/** Text that runs off the window, or is cut inside its box (the feeds scroll, so their lines are left out; text for screen readers only is hidden on purpose). */
function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const layer = document.getElementById('ui-layer')!;
    for (const element of layer.querySelectorAll<HTMLElement>('*')) {
      if (element.getClientRects().length === 0 || element.closest('.feed, .debrief-body, .notices, .sr-only')) continue;
      const text = (element.textContent ?? '').trim();
      if (text === '') continue;
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${text.slice(0, 30)}"`;
      const box = element.getBoundingClientRect();
      if (element.childElementCount === 0 && (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1)) found.push(`${name} is off the window`);
      const style = getComputedStyle(element);
      if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) found.push(`${name} is cut short`);
      if (style.overflowY === 'hidden' && element.scrollHeight > element.clientHeight + 1) found.push(`${name} is cut off below`);
    }
    return found;
  });
}

function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

function fontWeight(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => Number(getComputedStyle(element).fontWeight));
}

function savedProjector(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('apache-snafu.settings');
    return raw === null ? null : (JSON.parse(raw) as { projector?: unknown }).projector;
  });
}

describe('projector mode on the incident screen, at 1920x1080', () => {
  let projector: Page;
  let usual: Page;

  beforeAll(async () => {
    [projector, usual] = await Promise.all([open(INCIDENT), open(INCIDENT.replace('projector=1', 'projector=0'))]);
    for (const page of [projector, usual]) {
      await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 150, 90_000);
      await page.keyboard.press('p');
      await waitForHook(page, (hook) => hook.summary?.paused === true);
      await frames(page, 5);
    }
  });

  it('marks the page, and only with the option', async () => {
    expect(await projector.evaluate(() => document.body.classList.contains('projector'))).toBe(true);
    expect(await usual.evaluate(() => document.body.classList.contains('projector'))).toBe(false);
    // The page option is for this page: it is not saved.
    expect(await savedProjector(projector)).not.toBe(true);
  });

  it('sets larger, bolder text in every panel than the usual screen', async () => {
    for (const selector of [
      '.top-bar',
      '.top-bar .clock',
      '.terminal-feed',
      '.chat-feed',
      '.alerts-feed',
      '.panel header h3',
      '.action-bar button',
      '.canvas-label',
      '.canvas-label.value',
      '.legend',
      '.team-strip .desk',
    ]) {
      expect(await fontSize(projector, selector), selector).toBeGreaterThan(await fontSize(usual, selector));
    }
    for (const selector of ['.top-bar', '.terminal-feed', '.canvas-label']) expect(await fontWeight(projector, selector), selector).toBeGreaterThan(await fontWeight(usual, selector));
    // Both windows show the game 1.5 times its size: the terminal's text is at least 24 px on the projector.
    const shownSize = await projector
      .locator('.terminal-feed')
      .evaluate((element: HTMLElement) => (parseFloat(getComputedStyle(element).fontSize) * element.getBoundingClientRect().width) / element.offsetWidth);
    expect(shownSize).toBeGreaterThanOrEqual(24);
  });

  it('lays out larger tiles than the usual screen', () => {
    const sim = bundledLevel('apache-snafu').sim;
    const hosts = createState(sim, 1).hosts.map((host) => host.tierIndex);
    const tiles = (on: boolean): number[] => layoutFleet(sim, hosts, INCIDENT_LAYOUT.fleet.width, FLEET_COLUMN_HEIGHTS, on).racks.map((rack) => rack.tile);
    tiles(true).forEach((tile, index) => expect(tile).toBeGreaterThan(tiles(false)[index]!));
  });

  it('puts nothing over anything else, and cuts no text', async () => {
    expect(await incidentClashes(projector, 'apache-snafu')).toEqual([]);
    expect(await topBarClashes(projector)).toEqual([]);
    expect(await cutText(projector)).toEqual([]);
    await screenshot(projector, '60-projector-incident');
    await screenshot(usual, '60b-usual-incident-1080p');
  });

  it('keeps it all in place in a 1280x720 window too', async () => {
    await projector.setViewportSize({ width: 1280, height: 720 });
    await frames(projector, 5);
    expect(await incidentClashes(projector, 'apache-snafu')).toEqual([]);
    expect(await topBarClashes(projector)).toEqual([]);
    expect(await cutText(projector)).toEqual([]);
    await screenshot(projector, '60c-projector-incident-720p');
    await projector.setViewportSize(FULL_HD);
    await frames(projector, 5);
  });

  it('keeps the pause menu and a chooser inside the window', async () => {
    await projector.keyboard.press('Escape');
    await projector.locator('.incident-menu').waitFor();
    expect(await cutText(projector)).toEqual([]);
    await screenshot(projector, '61-projector-menu');
    await projector.keyboard.press('Escape');
    await projector.keyboard.press('2');
    await projector.locator('.chooser h3').waitFor();
    expect(await cutText(projector)).toEqual([]);
    await screenshot(projector, '61b-projector-chooser');
    await projector.keyboard.press('Escape');
  });
});

describe('projector mode in the tutorial, with its guide card', () => {
  it('gives the small fleet much larger tiles, and the card, racks and labels keep apart', async () => {
    const page = await open('?projector=1&skip-intro=1&level=a-quiet-shift&seed=1');
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 5, 60_000);
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    await page.locator('.guide-card').waitFor();
    await frames(page, 5);
    expect(await incidentClashes(page, 'a-quiet-shift')).toEqual([]);
    expect(await cutText(page)).toEqual([]);
    await screenshot(page, '62-projector-tutorial');
  });
});

describe('projector mode on the title and the briefing', () => {
  it('shows the title larger, everything in its place', async () => {
    const page = await open('?projector=1&level=a-quiet-shift');
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await frames(page, 10);
    expect(await page.locator('.projector-toggle').textContent()).toBe('PProjector mode: on');
    const parts = await page.evaluate(() =>
      ['.title-heading', '.title-summary', '.title-teaches', '.title-menu', '.title-links']
        .map((selector) => document.querySelector(selector)!.getBoundingClientRect())
        .map((box) => ({ top: box.top, bottom: box.bottom })),
    );
    // One under another, none over the next, all above the office strip (600 of 720).
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.top).toBeGreaterThanOrEqual(parts[i - 1]!.bottom - 1);
    expect(parts.at(-1)!.bottom).toBeLessThanOrEqual((600 / 720) * FULL_HD.height);
    expect(await cutText(page)).toEqual([]);
    await screenshot(page, '63-projector-title');
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    await frames(page, 10);
    expect(await cutText(page)).toEqual([]);
    await screenshot(page, '63b-projector-briefing');
  });

  it('turns on and off by keyboard on the title, and remembers the choice', async () => {
    const page = await open('?level=apache-snafu');
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    const on = (): Promise<boolean> => page.evaluate(() => document.body.classList.contains('projector'));
    const toggle = page.locator('.projector-toggle');
    expect(await on()).toBe(false);
    expect(await toggle.textContent()).toBe('PProjector mode: off');
    const usualSize = await fontSize(page, '.title-menu button');

    await page.keyboard.press('p');
    expect(await on()).toBe(true);
    expect(await toggle.textContent()).toBe('PProjector mode: on');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await fontSize(page, '.title-menu button')).toBeGreaterThan(usualSize);
    expect(await savedProjector(page)).toBe(true);

    // The settings say so too, and switch it from there.
    await page.keyboard.press('s');
    const row = page.locator('.choice-row[data-setting="projector"]');
    expect(await row.locator('button.primary').textContent()).toBe('On');
    await row.locator('button[data-value="off"]').click();
    expect(await on()).toBe(false);
    expect(await page.locator('.choice-row[data-setting="projector"] button.primary').textContent()).toBe('Off');
    await page.keyboard.press('Escape');

    // Reached with Tab like every button, and pressed with Enter.
    let focused = false;
    for (let presses = 0; presses < 12 && !focused; presses++) {
      await page.keyboard.press('Tab');
      focused = await toggle.evaluate((element) => element === document.activeElement);
    }
    expect(focused).toBe(true);
    await page.keyboard.press('Enter');
    expect(await on()).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.title-screen') !== null)).toBe(true);

    // Saved: the page comes back in projector mode, with no option in its address.
    await page.reload();
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    expect(await on()).toBe(true);
    await frames(page, 10);
    await screenshot(page, '64-projector-title-toggled');
    await page.keyboard.press('p');
    expect(await on()).toBe(false);
    expect(await savedProjector(page)).toBe(false);
  });
});

describe('projector mode on the debrief', () => {
  it('shows the end of a one-minute shift larger, nothing cut or over anything else', async () => {
    const page = await open('?projector=1&skip-intro=1&level=apache-snafu&seed=1&speed=8&shift-minutes=1');
    await waitForHook(page, (hook) => hook.scene === 'end', 90_000);
    await frames(page, 10);
    const boxes = await page.evaluate(() =>
      ['.debrief-left', '.debrief-right', '.debrief-buttons'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { name: selector, left: box.left, top: box.top, right: box.right, bottom: box.bottom };
      }),
    );
    expect(clashes(boxes.slice(0, 2))).toEqual([]);
    for (const box of boxes) expect(box.bottom, box.name).toBeLessThanOrEqual(FULL_HD.height);
    expect(await fontSize(page, '.families li')).toBeGreaterThan(15);
    expect(await cutText(page)).toEqual([]);
    await screenshot(page, '65-projector-debrief');
    await page.keyboard.press('2');
    await frames(page, 5);
    expect(await cutText(page)).toEqual([]);
    await screenshot(page, '65b-projector-debrief-why');
  });
});

describe('projector mode', () => {
  it('logged no errors on the way', () => {
    expect(errors.flat()).toEqual([]);
  });
});
