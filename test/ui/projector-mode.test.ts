// Projector mode: the page's `?projector=` wins for that page, the saved setting otherwise; turning it on
// marks the page for the CSS and tells the canvas's views.

import { describe, expect, it } from 'vitest';
import { applyProjector, isProjector, PROJECTOR_CLASS, projectorWanted } from '../../src/ui/projector-mode';

function fakeBody(): { classes: Set<string>; body: HTMLElement } {
  const classes = new Set<string>();
  const classList = { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name), on) };
  return { classes, body: { classList } as unknown as HTMLElement };
}

describe('projector mode', () => {
  it('follows the page option when there is one, the saved setting otherwise', () => {
    expect(projectorWanted({ projector: null }, { projector: false })).toBe(false);
    expect(projectorWanted({ projector: null }, { projector: true })).toBe(true);
    expect(projectorWanted({ projector: true }, { projector: false })).toBe(true);
    expect(projectorWanted({ projector: false }, { projector: true })).toBe(false);
  });

  it('marks the page and tells the canvas, and takes both back', () => {
    const { classes, body } = fakeBody();
    try {
      applyProjector(true, body);
      expect([...classes]).toEqual([PROJECTOR_CLASS]);
      expect(isProjector()).toBe(true);
      applyProjector(false, body);
      expect([...classes]).toEqual([]);
      expect(isProjector()).toBe(false);
    } finally {
      applyProjector(false, null);
    }
  });
});
