// The display settings applied to the page: text size, reduced motion and palette (issue 18). Like
// projector mode (ui/projector-mode), the DOM follows classes and a custom property on the page's root,
// and the canvas's views read views/display-mode when they draw. Reduced motion follows the browser's
// `prefers-reduced-motion` while the setting says 'system', and keeps following it if the system's
// choice changes while the game is open.

import { setCanvasPalette, setMotionReduced } from '../views/display-mode';
import type { PaletteChoice, ReducedMotion, Settings } from './settings-store';

export const REDUCED_MOTION_CLASS = 'reduced-motion';
export const PALETTE_CLASSES: Record<PaletteChoice, string | null> = { standard: null, 'colour-blind': 'palette-colour-blind', 'high-contrast': 'palette-high-contrast' };
/** The custom property the CSS multiplies every font size by (ui.css): the text-size setting as a factor. */
export const TEXT_SIZE_PROPERTY = '--text-size';

const SYSTEM_QUERY = '(prefers-reduced-motion: reduce)';

/** Whether motion is reduced: the setting's own answer, or the system's while it says 'system'. */
export function motionReduced(setting: ReducedMotion, systemPrefersReduced: boolean): boolean {
  return setting === 'system' ? systemPrefersReduced : setting === 'on';
}

/** What the page needs to know, so a test can drive it without a browser. */
export interface DisplayTarget {
  root: { style: { setProperty: (name: string, value: string) => void }; classList: { toggle: (name: string, on: boolean) => unknown } };
  systemPrefersReduced: () => boolean;
  onSystemChange: (listener: () => void) => void;
}

/** What was last applied, and where: the system's changes are read against it. */
let applied: { settings: Pick<Settings, 'reducedMotion'>; target: DisplayTarget } | null = null;
/** The pages whose system changes are listened to (one, in the game; a test's fakes besides). */
const listened = new WeakSet<DisplayTarget>();

/** Applies the display settings to the page and the canvas; call at start and again after each change. */
export function applyDisplaySettings(settings: Pick<Settings, 'textSize' | 'reducedMotion' | 'palette'>, target: DisplayTarget | null = browserTarget()): void {
  setCanvasPalette(settings.palette);
  if (!target) return setMotionReduced(motionReduced(settings.reducedMotion, false));
  target.root.style.setProperty(TEXT_SIZE_PROPERTY, String(settings.textSize / 100));
  for (const [choice, className] of Object.entries(PALETTE_CLASSES)) if (className) target.root.classList.toggle(className, choice === settings.palette);
  applied = { settings: { reducedMotion: settings.reducedMotion }, target };
  applyMotion();
  if (listened.has(target)) return;
  listened.add(target);
  target.onSystemChange(() => applied?.target === target && applyMotion());
}

function applyMotion(): void {
  if (!applied) return;
  const on = motionReduced(applied.settings.reducedMotion, applied.target.systemPrefersReduced());
  setMotionReduced(on);
  applied.target.root.classList.toggle(REDUCED_MOTION_CLASS, on);
}

/** The page itself, made once: each settings change applies to the same target, so the system's changes are listened to once. */
let page: DisplayTarget | null = null;

function browserTarget(): DisplayTarget | null {
  if (typeof document === 'undefined' || typeof window === 'undefined') return null;
  if (page) return page;
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(SYSTEM_QUERY) : null;
  page = {
    root: document.documentElement,
    systemPrefersReduced: () => query?.matches ?? false,
    onSystemChange: (listener) => query?.addEventListener('change', listener),
  };
  return page;
}
