// Helpers for the browser tests that play by keys alone (tutorial.e2e.ts, cats-ask-first.e2e.ts): press
// keys a frame apart, answer the numbered chooser by the digit of the choice that says what we want (read
// off the menu, so the test fails if the choice is missing rather than pressing a number blindly), and
// read the terminal, chat and alert feeds.

import { expect } from 'vitest';
import { frames, type Page } from './harness';

export function keyboardPlay(page: () => Page) {
  async function press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await page().keyboard.press(key);
      await frames(page());
    }
  }

  /** The open chooser's question, or null when none is open. */
  async function question(): Promise<string | null> {
    const heading = page().locator('.chooser h3');
    return (await heading.count()) === 0 ? null : await heading.textContent();
  }

  /** The open chooser's choices, as their text (the digit first). */
  async function choices(): Promise<string[]> {
    return page().locator('.chooser button[data-i]').allTextContents();
  }

  /**
   * Answers the open chooser by a digit key: the choice whose text contains `label`. Checks the question
   * first when one is given. Returns the digit pressed.
   */
  async function choose(label: string | RegExp, asked?: string | RegExp): Promise<string> {
    await page().locator('.chooser h3').waitFor({ timeout: 5_000 });
    const heading = (await question()) ?? '';
    if (asked !== undefined) {
      if (typeof asked === 'string') expect(heading, 'the menu asks').toBe(asked);
      else expect(heading, 'the menu asks').toMatch(asked);
    }
    const offered = await choices();
    const index = offered.findIndex((text) => (typeof label === 'string' ? text.includes(label) : label.test(text)));
    expect(index, `"${heading}" offers ${String(label)}; it offers: ${offered.join(' | ')}`).toBeGreaterThanOrEqual(0);
    expect(index, `"${String(label)}" has a digit key`).toBeLessThan(9);
    const digit = String(index + 1);
    await press(digit);
    return digit;
  }

  const text = async (selector: string): Promise<string> => (await page().locator(selector).textContent()) ?? '';

  /** Waits until the element's text matches, polling every frame. */
  async function waitForText(selector: string, wanted: string | RegExp, timeout = 30_000): Promise<string> {
    const source = typeof wanted === 'string' ? { literal: wanted, pattern: '', flags: '' } : { literal: null, pattern: wanted.source, flags: wanted.flags };
    await page().waitForFunction(
      ({ selector: at, source: want }) => {
        const found = document.querySelector(at)?.textContent ?? '';
        return want.literal !== null ? found.includes(want.literal) : new RegExp(want.pattern, want.flags).test(found);
      },
      { selector, source },
      { timeout, polling: 'raf' },
    );
    return text(selector);
  }

  return {
    press,
    question,
    choices,
    choose,
    terminalText: () => text('.terminal-feed'),
    chatText: () => text('.chat-panel'),
    alertsText: () => text('.alerts-feed'),
    waitForText,
  };
}
