// Tab in the terminal completes only a line being typed (entered with T, or typed in since the focus
// came): on an empty line, or a line left there and reached later by Tab through the page, it is the
// page's Tab and moves the focus on, so the terminal never keeps the keyboard (WCAG 2.1.2).

import { describe, expect, it } from 'vitest';
import { tabCompletes } from '../../src/terminal/complete-terminal-line';

describe('Tab in the terminal', () => {
  it('completes a line being typed, even one word or one letter', () => {
    expect(tabCompletes('s', true)).toBe(true);
    expect(tabCompletes('ssh ', true)).toBe(true);
    expect(tabCompletes('dsh -g web -F 25 chef-client', true)).toBe(true);
  });

  it('moves the focus on from an empty line, or one of only spaces, even while typing there', () => {
    expect(tabCompletes('', true)).toBe(false);
    expect(tabCompletes('   ', true)).toBe(false);
  });

  it('moves the focus on from a line left there, when Tab through the page reached it', () => {
    expect(tabCompletes('ssh web-0', false)).toBe(false);
  });
});
