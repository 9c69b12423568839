// The two overlays of the incident screen: the pause menu (resume, restart, quit) and the help (how to
// play, every key). While one is open only its own keys answer; the scene pauses the clock around it.
// Each is a modal dialog (src/ui/modal-focus.ts): it takes the focus, keeps Tab inside, leaves the screen
// behind inert (so no command can be typed or pressed under it), and gives the focus back when it closes.

import { incidentKeyListHtml } from './incident-keys';
import type { Keys } from './keys';
import { openModal, type ModalDialog } from './modal-focus';
import type { UiLayer } from './ui-layer';

export type IncidentMenuKind = 'pause' | 'help';

export interface IncidentMenuChoices {
  /** Closes the overlay (Esc, or the Resume button). */
  resume: () => void;
  restart: () => void;
  quit: () => void;
}

export class IncidentMenu {
  private element: HTMLDivElement | null = null;
  private modal: ModalDialog | null = null;

  constructor(
    private readonly ui: UiLayer,
    private readonly keys: Keys,
    /** With the facilitator's live controls on, their keys are listed too. */
    private readonly facilitator = false,
  ) {}

  /** Which overlay is open, if any. */
  get open(): IncidentMenuKind | null {
    return (this.element?.dataset['menu'] as IncidentMenuKind | undefined) ?? null;
  }

  show(which: IncidentMenuKind, choices: IncidentMenuChoices): void {
    this.close();
    const menu = this.ui.mount('screen-panel incident-menu');
    menu.dataset['menu'] = which;
    const keys = incidentKeyListHtml('key-list', this.facilitator);
    menu.innerHTML =
      which === 'pause'
        ? `<h2>Paused</h2><div class="menu-buttons"><button class="primary" data-do="resume"><kbd>Esc</kbd>Resume</button>
           <button data-do="restart"><kbd>R</kbd>Restart the level</button><button data-do="quit"><kbd>Q</kbd>Quit to the title</button></div>${keys}`
        : `<h2>How to play</h2><button class="primary dialog-close" data-do="resume"><kbd>Esc</kbd>Back to the game</button>
           <p>Watch the fleet and the pager, find out what is going on, stop it spreading, fix it, and keep people told.
           Click a host tile to select it.</p>${keys}<p class="dim"><kbd>?</kbd> or <kbd>Esc</kbd> to close</p>`;
    menu.querySelector('[data-do="resume"]')?.addEventListener('click', choices.resume);
    menu.querySelector('[data-do="restart"]')?.addEventListener('click', choices.restart);
    menu.querySelector('[data-do="quit"]')?.addEventListener('click', choices.quit);
    this.keys.bind(which === 'pause' ? { Escape: choices.resume, r: choices.restart, q: choices.quit } : { Escape: choices.resume, '?': choices.resume });
    this.element = menu;
    this.modal = openModal(menu);
  }

  /** Removes the overlay; the caller binds the screen's keys again. */
  close(): void {
    this.modal?.close();
    this.modal = null;
    this.element?.remove();
    this.element = null;
  }
}
