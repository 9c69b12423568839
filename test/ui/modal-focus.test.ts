// An overlay keeps the keyboard while it is open: Tab goes round its controls and never out to the page
// behind it, Shift+Tab goes round the other way, and a focus that strayed comes back in at the right end.
// The page's part (inert, the focus taken and given back) is tested in the browser: test/e2e/keyboard-focus.e2e.ts.

import { describe, expect, it } from 'vitest';
import { nextFocusIndex } from '../../src/ui/focus-cycle';

describe('Tab inside a modal dialog', () => {
  it('moves on to the next control, and from the last back to the first', () => {
    expect(nextFocusIndex(3, 0, false)).toBe(1);
    expect(nextFocusIndex(3, 1, false)).toBe(2);
    expect(nextFocusIndex(3, 2, false)).toBe(0);
  });

  it('moves back with Shift+Tab, and from the first round to the last', () => {
    expect(nextFocusIndex(3, 2, true)).toBe(1);
    expect(nextFocusIndex(3, 0, true)).toBe(2);
  });

  it('comes in at the first control (or the last, going back) from the dialog itself or from anywhere else', () => {
    expect(nextFocusIndex(4, -1, false)).toBe(0);
    expect(nextFocusIndex(4, -1, true)).toBe(3);
    expect(nextFocusIndex(4, 9, false)).toBe(0);
  });

  it('stays on the one control of a dialog that has one', () => {
    expect(nextFocusIndex(1, 0, false)).toBe(0);
    expect(nextFocusIndex(1, 0, true)).toBe(0);
  });

  it('leaves the focus on the dialog itself when it has no control', () => {
    expect(nextFocusIndex(0, -1, false)).toBeNull();
    expect(nextFocusIndex(0, -1, true)).toBeNull();
  });

  it('never leaves the dialog, however many times Tab or Shift+Tab is pressed', () => {
    for (const count of [1, 2, 5]) {
      let index = 0;
      for (let press = 0; press < 3 * count; press++) {
        index = nextFocusIndex(count, index, press % 3 === 2)!;
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(count);
      }
    }
  });
});
