// The DOM layer over the game canvas, where text rules (panels, menus, the terminal). It is laid out
// at the game's logical 1280x720 and scaled with the canvas, so text stays crisp at any window size.

import { SCREEN } from '../views/palette';

export class UiLayer {
  readonly root: HTMLDivElement;
  /** Above every screen and kept across screens: toasts and captions. */
  readonly overlay: HTMLDivElement;

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
