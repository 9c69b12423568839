// Projector mode: larger, bolder, higher-contrast text and larger fleet tiles, for a facilitator's room
// reading the game off a wall. The page's `?projector=` wins for that page; otherwise the saved setting
// does. The DOM follows a class on the body (the sizes and colours are in palette.css and ui.css); the
// canvas's views read views/projector when they lay out, so a change shows from the next screen drawn.

import type { UrlOptions } from '../url-options';
import { isProjector, setProjector } from '../views/projector';
import type { Settings } from './settings-store';

export const PROJECTOR_CLASS = 'projector';

/** Whether this page is in projector mode: its option if it gave one, else the saved setting. */
export function projectorWanted(options: Pick<UrlOptions, 'projector'>, settings: Pick<Settings, 'projector'>): boolean {
  return options.projector ?? settings.projector;
}

/** Turns projector mode on or off for the page: the body's class for the DOM, the flag for the canvas. */
export function applyProjector(on: boolean, body: HTMLElement | null = typeof document === 'undefined' ? null : document.body): void {
  setProjector(on);
  body?.classList.toggle(PROJECTOR_CLASS, on);
}

export { isProjector };
