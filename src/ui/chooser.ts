// A small numbered menu over the incident: "stop Chef on which hosts? 1 … 2 …". Keys 1-9 pick, Enter
// takes the first (or the focused option), Escape cancels; every option is also a button. The clock keeps
// running meanwhile. It is a modal dialog (src/ui/modal-focus.ts): the focus goes to its first option and
// stays in it, the screen behind is inert, and the focus goes back where it was when it is answered.

import type { Keys } from './keys';
import { openModal } from './modal-focus';
import { escapeHtml, type UiLayer } from './ui-layer';

export interface Choice<T> {
  label: string;
  detail?: string;
  value: T;
}

export class Chooser {
  private open: HTMLDivElement | null = null;
  private cancelOpen: (() => void) | null = null;
  private restoring = true;

  constructor(
    private readonly ui: UiLayer,
    private readonly keys: Keys,
    private readonly restoreKeys: () => void,
  ) {}

  get isOpen(): boolean {
    return this.open !== null;
  }

  ask<T>(question: string, choices: readonly Choice<T>[]): Promise<T | null> {
    this.cancel();
    return new Promise((resolve) => {
      // A long list (a cat's nine kinds of job) gets compact rows, so it fits the screen.
      const panel = this.ui.mount(choices.length > 6 ? 'chooser many' : 'chooser');
      panel.innerHTML = `<h3>${escapeHtml(question)}</h3>${choices
        .map((choice, i) => `<button data-i="${i}"><kbd>${i + 1}</kbd>${escapeHtml(choice.label)}${choice.detail ? `<span class="dim"> — ${escapeHtml(choice.detail)}</span>` : ''}</button>`)
        .join('')}<p class="dim"><kbd>Esc</kbd> cancel</p>`;
      const modal = openModal(panel);
      const finish = (value: T | null): void => {
        modal.close();
        panel.remove();
        this.open = null;
        this.cancelOpen = null;
        if (this.restoring) this.restoreKeys();
        resolve(value);
      };
      panel.querySelectorAll<HTMLButtonElement>('button[data-i]').forEach((button) => button.addEventListener('click', () => finish(choices[Number(button.dataset['i'])]!.value)));
      const bindings: Record<string, () => void> = { Escape: () => finish(null), Enter: () => finish(choices[0]!.value) };
      choices.slice(0, 9).forEach((choice, i) => (bindings[String(i + 1)] = () => finish(choice.value)));
      this.keys.bind(bindings);
      this.open = panel;
      this.cancelOpen = () => finish(null);
    });
  }

  cancel(): void {
    this.cancelOpen?.();
  }

  /** Settles an open question as cancelled without touching the keys: for when its screen goes away. */
  dismiss(): void {
    this.restoring = false;
    this.cancelOpen?.();
    this.restoring = true;
  }
}
