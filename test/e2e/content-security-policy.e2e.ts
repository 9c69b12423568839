// The built game under its own strict Content-Security-Policy (vite.config.ts): sent as a header by
// `vite preview` and written into the page as a meta tag, and nothing the game does from boot through
// the title, settings, briefing, a few seconds of play and the debrief (with its downloads) breaks it.

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { browserForThisFile, frames, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();

/** Every violation the page reports, gathered from the very start (before the game's own code runs). */
const COLLECT_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  }, true);`;

describe('the Content-Security-Policy', () => {
  it('is sent as a header and written into the built page', async () => {
    const response = await fetch(`${served.url()}/`);
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    const html = await response.text();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`);
    expect(html).not.toMatch(/<style|style="|<script(?![^>]*\bsrc=)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('is never violated from boot to the debrief', async () => {
    const context = await served.browser().newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    context.setDefaultTimeout(30_000);
    await context.addInitScript(COLLECT_VIOLATIONS);
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text())) messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
    await page.goto(`${served.url()}/?speed=8&seed=1&shift-minutes=1&level=apache-snafu`, { waitUntil: 'load', timeout: 60_000 });
    await playToTheDebrief(page);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(messages).toEqual([]);
    await context.close();
  });
});

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await frames(page);
  }
}

async function playToTheDebrief(page: Page): Promise<void> {
  await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready, 30_000);
  await press(page, 's', 'Escape', 'a', 'Escape', 'Enter');
  await waitForHook(page, (hook) => hook.scene === 'briefing');
  await press(page, 'Enter');
  await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 5, 30_000);
  await press(page, '4', '5', '?', 'Escape', 't');
  await page.keyboard.type('ssh web-017');
  await press(page, 'Enter', 'Escape');
  // The shift's one game minute runs out at speed 8; the debrief follows.
  await waitForHook(page, (hook) => hook.scene === 'end' && hook.ready, 60_000);
  await press(page, '2', '3', '1');
  await screenshot(page, '34-debrief-under-csp');
  await Promise.all([page.waitForEvent('download'), press(page, 'd')]);
  await Promise.all([page.waitForEvent('download'), press(page, 'j')]);
  await press(page, 'Escape');
  await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
}
