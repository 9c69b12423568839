// The display settings in a real browser (issue 18): text size, reduced motion and the palettes are chosen
// on the title's Settings panel (S), each choice pressed for a screen reader as well as lit, and remembered
// after a reload. At 200 % the incident screen's text is twice its size, and so is it after the browser
// zooms to 200 %; with motion reduced (the system's wish or the game's setting) the ringing pager stops
// blinking and the traffic dots stand still (the cats' still pose: test/ui/display-settings.test.ts). Screenshots at 1280x720 of every screen at 200 %,
// with reduced motion and in each palette, for a person to look at.

import { afterEach, describe, expect, it } from 'vitest';
import { INCIDENT_LAYOUT } from '../../src/views/incident-layout';
import { COLOUR_BLIND_PALETTE, SCREEN } from '../../src/views/palette';
import { browserForThisFile, frames, openPage, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();
const INCIDENT = '?skip-intro=1&level=apache-snafu&seed=1&speed=8';
const opened: Page[] = [];
const errors: string[][] = [];

// Each test's pages closed after it (a running game costs a core), and none of them said an error.
afterEach(async () => {
  for (const page of opened.splice(0)) await page.context().close();
  expect(errors.splice(0).flat()).toEqual([]);
});

async function open(query = ''): Promise<Page> {
  const { page, errors: pageErrors } = await openPage(served.browser(), `${served.url()}/${query}`);
  opened.push(page);
  errors.push(pageErrors);
  return page;
}

/** A page whose saved settings are `display` (as if chosen before), opened at `query`. */
async function openWith(display: Record<string, unknown>, query: string): Promise<Page> {
  const page = await open();
  await page.evaluate((saved) => localStorage.setItem('apache-snafu.settings', JSON.stringify({ version: 1, ...saved })), display);
  await page.goto(`${served.url()}/${query}`, { waitUntil: 'load' });
  return page;
}

async function incident(page: Page): Promise<void> {
  await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1);
  await frames(page, 3);
}

/** The chat's text, in pixels of the window: its computed size times the layer's scale. */
function chatTextPixels(page: Page): Promise<number> {
  return page.evaluate((screenWidth) => {
    const layer = document.getElementById('ui-layer')!;
    const scale = layer.getBoundingClientRect().width / screenWidth;
    return parseFloat(getComputedStyle(document.querySelector('.chat-panel .feed')!).fontSize) * scale;
  }, SCREEN.width);
}

/** Which choice of a settings row is pressed, as a screen reader hears it, and how many are. */
function pressed(page: Page, setting: string): Promise<{ value: string | null; count: number }> {
  return page.evaluate((name) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`.choice-row[data-setting="${name}"] button`)];
    const on = buttons.filter((button) => button.getAttribute('aria-pressed') === 'true');
    if (buttons.some((button) => !['true', 'false'].includes(button.getAttribute('aria-pressed') ?? ''))) return { value: 'a button without aria-pressed', count: -1 };
    return { value: on[0]?.dataset['value'] ?? null, count: on.length };
  }, setting);
}

async function choose(page: Page, setting: string, value: string): Promise<void> {
  await page.click(`.choice-row[data-setting="${setting}"] button[data-value="${value}"]`);
  await frames(page);
}

describe('display settings', () => {
  it('are chosen on the Settings panel, pressed for a screen reader, and remembered after a reload', async () => {
    const page = await open();
    await waitForHook(page, (hook) => hook.scene === 'title');
    await page.keyboard.press('s');
    await page.waitForSelector('.choice-row[data-setting="text-size"]');
    expect(await pressed(page, 'text-size')).toEqual({ value: '100', count: 1 });
    expect(await pressed(page, 'motion')).toEqual({ value: 'system', count: 1 });
    expect(await pressed(page, 'palette')).toEqual({ value: 'standard', count: 1 });
    // Every row of the panel says which choice is on, not only by its colour.
    expect(await pressed(page, 'speed')).toMatchObject({ count: 1 });
    expect(await pressed(page, 'sound')).toMatchObject({ count: 1 });
    await choose(page, 'text-size', '200');
    await choose(page, 'motion', 'on');
    await choose(page, 'palette', 'colour-blind');
    expect(await pressed(page, 'text-size')).toEqual({ value: '200', count: 1 });
    expect(await page.evaluate(() => [getComputedStyle(document.documentElement).getPropertyValue('--text-size').trim(), document.documentElement.className])).toEqual([
      '2',
      expect.stringMatching(/(?=.*palette-colour-blind)(?=.*reduced-motion)/),
    ]);
    await screenshot(page, 'display-title-settings-200');

    await page.reload({ waitUntil: 'load' });
    await waitForHook(page, (hook) => hook.scene === 'title');
    await page.keyboard.press('s');
    await page.waitForSelector('.choice-row[data-setting="text-size"]');
    expect(await pressed(page, 'text-size')).toEqual({ value: '200', count: 1 });
    expect(await pressed(page, 'motion')).toEqual({ value: 'on', count: 1 });
    expect(await pressed(page, 'palette')).toEqual({ value: 'colour-blind', count: 1 });
    await choose(page, 'palette', 'high-contrast');
    expect(await page.evaluate(() => document.documentElement.classList.contains('palette-high-contrast') && !document.documentElement.classList.contains('palette-colour-blind'))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await screenshot(page, 'display-title-200-high-contrast');
  });

  it('make the text twice as large at 200 %, on the title, the briefing, the incident and the debrief', async () => {
    const plain = await open(INCIDENT);
    await incident(plain);
    const at100 = await chatTextPixels(plain);
    await plain.context().close();

    const large = await openWith({ textSize: 200 }, INCIDENT);
    await incident(large);
    expect((await chatTextPixels(large)) / at100).toBeCloseTo(2, 1);
    await screenshot(large, 'display-incident-200');
    await large.context().close();

    const briefing = await openWith({ textSize: 200 }, '?level=apache-snafu');
    await waitForHook(briefing, (hook) => hook.scene === 'title');
    await screenshot(briefing, 'display-title-200');
    await briefing.keyboard.press('Enter');
    await waitForHook(briefing, (hook) => hook.scene === 'briefing');
    await frames(briefing, 3);
    await screenshot(briefing, 'display-briefing-200');
    await briefing.context().close();

    const debrief = await openWith({ textSize: 200 }, `${INCIDENT}&shift-minutes=1`);
    await waitForHook(debrief, (hook) => hook.scene === 'end', 60_000);
    await frames(debrief, 3);
    await screenshot(debrief, 'display-debrief-200');
  });

  it('grow with the browser zoom, which the fit to the window no longer cancels', async () => {
    const page = await open(INCIDENT);
    await incident(page);
    const physical = (): Promise<number> => chatTextPixels(page).then(async (css) => css * (await page.evaluate(() => window.devicePixelRatio)));
    const before = await physical();
    // What zooming to 200 % does to a page: half as many CSS pixels in the window, each two device pixels.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 360, deviceScaleFactor: 2, mobile: false });
    await frames(page, 4);
    expect((await physical()) / before).toBeCloseTo(2, 1);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
  });

  it('reduce motion when the system asks: the pager rings without blinking, the traffic dots stand still', async () => {
    const page = await open();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${served.url()}/${INCIDENT}`, { waitUntil: 'load' });
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.pagesOpen ?? 0) > 0, 60_000);
    await frames(page, 3);
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
    expect(await page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length)).toBe(0);
    const ringing = await page.evaluate(() => {
      const pager = document.querySelector<HTMLElement>('.top-bar .pager.ringing')!;
      const style = getComputedStyle(pager);
      return { text: pager.textContent, background: style.backgroundColor, opacity: style.opacity };
    });
    // The steady mark: the words on solid red, fully opaque.
    expect(ringing.text).toMatch(/Pager: \d+ open/);
    expect(ringing.opacity).toBe('1');
    expect(ringing.background).not.toBe('rgba(0, 0, 0, 0)');
    const dots = (): Promise<string[]> =>
      page.evaluate(() => [...document.querySelectorAll('.traffic-dot')].map((dot) => `${dot.getBoundingClientRect().x},${dot.getBoundingClientRect().y}`));
    const first = await dots();
    await frames(page, 20);
    expect(await dots()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(10);
    await screenshot(page, 'display-incident-reduced-motion');

    // The system's wish goes; the setting 'system' follows it at once.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await frames(page, 3);
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(false);
    expect(await page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length)).toBeGreaterThan(0);
  });

  it("reduce motion by the game's setting too, and let the setting overrule the system", async () => {
    const on = await openWith({ reducedMotion: 'on' }, INCIDENT);
    await incident(on);
    expect(await on.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
    expect(await on.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length)).toBe(0);
    await on.context().close();

    const off = await open();
    await off.emulateMedia({ reducedMotion: 'reduce' });
    await off.evaluate(() => localStorage.setItem('apache-snafu.settings', JSON.stringify({ version: 1, reducedMotion: 'off' })));
    await off.goto(`${served.url()}/${INCIDENT}`, { waitUntil: 'load' });
    await incident(off);
    expect(await off.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(false);
  });

  it('colour the page and the canvas in the colour-blind and the high-contrast palettes', async () => {
    const legend = (page: Page): Promise<string[]> => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.legend img')].map((img) => img.src));
    const standard = await open(INCIDENT);
    await incident(standard);
    const standardGlyphs = await legend(standard);
    expect(standardGlyphs).toHaveLength(7);
    await standard.context().close();
    for (const palette of ['colour-blind', 'high-contrast'] as const) {
      const page = await openWith({ palette }, INCIDENT);
      // Well into the failure, with many hosts down among the serving ones.
      await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.apacheDown ?? 0) >= 40, 90_000);
      await frames(page, 3);
      const colours = await page.evaluate(() => [getComputedStyle(document.body).getPropertyValue('--healthy').trim(), getComputedStyle(document.body).getPropertyValue('--broken').trim()]);
      expect(colours).toEqual(palette === 'colour-blind' ? ['#c2e8ff', '#f07a3a'] : ['#c2e8ff', '#ff8a4a']);
      // The legend shows the glyphs the tiles are drawn with, this palette's: serving, php7 and Apache down
      // are coloured anew (drained and unknown are greys, the same in the colour-blind palette).
      const glyphs = await legend(page);
      expect(glyphs).toHaveLength(7);
      expect(glyphs.slice(0, 3).filter((src) => standardGlyphs.includes(src))).toEqual([]);
      await screenshot(page, `display-incident-${palette}`);
      await page.context().close();
    }
  });

  it('tell serving from Apache down by lightness on the smallest tiles, a fleet twenty times as large', async () => {
    const page = await openWith({ palette: 'colour-blind' }, `${INCIDENT}&fleet=20`);
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.apacheDown ?? 0) >= 400, 120_000);
    await frames(page, 3);
    await screenshot(page, 'display-incident-colour-blind-fleet-20');
    // The fleet's picture, read back pixel by pixel: the tiles show both the pale serving blue and the
    // dark vermilion of Apache down, each on hundreds of pixels, however small the tiles. The canvas shows
    // the monitoring's picture twice a second, a little behind the run: read it again until it has caught up.
    const fleet = INCIDENT_LAYOUT.fleet;
    const colourCounts = async (): Promise<number[]> => {
      const png = await page.screenshot({ clip: { x: fleet.x, y: fleet.y, width: fleet.width, height: fleet.height } });
      return page.evaluate(
        async ({ data, colours }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          [canvas.width, canvas.height] = [image.width, image.height];
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          const pixels = context.getImageData(0, 0, image.width, image.height).data;
          return colours.map((colour) => {
            let near = 0;
            for (let at = 0; at < pixels.length; at += 4) {
              const distance = Math.abs(pixels[at]! - ((colour >> 16) & 255)) + Math.abs(pixels[at + 1]! - ((colour >> 8) & 255)) + Math.abs(pixels[at + 2]! - (colour & 255));
              if (distance < 30) near++;
            }
            return near;
          });
        },
        { data: png.toString('base64'), colours: [COLOUR_BLIND_PALETTE.healthy, COLOUR_BLIND_PALETTE.broken] },
      );
    };
    let counts = await colourCounts();
    for (let tries = 0; tries < 20 && !(counts[0]! > 300 && counts[1]! > 300); tries++) {
      await page.waitForTimeout(500);
      counts = await colourCounts();
    }
    expect(counts[0]).toBeGreaterThan(300);
    expect(counts[1]).toBeGreaterThan(300);
  });
});
