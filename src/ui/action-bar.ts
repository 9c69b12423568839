// The row of actions along the bottom of the incident: every entry of the key table that has a short
// label becomes a button. The screen's own keys (F filter, T terminal, P pause) sit on their panels.

import { INCIDENT_KEYS, type IncidentKey } from './incident-keys';
import { escapeHtml } from './ui-layer';

export function mountActionBar(element: HTMLElement, press: (action: IncidentKey) => void): void {
  const onBar = INCIDENT_KEYS.filter((action) => action.short !== undefined);
  element.innerHTML = onBar
    .map((action) => `<button data-key="${escapeHtml(action.key)}" title="${escapeHtml(action.does)}"><kbd>${escapeHtml(action.key)}</kbd>${escapeHtml(action.short!)}</button>`)
    .join('');
  element.querySelectorAll<HTMLButtonElement>('button').forEach((button, index) =>
    // The menu it opens takes the focus (src/ui/modal-focus.ts), so Enter answers the menu, not this
    // button again; once the menu is answered, the focus comes back here, where the player was.
    button.addEventListener('click', () => press(onBar[index]!)),
  );
}
