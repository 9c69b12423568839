// The game by keyboard alone, where the focus goes (WCAG 2.2: 2.1.2 no keyboard trap, 2.4.3 focus order,
// 2.4.7 focus visible, 4.1.2 name and role). Every overlay is a modal dialog: opening it takes the focus
// into it, Tab and Shift+Tab stay inside it, a key of the screen behind does nothing, and Esc closes it
// and gives the focus back to where it was. The terminal is entered and left on purpose: Tab on an empty
// line moves on, Tab on a line being typed completes it, Esc leaves. Every focused control shows a ring.
// Screenshots: focus-*.png (a focused primary button, a focused ordinary one, open dialogs).

import { describe, expect, it } from 'vitest';
import { browserForThisFile, frames, openPage, screenshot, waitForHook, type Page } from './harness';

const served = browserForThisFile();

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  return openPage(served.browser(), `${served.url()}/${query}`);
}

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await frames(page);
  }
}

/** The focused element, as a short description for a failure message. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return `${active.tagName.toLowerCase()}${active.className ? `.${String(active.className).split(' ').join('.')}` : ''} "${(active.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

const focusIsIn = (page: Page, selector: string): Promise<boolean> => page.evaluate((at) => document.activeElement?.closest(at) != null, selector);
const focusIsOn = (page: Page, selector: string): Promise<boolean> => page.evaluate((at) => document.activeElement === document.querySelector(at), selector);

/** Presses Tab until the element is focused (the test fails if it never is): reaching a control by keyboard. */
async function tabTo(page: Page, selector: string, most = 40): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    if (await focusIsOn(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusIsOn(page, selector), `Tab reaches ${selector}; the focus is on ${await focused(page)}`).toBe(true);
}

/**
 * The overlay is a named modal dialog that has the focus, and keeps it: Tab and then Shift+Tab, each
 * pressed two more times than it has controls, never take the focus out of it.
 */
async function expectModal(page: Page, selector: string, name: RegExp): Promise<void> {
  const dialog = page.locator(selector);
  expect(await dialog.getAttribute('role')).toBe('dialog');
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  const label = await dialog.evaluate((element) => element.getAttribute('aria-label') ?? document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
  expect(label).toMatch(name);
  expect(await focusIsIn(page, selector), `the dialog takes the focus; it is on ${await focused(page)}`).toBe(true);
  // The page behind it cannot be reached: every control outside it is inert (its live regions stay heard).
  const reachableOutside = await page.evaluate((at) => {
    const self = document.querySelector(at)!;
    return [...document.querySelectorAll('button, a[href], input, [tabindex]')]
      .filter((control) => !self.contains(control) && control.closest('[inert]') === null)
      .map((control) => `${control.tagName.toLowerCase()} "${(control.textContent ?? '').trim().slice(0, 30)}"`);
  }, selector);
  expect(reachableOutside).toEqual([]);
  const controls = await dialog.locator('button, a[href], input').count();
  const which = (): Promise<number> => page.evaluate((at) => [...document.querySelector(at)!.querySelectorAll('button, a[href], input')].indexOf(document.activeElement!), selector);
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen = new Set<number>();
    for (let presses = 0; presses < controls + 2; presses++) {
      await page.keyboard.press(key);
      expect(await focusIsIn(page, selector), `after ${presses + 1} × ${key} the focus is still in ${selector}; it is on ${await focused(page)}`).toBe(true);
      seen.add(await which());
    }
    // Round every control of the dialog, not stuck on one.
    expect(seen.size).toBe(Math.max(1, controls));
  }
}

/** The focused control's ring: its outline is drawn, at least 2 px wide. */
async function expectRing(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style, `the ring on ${await focused(page)}`).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

const typedLines = (page: Page): Promise<number> => page.locator('.terminal-feed .typed').count();

describe('the title by keyboard', () => {
  it('shows a ring on the focused primary button and on an ordinary one', async () => {
    const { page, errors } = await open('?level=apache-snafu');
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await tabTo(page, 'button[data-action="start"]');
    await expectRing(page);
    await frames(page, 5);
    await screenshot(page, 'focus-primary-button');
    await tabTo(page, 'button[data-action="about"]');
    await expectRing(page);
    await screenshot(page, 'focus-ordinary-button');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the ring on the primary button in projector mode too, whose palette is brighter', async () => {
    const { page, errors } = await open('?level=apache-snafu&projector=1');
    await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await tabTo(page, 'button[data-action="start"]');
    await expectRing(page);
    await frames(page, 5);
    await screenshot(page, 'focus-primary-button-projector');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Settings is a modal dialog: Tab stays in it, Enter changes the focused setting and nothing behind it, Esc gives the focus back', async () => {
    const { page, errors } = await open('?level=apache-snafu');
    const before = await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await tabTo(page, 'button[data-action="settings"]');
    await press(page, 'Enter');
    const panel = '.screen-panel[data-panel="settings"]';
    await page.locator(panel).waitFor();
    await expectModal(page, panel, /Settings/);
    await screenshot(page, 'focus-settings-dialog');

    // Enter on a focused setting that is not chosen chooses it; the title does not start and its level stays.
    await tabTo(page, `${panel} .choice-row[data-setting="speed"] button[data-value="2"]`);
    await expectRing(page);
    await press(page, 'Enter');
    const chosen = await page
      .locator(`${panel} .choice-row[data-setting="speed"] button[data-value="2"]`)
      .evaluate((button) => button.classList.contains('primary') || button.getAttribute('aria-pressed') === 'true');
    expect(chosen).toBe(true);
    expect(await focusIsIn(page, panel), `the focus stays in Settings after the change; it is on ${await focused(page)}`).toBe(true);
    // The title's keys do nothing behind it: no level switched, no game started, no About.
    await press(page, 'l', ' ', 'a', 'f');
    await frames(page, 5);
    const after = await waitForHook(page, (hook) => hook.scene === 'title');
    expect(after.level).toBe(before.level);
    expect(await page.locator('.screen-panel[data-panel="about"]').count()).toBe(0);
    expect(page.url()).not.toContain('facilitator');

    await press(page, 'Escape');
    expect(await page.locator(panel).count()).toBe(0);
    expect(await focusIsOn(page, 'button[data-action="settings"]'), `the focus is back on the Settings button; it is on ${await focused(page)}`).toBe(true);
    // Nothing is left inert: Tab reaches the title's menu again.
    await tabTo(page, 'button[data-action="level"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('About is a modal dialog with a close button; Esc or its button gives the focus back', async () => {
    const { page, errors } = await open('?level=apache-snafu');
    const before = await waitForHook(page, (hook) => hook.scene === 'title' && hook.ready);
    await tabTo(page, 'button[data-action="about"]');
    await press(page, 'Enter');
    const panel = '.screen-panel[data-panel="about"]';
    await page.locator(panel).waitFor();
    await expectModal(page, panel, /The true story/);
    await screenshot(page, 'focus-about-dialog');
    await press(page, 'l', 'Enter');
    // Enter pressed the focused close button: the dialog is closed, the level is the same, and no game started.
    expect(await page.locator(panel).count()).toBe(0);
    expect((await waitForHook(page, (hook) => hook.scene === 'title')).level).toBe(before.level);
    expect(await focusIsOn(page, 'button[data-action="about"]'), `the focus is back on the About button; it is on ${await focused(page)}`).toBe(true);

    // Opened by its key with nothing focused, Esc closes it and the title's keys answer again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await press(page, 'a');
    await expectModal(page, panel, /The true story/);
    await press(page, 'Escape');
    expect(await page.locator(panel).count()).toBe(0);
    await press(page, 'l');
    await waitForHook(page, (hook) => hook.level !== before.level);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the incident by keyboard', () => {
  let page: Page;
  let errors: string[];
  const terminal = '.terminal-panel input';

  it('enters the terminal on purpose: Tab on its empty line moves on, Tab on a line being typed completes, Esc leaves', async () => {
    ({ page, errors } = await open('?level=apache-snafu&seed=1&skip-intro=1&speed=1'));
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1, 30_000);
    // Tab goes through the screen and past the terminal: it does not keep the focus.
    await tabTo(page, terminal);
    expect(await page.locator(terminal).getAttribute('aria-label')).toBe('Terminal command');
    await press(page, 'Tab');
    expect(await focusIsOn(page, terminal), `Tab on the empty line moves on; the focus is on ${await focused(page)}`).toBe(false);
    await press(page, 'Shift+Tab');
    expect(await focusIsOn(page, terminal)).toBe(true);
    await press(page, 'Shift+Tab');
    expect(await focusIsOn(page, terminal)).toBe(false);

    // T enters it; letters typed there are the line, not the screen's keys (p does not pause).
    await press(page, 't');
    expect(await focusIsOn(page, terminal)).toBe(true);
    await screenshot(page, 'focus-terminal');
    await page.keyboard.type('ss');
    await press(page, 'Tab');
    expect(await page.locator(terminal).inputValue()).toBe('ssh ');
    expect(await focusIsOn(page, terminal), 'Tab on a line being typed completes it and stays').toBe(true);
    await page.keyboard.type('p');
    expect((await waitForHook(page, (hook) => hook.summary !== null)).summary!.paused).toBe(false);

    // Esc leaves the terminal with the line kept, and the screen's keys answer again.
    await press(page, 'Escape');
    expect(await focusIsOn(page, terminal)).toBe(false);
    expect(await page.locator(terminal).inputValue()).toBe('ssh p');
    await press(page, 'p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    await press(page, 'p');
    await waitForHook(page, (hook) => hook.summary?.paused === false);
    expect(await page.locator('.incident-menu').count(), 'Esc in the terminal only leaves it: no pause menu').toBe(0);
    // The line left there does not keep the keyboard either: reached by Tab through the page, Tab moves on.
    await tabTo(page, terminal);
    await press(page, 'Tab');
    expect(await focusIsOn(page, terminal), `Tab moves on from a line left there; the focus is on ${await focused(page)}`).toBe(false);
    expect(await page.locator(terminal).inputValue()).toBe('ssh p');
  });

  it('shows a ring on a focused button of the action bar', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, '.action-bar button[data-key="4"]');
    await expectRing(page);
    await screenshot(page, 'focus-action-bar-button');
    // A button inside a panel that clips its edges (the chat's channel tabs) shows its ring whole, inside it.
    await tabTo(page, '.chat-panel button');
    await expectRing(page);
    await screenshot(page, 'focus-panel-button');
    await tabTo(page, '.action-bar button[data-key="4"]');
  });

  it('the help (?) is a modal dialog: no command runs behind it, and Esc gives the focus back to the button it was on', async () => {
    // The focus is on the action bar's Site button (4); ? opens the help from there.
    const typed = await typedLines(page);
    await press(page, '?');
    const help = '.incident-menu[data-menu="help"]';
    await expectModal(page, help, /How to play/);
    await screenshot(page, 'focus-help-dialog');
    // The screen's keys do nothing behind it: no look at the site, no ack, no menu, no terminal.
    await press(page, '4', 'k', '1', 't');
    await page.keyboard.type('ack');
    await press(page, 'Enter');
    expect(await page.locator(help).count()).toBe(0); // Enter pressed the focused close button
    expect(await typedLines(page)).toBe(typed);
    expect(await page.locator('.chooser').count()).toBe(0);
    expect(await focusIsOn(page, '.action-bar button[data-key="4"]'), `the focus is back on the Site button; it is on ${await focused(page)}`).toBe(true);

    // Opened again, Esc closes it too.
    await press(page, '?');
    await expectModal(page, help, /How to play/);
    await press(page, 'Escape');
    expect(await page.locator(help).count()).toBe(0);
    expect(await focusIsOn(page, '.action-bar button[data-key="4"]')).toBe(true);
    await waitForHook(page, (hook) => hook.summary?.paused === false);
  });

  it('the pause menu (Esc) is a modal dialog: Resume has the focus, the screen behind waits, Esc resumes', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const typed = await typedLines(page);
    await press(page, 'Escape');
    const menu = '.incident-menu[data-menu="pause"]';
    await expectModal(page, menu, /Paused/);
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    await tabTo(page, `${menu} [data-do="resume"]`);
    await expectRing(page);
    await screenshot(page, 'focus-pause-dialog');
    await press(page, '4', 'k', '2');
    expect(await typedLines(page)).toBe(typed);
    expect(await page.locator('.chooser').count()).toBe(0);
    await press(page, 'Escape');
    expect(await page.locator(menu).count()).toBe(0);
    expect(await focused(page)).toBe('body');
    await waitForHook(page, (hook) => hook.summary?.paused === false);
  });

  it('a numbered menu is a modal dialog: its first option has the focus, nothing acts behind it, Esc gives the focus back', async () => {
    const typed = await typedLines(page);
    await tabTo(page, '.action-bar button[data-key="6"]');
    await press(page, 'Enter');
    await page.locator('.chooser').waitFor();
    await expectModal(page, '.chooser', /Switch which feature\?/);
    await screenshot(page, 'focus-chooser-dialog');
    expect(await page.evaluate(() => (document.querySelector('.terminal-panel input') as HTMLElement).closest('[inert]') !== null)).toBe(true);
    // The clock runs on behind a menu: the page's live regions are not inert, so what happens is still announced.
    const live = await page.evaluate(() => [...document.querySelectorAll('[aria-live="polite"], [aria-live="assertive"]')].map((region) => region.closest('[inert]') === null));
    expect(live.length).toBeGreaterThan(0);
    expect(live.every(Boolean)).toBe(true);
    await press(page, 'k', '?', 'p', 't');
    expect(await page.locator('.incident-menu').count()).toBe(0);
    expect(await typedLines(page)).toBe(typed);
    expect((await waitForHook(page, (hook) => hook.summary !== null)).summary!.paused).toBe(false);
    await press(page, 'Escape');
    expect(await page.locator('.chooser').count()).toBe(0);
    expect(await focusIsOn(page, '.action-bar button[data-key="6"]'), `the focus is back on the button that opened it; it is on ${await focused(page)}`).toBe(true);

    // Opened by its key, a choice made with Tab and Enter is the focused one, not the first: the second host
    // to look at, and the next question (how to look) names it.
    await press(page, '3');
    await page.locator('.chooser').waitFor();
    const second = await page.locator('.chooser button[data-i="1"]').evaluate((button) => {
      const label = button.cloneNode(true) as HTMLElement;
      label.querySelectorAll('kbd, .dim').forEach((part) => part.remove());
      return (label.textContent ?? '').trim();
    });
    await press(page, 'Tab', 'Enter');
    await page.waitForFunction(() => /^How to look at/.test(document.querySelector('.chooser h3')?.textContent ?? ''));
    expect(await page.locator('.chooser h3').textContent()).toBe(`How to look at ${second}?`);
    await expectModal(page, '.chooser', /\S/);
    await press(page, 'Escape');
    expect(await page.locator('.chooser').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length), 'nothing is left inert').toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the facilitator's cards by keyboard", () => {
  it('the discussion card (D) is a modal dialog: Resume has the focus, G shows the hint on it, other keys wait, Esc resumes', async () => {
    const { page, errors } = await open('?level=apache-snafu&seed=1&skip-intro=1&speed=1&facilitator=1');
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1, 30_000);
    await tabTo(page, '.action-bar button[data-key="5"]');
    const typed = await typedLines(page);
    await press(page, 'd');
    const card = '.discussion-card';
    await page.locator(card).waitFor({ state: 'visible' });
    await expectModal(page, card, /Paused for discussion/);
    expect(await focusIsIn(page, `${card} [data-do]`)).toBe(true);
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    // G shows the hint on the card, and its button says it is pressed; the focus stays in the card.
    await press(page, 'g');
    await page.locator('.discussion-hint').waitFor();
    expect(await page.locator(`${card} [data-do="hints"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await focusIsIn(page, card)).toBe(true);
    await screenshot(page, 'focus-discussion-dialog');
    // Nothing behind it: no injection menu, no command, no help, no unpausing with P.
    await press(page, 'i', '4', '?', 'p');
    expect(await page.locator('.chooser').count()).toBe(0);
    expect(await page.locator('.incident-menu').count()).toBe(0);
    expect(await typedLines(page)).toBe(typed);
    expect((await waitForHook(page, (hook) => hook.summary !== null)).summary!.paused).toBe(true);
    await press(page, 'Escape');
    await page.locator(card).waitFor({ state: 'hidden' });
    await waitForHook(page, (hook) => hook.summary?.paused === false);
    expect(await focusIsOn(page, '.action-bar button[data-key="5"]'), `the focus is back where it was; it is on ${await focused(page)}`).toBe(true);

    // The injection menu (I) is a numbered menu like the others.
    await press(page, 'i');
    await page.locator('.chooser').waitFor();
    await expectModal(page, '.chooser', /Inject what\?/);
    await press(page, 'Escape');
    expect(await page.locator('.chooser').count()).toBe(0);
    expect(await focusIsOn(page, '.action-bar button[data-key="5"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
