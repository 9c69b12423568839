// Every overlay of the game (the help, the pause menu, a numbered menu, the title's Settings and About,
// the facilitator's discussion card) behaves as a modal dialog, as WCAG 2.2 asks of one (2.1.2, 2.4.3,
// 4.1.2): it is named as a dialog, takes the focus when it opens, keeps Tab and Shift+Tab inside, makes
// the page behind it inert (so neither a click nor Tab reaches the terminal or a button under it; its
// live regions excepted, so an announcement is still heard while a menu is open), and
// gives the focus back to where it was when it closes. Esc is the overlay's own key (src/ui/keys.ts):
// each overlay binds it to the same path its close button takes.
//
//   const modal = openModal(panel);   // after the panel is in the page, with its heading
//   modal.close();                    // before or after removing it; a dialog removed without it is closed too

import { nextFocusIndex } from './focus-cycle';
import './dialog-close.css';

export interface ModalDialog {
  /** Gives the page back and the focus to where it was. Safe to call twice. */
  close(): void;
  readonly isOpen: boolean;
}

export interface ModalOptions {
  /** What takes the focus: the dialog's first control (the default), or the dialog itself, or a given control. */
  focus?: 'first-control' | 'dialog' | HTMLElement;
}

/** What Tab can reach: the controls a person can press or type in. */
const CONTROLS = 'button, a[href], input, select, textarea, summary, [tabindex]';

/**
 * The live regions the page announces through (ui/announcer, the captions, the tutorial's card) stay out
 * of the inert page, so what happens while a menu is open is still heard; a feed marked aria-live="off"
 * is not one of them.
 */
const LIVE_REGION = ':is([aria-live], [role="status"], [role="alert"], [role="log"]):not([aria-live="off"])';

interface Opened {
  dialog: HTMLElement;
  returnTo: HTMLElement | null;
  /** The elements this dialog made inert (not those that were already). */
  inerted: HTMLElement[];
  watchers: MutationObserver[];
}

/** Open dialogs, the last on top: Tab answers the top one. */
const stack: Opened[] = [];
let headingIds = 0;
let listening = false;

export function openModal(dialog: HTMLElement, options: ModalOptions = {}): ModalDialog {
  const active = document.activeElement;
  const opened: Opened = {
    dialog,
    returnTo: active instanceof HTMLElement && active !== document.body && !dialog.contains(active) ? active : null,
    inerted: [],
    watchers: [],
  };
  nameAsDialog(dialog);
  stack.push(opened);
  makeBehindInert(opened);
  listen();
  // A dialog taken out of the page without close() (a screen cleared for the next one) gives the page
  // back all the same: each ancestor is watched for the child on the way to it being removed.
  for (let node: HTMLElement | null = dialog.parentElement; node; node = node.parentElement) {
    const watcher = new MutationObserver(() => {
      if (!dialog.isConnected) close();
    });
    watcher.observe(node, { childList: true });
    opened.watchers.push(watcher);
  }
  takeFocus(dialog, options.focus ?? 'first-control');

  let isOpen = true;
  function close(): void {
    if (!isOpen) return;
    isOpen = false;
    for (const watcher of opened.watchers) watcher.disconnect();
    const wasTop = stack[stack.length - 1] === opened;
    stack.splice(stack.indexOf(opened), 1);
    for (const element of opened.inerted) element.inert = false;
    // A dialog under this one keeps its page inert (this one may have given back what both had made inert).
    for (const below of stack) makeBehindInert(below);
    if (wasTop) giveFocusBack(opened);
  }
  return {
    close,
    get isOpen() {
      return isOpen;
    },
  };
}

/** Whether a modal dialog is open on the page now. */
export function modalOpen(): boolean {
  return stack.length > 0;
}

/** The controls inside `container` that Tab can reach now: shown, enabled, not inert, in the page's order. */
export function focusableControls(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.getClientRects().length > 0 && element.closest('[inert]') === null,
  );
}

/** role="dialog", aria-modal, and its heading as its name (unless it was given one). */
function nameAsDialog(dialog: HTMLElement): void {
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  if (!dialog.hasAttribute('tabindex')) dialog.tabIndex = -1;
  if (dialog.hasAttribute('aria-label') || dialog.hasAttribute('aria-labelledby')) return;
  const heading = dialog.querySelector<HTMLElement>('h1, h2, h3');
  if (!heading) return;
  if (!heading.id) heading.id = `dialog-heading-${++headingIds}`;
  dialog.setAttribute('aria-labelledby', heading.id);
}

/** Everything beside the dialog and beside each of its ancestors, up to the page's body, becomes inert, but for the live regions. */
function makeBehindInert(opened: Opened): void {
  for (let node: HTMLElement = opened.dialog; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) if (sibling !== node) makeInertAroundLiveRegions(sibling, opened);
  }
}

/** The element becomes inert whole, or, when a live region is inside it, each of its parts but the live regions does. */
function makeInertAroundLiveRegions(element: Element, opened: Opened): void {
  if (!(element instanceof HTMLElement) || element.inert || element.matches(LIVE_REGION)) return;
  if (element.querySelector(LIVE_REGION) === null) {
    element.inert = true;
    opened.inerted.push(element);
    return;
  }
  for (const child of element.children) makeInertAroundLiveRegions(child, opened);
}

function takeFocus(dialog: HTMLElement, focus: NonNullable<ModalOptions['focus']>): void {
  const target = focus === 'dialog' ? dialog : focus === 'first-control' ? (focusableControls(dialog)[0] ?? dialog) : focus;
  target.focus({ preventScroll: true });
}

/** Back to where the focus was, if that is still on the page and reachable; otherwise off the closed dialog. */
function giveFocusBack(opened: Opened): void {
  const { returnTo, dialog } = opened;
  const below = stack[stack.length - 1];
  if (returnTo && returnTo.isConnected && returnTo.closest('[inert]') === null) return returnTo.focus({ preventScroll: true });
  if (below) return takeFocus(below.dialog, 'first-control');
  const active = document.activeElement;
  if (active instanceof HTMLElement && (dialog.contains(active) || active === dialog)) active.blur();
}

/** One listener for the page, in the capture phase so it sees Tab before anything inside the dialog does. */
function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', keepTabInside, true);
}

function keepTabInside(event: KeyboardEvent): void {
  const top = stack[stack.length - 1];
  if (!top || event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const controls = focusableControls(top.dialog);
  const next = nextFocusIndex(controls.length, controls.indexOf(document.activeElement as HTMLElement), event.shiftKey);
  event.preventDefault();
  (next === null ? top.dialog : controls[next]!).focus({ preventScroll: true });
}
