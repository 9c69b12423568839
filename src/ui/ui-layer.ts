// The DOM layer over the game canvas, where text rules (panels, menus, the terminal). It is laid out
// at the game's logical 1280x720 and scaled with the canvas, so text stays crisp at any window size.
// Scaling to fit would cancel the browser's zoom (at 200 % the window is half as many CSS pixels wide,
// so the layer would be scaled down by half): the zoom since the page opened is measured from the
// device pixel ratio and handed to the CSS as --zoom-text, which every font size is multiplied by, with
// the text-size setting (ui/display-settings). Text grows; the panels' places stay where the canvas has them.

import { SCREEN } from '../views/palette';

/** The custom property the CSS multiplies font sizes by for the browser's zoom (ui.css). */
export const ZOOM_TEXT_PROPERTY = '--zoom-text';
/**
 * The layer's class once text is this much larger than designed (setting times zoom): the screens then
 * lay themselves out for it (display.css: the title in one column, long columns scrolling, the canvas's
 * captions and the top bar kept near their size, as they have only the room the canvas gives them).
 */
export const LARGE_TEXT_CLASS = 'large-text';
const LARGE_TEXT_FROM = 1.4;

/**
 * How much the browser's zoom has grown the text since the page opened: the device pixel ratio is the
 * zoom times the screen's own scale, so its change is the zoom's change. Kept within 50-300 %.
 */
export function zoomTextFactor(devicePixelRatio: number, atOpen: number): number {
  if (!(devicePixelRatio > 0) || !(atOpen > 0)) return 1;
  return Math.min(3, Math.max(0.5, Math.round((devicePixelRatio / atOpen) * 100) / 100));
}

export class UiLayer {
  readonly root: HTMLDivElement;
  /** Above every screen and kept across screens: toasts and captions. */
  readonly overlay: HTMLDivElement;
  /** The device pixel ratio when the page opened: the browser's zoom is measured from it. */
  private readonly pixelRatioAtOpen = window.devicePixelRatio || 1;

  constructor(private readonly host: HTMLElement) {
    this.root = document.createElement('div');
    this.root.id = 'ui-layer';
    this.root.style.width = `${SCREEN.width}px`;
    this.root.style.height = `${SCREEN.height}px`;
    this.overlay = document.createElement('div');
    this.overlay.className = 'overlay passive';
    this.root.appendChild(this.overlay);
    host.appendChild(this.root);
    window.addEventListener('resize', () => this.fit());
  }

  /** Lines the layer up with the canvas, which Phaser scales and centres to fit the window. */
  fit(canvas: HTMLCanvasElement | null = this.host.querySelector('canvas')): void {
    if (!canvas) return;
    const bounds = canvas.getBoundingClientRect();
    const hostBounds = this.host.getBoundingClientRect();
    const scale = bounds.width / SCREEN.width;
    const zoom = zoomTextFactor(window.devicePixelRatio, this.pixelRatioAtOpen);
    this.root.style.setProperty(ZOOM_TEXT_PROPERTY, String(zoom));
    const textSize = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--text-size')) || 1;
    this.root.classList.toggle(LARGE_TEXT_CLASS, textSize * zoom >= LARGE_TEXT_FROM);
    this.root.style.transform = `translate(${bounds.left - hostBounds.left}px, ${bounds.top - hostBounds.top}px) scale(${scale})`;
  }

  /** A fresh element for one screen; removed when that screen ends. */
  mount(className: string, html = ''): HTMLDivElement {
    const element = document.createElement('div');
    element.className = className;
    element.innerHTML = html;
    this.root.appendChild(element);
    return element;
  }

  clear(): void {
    this.root.replaceChildren(this.overlay);
  }

  /** A short message over whatever screen is up, gone after a while: things the player should know once. */
  toast(text: string, ms = 9000): void {
    const toast = document.createElement('div');
    toast.className = 'toast';
    toast.textContent = text;
    this.overlay.appendChild(toast);
    setTimeout(() => toast.remove(), ms);
  }
}

/** Escapes text for innerHTML: every string that reaches the page from a level or a player goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
