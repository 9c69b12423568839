// The top bar holds many short texts in one row; the browser tests check that none overlaps another or
// runs past the bar, whatever the shift's end adds at its right.

import type { Page } from './harness';

/** Pairs of visible top-bar items that overlap, and items that run past the bar: empty when all fit. */
export function topBarClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.top-bar')!.getBoundingClientRect();
    const items = [...document.querySelectorAll<HTMLElement>('.top-bar > span, .top-bar .shift-end > span')]
      .filter((item) => !item.hidden && item.getClientRects().length > 0 && !item.classList.contains('shift-end'))
      .map((item) => ({ name: item.className, box: item.getBoundingClientRect() }));
    const clashes: string[] = [];
    items.forEach((item, index) => {
      if (item.box.left < bar.left - 0.5 || item.box.right > bar.right + 0.5) clashes.push(`${item.name} runs past the bar`);
      for (const other of items.slice(index + 1)) {
        if (item.box.left < other.box.right - 0.5 && other.box.left < item.box.right - 0.5) clashes.push(`${item.name} overlaps ${other.name}`);
      }
    });
    return clashes;
  });
}
