// Team mode in real browsers: the game and its rooms served together as `npm run room` serves them
// (server/serve-game-and-rooms), on a three-minute shift. The facilitator starts a room from the team
// page; ops and comms join by its link, each in their own browser context, and each page shows only its
// seat's part (ops the fleet and no chat, comms the chat and the site and no fleet). Ops pauses Chef
// fleet-wide from the terminal, comms puts the status page up and is refused a fan-out that is ops' to
// give; the commander and the investigator take their seats for a look; the facilitator speeds the room up,
// and every page ends on the team's debrief with each seat's part. Screenshots of each seat at 1280x720.

import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveGameAndRooms, type GameAndRooms } from '../../server/serve-game-and-rooms';
import { bundledLevels } from '../../server/serve-rooms';
import { withShiftMinutes } from '../../src/levels/shift-length';
import { DIST, launchBrowser, openPage, REPO_ROOT, screenshot, type Browser, type Page } from './harness';

let served: GameAndRooms;
let browser: Browser;
const pages: Record<string, { page: Page; errors: string[] }> = {};
let code = '';

beforeAll(async () => {
  // Every level on a three-minute shift: a whole run takes seconds at the facilitator's fastest speed.
  const levels = new Map([...bundledLevels()].map(([id, level]) => [id, withShiftMinutes(level, 3)]));
  served = await serveGameAndRooms({ root: REPO_ROOT, outDir: DIST, host: '127.0.0.1', port: 0, settings: { levels } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const page = (role: string): Page => pages[role]!.page;

/** Keeps every WebSocket the page opens, so a test can drop one as a network would. */
function keepSockets(): void {
  const Native = window.WebSocket;
  const sockets: WebSocket[] = [];
  (window as unknown as { teamSockets: WebSocket[] }).teamSockets = sockets;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this);
    }
  };
}

async function join(role: string): Promise<void> {
  pages[role] = await openPage(browser, `${served.url}/team.html?team=${code}&seat=${role}`, {}, keepSockets);
  await page(role).locator(`.team-screen[data-role="${role}"]`).waitFor();
}

/** The parts of the incident a page shows: its cards, and its panels. */
async function shown(role: string): Promise<{ cards: string[]; panels: string[] }> {
  return page(role).evaluate(() => ({
    cards: [...document.querySelectorAll<HTMLElement>('.seat-card[data-part]')].map((card) => card.dataset['part']!),
    panels: [...document.querySelectorAll<HTMLElement>('.team-grid .panel')].map((panel) => panel.classList[1]!),
  }));
}

/** Axe's serious and critical findings on the page as it is now, by rule and first element. */
async function seriousViolations(on: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: on }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''}`);
}

async function type(role: string, line: string): Promise<void> {
  const input = page(role).locator('.terminal-panel input');
  await input.fill(line);
  await input.press('Enter');
}

describe('team mode', () => {
  it('starts a room from the team page, with a code to share and the facilitator’s controls', async () => {
    pages['facilitator'] = await openPage(browser, `${served.url}/team.html`);
    const lobby = page('facilitator');
    await lobby.locator('input[name=seat][value=facilitator]').check();
    expect(await seriousViolations(lobby)).toEqual([]);
    await screenshot(lobby, '90-team-lobby');
    await lobby.locator('form.create-room button[type=submit]').click();
    const codeElement = lobby.locator('.room-code strong');
    await codeElement.waitFor();
    code = (await codeElement.getAttribute('data-code'))!;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await lobby.locator('.facilitator-key code').textContent()).toMatch(/^[0-9a-f]{32}$/);
    expect(new URL(lobby.url()).searchParams.get('team')).toBe(code);
  });

  it('says so when a code is no room’s, or a seat is taken, and keeps the lobby', async () => {
    const { page: lobby, errors } = await openPage(browser, `${served.url}/team.html?team=abcd-efgh`);
    await lobby.locator('form.join-room button[type=submit]').click();
    await expect.poll(() => lobby.locator('.lobby-status').textContent()).toContain('No room has the code ABCD-EFGH');
    await lobby.locator('input[name=code]').fill(code.toLowerCase());
    await lobby.locator('input[name=seat][value=facilitator]').check();
    await lobby.locator('form.join-room button[type=submit]').click();
    await expect.poll(() => lobby.locator('.lobby-status').textContent()).toContain('The facilitator seat is taken.');
    expect(await lobby.locator('.team-lobby').count()).toBe(1);
    await screenshot(lobby, '90-team-lobby-refused');
    // The browser logs the refused requests themselves; nothing else went wrong on the page.
    expect(errors.filter((error) => !/onError|not found|key|Failed to load resource/i.test(error))).toEqual([]);
    await lobby.context().close();
  });

  it('lets ops and comms join by the link, each seeing only their seat', async () => {
    await join('ops');
    await join('comms');
    await page('ops').locator('.host-grid img').first().waitFor();
    const ops = await shown('ops');
    expect(ops.cards).toEqual(expect.arrayContaining(['pager', 'fleet', 'pools', 'switches', 'tasks']));
    expect(ops.cards).not.toContain('site');
    expect(ops.cards).not.toContain('statusPage');
    expect(ops.panels).toEqual(expect.arrayContaining(['terminal-panel', 'alerts-panel']));
    expect(ops.panels).not.toContain('chat-panel');
    expect(await page('ops').locator('.host-grid img').count()).toBeGreaterThan(100);
    // The game's live regions are on a seat's screen too, for what the seat hears.
    expect(await page('ops').locator('[role="status"][aria-live="polite"].announcer').count()).toBe(1);
    expect(await page('ops').locator('[role="alert"][aria-live="assertive"].announcer').count()).toBe(1);

    await page('comms').locator('.seat-card[data-part="site"]').waitFor();
    const comms = await shown('comms');
    expect(comms.cards).toEqual(['site', 'statusPage']);
    expect(comms.panels).toEqual(expect.arrayContaining(['terminal-panel', 'chat-panel']));
    expect(await page('comms').locator('.host-grid').count()).toBe(0);
    // Each sees the other at their seat.
    await expect.poll(() => page('ops').locator('.seat-state[data-seat="comms"]').textContent()).toContain('a player');
    await expect.poll(() => page('comms').locator('.seat-state[data-seat="ops"]').textContent()).toContain('a player');
  });

  it('takes each seat’s own commands and refuses another’s, saying whose it is', async () => {
    // The first kill switch of the day: Chef stopped on the web tier, 25 hosts at a time.
    await type('ops', 'dsh -g web -x php7 -F 25 systemctl stop chef-client');
    await expect.poll(() => page('ops').locator('.seat-card[data-part="fleet"]').textContent(), { timeout: 20_000 }).toMatch(/Web servers: 113 hosts[,:] .*Chef stopped/);
    await type('comms', 'status major-outage Checkout is failing; we are on it.');
    await expect.poll(() => page('comms').locator('.seat-card[data-part="statusPage"]').textContent(), { timeout: 15_000 }).toContain('Checkout is failing');
    await type('comms', 'dsh -g web -F 25 chef-client');
    await expect.poll(() => page('comms').locator('.terminal-feed').textContent()).toMatch(/not the comms seat's to give: ask ops/);
    // Ops never sees the status page it did not write, comms never the fleet ops changed.
    expect(await page('ops').locator('.seat-card[data-part="statusPage"]').count()).toBe(0);
    expect(await page('comms').locator('.seat-card[data-part="fleet"]').count()).toBe(0);
    expect(await page('comms').locator('body').textContent()).not.toContain('Chef stopped');
  });

  it('shows every seat at 1280x720', async () => {
    await join('commander');
    await join('investigator');
    await page('commander').locator('.seat-card[data-part="team"]').waitFor();
    await page('investigator').locator('.seat-card[data-part="looks"]').waitFor();
    for (const role of ['ops', 'comms', 'commander', 'investigator', 'facilitator']) {
      await page(role).waitForTimeout(300);
      await screenshot(page(role), `91-team-${role}`);
      expect(await seriousViolations(page(role)), role).toEqual([]);
    }
  });

  it('takes a player who reloads the page back to their seat, and the others see them back', async () => {
    await page('ops').reload();
    await page('ops').locator('.team-screen[data-role="ops"]').waitFor();
    await expect.poll(() => page('comms').locator('.seat-state[data-seat="ops"]').textContent()).toContain('a player');
    // What the seat did before the reload is still the room's: its fleet shows Chef stopped on the web tier.
    await expect.poll(() => page('ops').locator('.seat-card[data-part="fleet"]').textContent()).toMatch(/Chef stopped/);
  });

  it('rejoins by itself when the connection drops, while the others see the seat held for its player', async () => {
    // The page's socket, closed under it as a dropped Wi-Fi would: the room holds the seat and the page asks for it back.
    const comms = page('comms');
    await comms.evaluate(() => (window as unknown as { teamSockets: WebSocket[] }).teamSockets.at(-1)!.close());
    await expect.poll(() => page('ops').locator('.seat-state[data-seat="comms"]').textContent(), { timeout: 10_000 }).toMatch(/reconnecting|a player/);
    await expect.poll(() => comms.locator('.room-link').textContent(), { timeout: 15_000 }).toContain('Back in your seat');
    await expect.poll(() => page('ops').locator('.seat-state[data-seat="comms"]').textContent()).toContain('a player');
    // Still comms, still heard: its status page is the one it wrote before the drop.
    expect(await comms.locator('.team-screen').getAttribute('data-role')).toBe('comms');
    await expect.poll(() => comms.locator('.seat-card[data-part="statusPage"]').textContent()).toContain('Checkout is failing');
  });

  it('runs to the end at the facilitator’s speed, and every page shows the team’s debrief with each seat’s part', async () => {
    await page('facilitator').locator('.speeds button[data-speed="8"]').click();
    await expect.poll(() => page('facilitator').locator('.speeds button[data-speed="8"]').getAttribute('aria-pressed')).toBe('true');
    for (const role of ['ops', 'comms', 'facilitator']) await page(role).locator('.team-debrief').waitFor({ timeout: 90_000 });
    const debrief = page('ops');
    const total = Number(await debrief.locator('.score-total .total').getAttribute('data-total'));
    expect(total).toBeGreaterThanOrEqual(0);
    expect(total).toBeLessThanOrEqual(100);
    // Played again in the page from the room's replay, it ends where the room's run did.
    expect(await debrief.locator('.run-check').getAttribute('class')).not.toContain('problem');
    expect(await debrief.locator('.seat-part[data-seat="ops"] h3').textContent()).toMatch(/a player · 1 command/);
    expect(await debrief.locator('.seat-part[data-seat="comms"] h3').textContent()).toMatch(/a player · 1 command/);
    expect(await debrief.locator('.seat-part[data-seat="ops"] li').first().textContent()).toMatch(/chef/i);
    expect(await debrief.locator('.seat-part[data-seat="comms"] li').first().textContent()).toMatch(/status page/i);
    // The same score on every page: it is the room's run, played again in each.
    expect(Number(await page('comms').locator('.score-total .total').getAttribute('data-total'))).toBe(total);
    // The room played a 3-minute shift: the debrief says the facilitator's page would play it on the level's own.
    expect(await debrief.locator('.shift-note').textContent()).toContain('3-minute shift');
    await screenshot(debrief, '92-team-debrief');
    expect(await seriousViolations(debrief)).toEqual([]);
    for (const [role, opened] of Object.entries(pages)) expect(opened.errors, role).toEqual([]);
  });
});
