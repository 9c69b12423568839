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
    button.addEventListener('click', () => {
      // Focus leaves the button, so Enter answers the menu it opened rather than pressing it again.
      button.blur();
      press(onBar[index]!);
    }),
  );
}
