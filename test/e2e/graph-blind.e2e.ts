// Doing nothing for twelve minutes, in a real browser: the monitoring goes blind, the fleet fogs over,
// and an out-of-band look at one host is the only way to see it. Also presses every other documented
// key of the incident screen once.

import { beforeAll, describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/create-state';
import { layoutFleet } from '../../src/views/fleet-layout';
import { FLEET_COLUMN_HEIGHTS, INCIDENT_LAYOUT } from '../../src/views/incident-layout';
import { SCREEN } from '../../src/views/palette';
import { bundledLevel } from '../support/level-files';
import { frames, gameForThisFile, screenshot, waitForHook, type Page } from './harness';

const game = gameForThisFile('?speed=8&seed=1&skip-intro=1&level=apache-snafu');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

describe('graph-blind', () => {
  it('fogs the fleet when the Nagios UI loses Apache, and says so', async () => {
    await waitForHook(page, (hook) => hook.scene === 'incident' && hook.summary?.toolsUp['host-status'] === false, 90_000);
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    // The graphs went dark before the Nagios UI did: the top bar no longer claims to know the site.
    expect(await page.locator('.top-bar .site').textContent()).toMatch(/^Site: unknown \(blind\)/);
    expect(await page.locator('.top-bar .site').getAttribute('class')).toContain('unknown');
    await screenshot(page, '10-graph-blind');
  });

  it('draws nothing while nothing moves: paused, sixty frames pass without a WebGL draw call', async () => {
    // Count the draw calls WebGL receives, whoever makes them.
    await page.evaluate(() => {
      const counted = window as unknown as { __draws: number };
      counted.__draws = 0;
      for (const context of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        for (const name of ['drawElements', 'drawArrays'] as const) {
          const methods = context as unknown as Record<string, (this: unknown, ...args: unknown[]) => void>;
          const original = methods[name]!;
          methods[name] = function (this: unknown, ...args: unknown[]) {
            counted.__draws++;
            original.apply(this, args);
          };
        }
      }
    });
    const draws = (): Promise<number> => page.evaluate(() => (window as unknown as { __draws: number }).__draws);
    await frames(page, 10);
    const before = await draws();
    await frames(page, 60);
    expect(await draws()).toBe(before);
    // The counter does count: with the clock running again, frames are drawn.
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === false);
    await frames(page, 30);
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    expect(await draws()).toBeGreaterThan(before);
  });

  it('shows a host again after clicking its tile and looking at it over ssh', async () => {
    // Where the fleet view draws web-001's tile: the same layout arithmetic, on the same level and seed.
    const level = bundledLevel();
    const hosts = createState(level.sim, 1).hosts;
    const { fleet } = INCIDENT_LAYOUT;
    const centre = layoutFleet(
      level.sim,
      hosts.map((host) => host.tierIndex),
      fleet.width,
      FLEET_COLUMN_HEIGHTS,
    ).centres[hosts.findIndex((host) => host.name === 'web-001')]!;
    const box = (await page.locator('canvas').boundingBox())!;
    const scale = box.width / SCREEN.width;
    await page.mouse.click(box.x + (fleet.x + centre.x) * scale, box.y + (fleet.y + centre.y) * scale);
    expect(await page.locator('.terminal-feed').textContent()).toContain('Selected web-001');
    await page.keyboard.press('p');
    await page.keyboard.press('3');
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelector('.terminal-feed')?.textContent?.includes('ssh web-001: httpd'), undefined, { timeout: 30_000 });
    // The canvas shows what was learned at its next draw, at most half a second later (views/frame-pacer).
    await page.waitForTimeout(700);
    await screenshot(page, '11-looked-at-a-host');
  });

  it('keeps its layout on a 1080p projector: the text layer stays on the canvas', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await frames(page, 5);
    const canvas = (await page.locator('canvas').boundingBox())!;
    const layer = (await page.locator('#ui-layer').boundingBox())!;
    expect(canvas.width).toBeCloseTo(1920, -1);
    expect(layer.x).toBeCloseTo(canvas.x, 0);
    expect(layer.y).toBeCloseTo(canvas.y, 0);
    expect(layer.width).toBeCloseTo(canvas.width, 0);
    await screenshot(page, '14-projector-1080p');
    await page.setViewportSize({ width: 1280, height: 720 });
    await frames(page, 5);
  });

  it('says so when the WebGL context is lost, and carries on when it comes back', async () => {
    await page.evaluate(
      `window.__lostContext = (() => { const c = document.querySelector('canvas'); return (c.getContext('webgl') || c.getContext('webgl2')).getExtension('WEBGL_lose_context'); })(); window.__lostContext.loseContext();`,
    );
    await page.waitForSelector('.context-lost', { timeout: 10_000 });
    expect(await page.locator('.context-lost').textContent()).toContain('graphics context was lost');
    await page.evaluate(`window.__lostContext.restoreContext()`);
    await page.waitForSelector('.context-lost', { state: 'detached', timeout: 10_000 });
    const before = (await waitForHook(page, () => true)).summary!.tick;
    await waitForHook(page, (hook) => (hook.summary?.tick ?? 0) > before + 5, 20_000);
    await screenshot(page, '15-after-context-restored');
  });

  it('answers every other key on the screen', async () => {
    await page.keyboard.press('f');
    expect(await page.locator('.alerts-panel .filter').textContent()).toContain('dev-VM noise hidden');
    await page.keyboard.press('b');
    expect(await page.locator('.chat-panel .filter').textContent()).toContain('bots hidden');
    expect(await page.locator('.chat-panel .chat-feed .bot').first().isVisible()).toBe(false);
    await page.keyboard.press('-');
    await waitForHook(page, (hook) => hook.summary?.speed === 4);
    await page.keyboard.press('+');
    await waitForHook(page, (hook) => hook.summary?.speed === 8);
    await page.keyboard.press('?');
    expect(await page.locator('.incident-menu h2').textContent()).toBe('How to play');
    await screenshot(page, '12-help');
    await page.keyboard.press('Escape');
    await page.keyboard.press('k');
    await page.keyboard.press('4');
    await page.keyboard.press('5');
    await page.waitForFunction(() => document.querySelector('.terminal-feed')?.textContent?.includes('Load balancer: web'), undefined, { timeout: 30_000 });
    await page.keyboard.press('Escape');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    await screenshot(page, '13-pause-menu');
    await page.keyboard.press('q');
    await waitForHook(page, (hook) => hook.scene === 'title');
  });

  it('starts clean after quitting and after a restart: the first Esc opens the menu', async () => {
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'briefing');
    await page.keyboard.press('Enter');
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) > 2);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.incident-menu', { timeout: 5_000 });
    await page.keyboard.press('r');
    await waitForHook(page, (hook) => hook.scene === 'incident' && hook.summary?.paused === false && (hook.summary?.tick ?? 0) > 2);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.incident-menu', { timeout: 5_000 });
    expect(await page.locator('.terminal-feed .typed').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
