// Keyboard handling for the whole game, in one place: each screen binds the keys it offers, and keys
// typed into a text field (the terminal, a message) never trigger a shortcut, except Escape. An overlay
// binds only its own keys while it is open (src/ui/modal-focus.ts keeps the focus inside it), so a key
// of the screen behind does nothing. The focus ring every control shows comes with this module.

import './focus.css';

export type KeyHandler = (event: KeyboardEvent) => void;

export class Keys {
  private bindings = new Map<string, KeyHandler>();
  /** Called after any bound key ran (the UI click sound). */
  onHandled: () => void = () => {};

  constructor() {
    document.addEventListener('keydown', (event) => this.dispatch(event));
  }

  /** Replaces every binding with this screen's. Key names are KeyboardEvent.key values, e.g. `Enter`, `Escape`, `1`, `?`. */
  bind(bindings: Record<string, KeyHandler>): void {
    this.bindings = new Map(Object.entries(bindings).map(([key, handler]) => [normalise(key), handler]));
  }

  private dispatch(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
    if (typing && event.key !== 'Escape') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Enter or Space on a focused button or link presses it, not the screen's shortcut.
    if (target && pressesItself(target) && (event.key === 'Enter' || event.key === ' ')) return;
    // Holding a key must not run through screens.
    if (event.repeat && (event.key === 'Enter' || event.key === ' ' || event.key === 'Escape')) return;
    const handler = this.bindings.get(normalise(event.key));
    if (!handler) return;
    event.preventDefault();
    handler(event);
    this.onHandled();
  }
}

/** A control that Enter or Space presses by itself: a button, a link, a summary, or one that says it is a button. */
function pressesItself(target: HTMLElement): boolean {
  return target.tagName === 'BUTTON' || target.tagName === 'SUMMARY' || (target.tagName === 'A' && target.hasAttribute('href')) || target.getAttribute('role') === 'button';
}

/** Letter keys match whatever the case (Caps Lock, Shift); named keys (`Enter`, `Escape`) stay as they are. */
function normalise(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}
