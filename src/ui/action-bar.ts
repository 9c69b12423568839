// The row of actions along the bottom of the incident: every action a key and a button. The screen's own
// keys (F filter, T terminal, P pause) sit on the panels they belong to.

import { INCIDENT_KEYS } from './incident-keys';
import { escapeHtml } from './ui-layer';

const SHORT: Record<string, string> = {
  '1': 'Chef switch',
  '2': 'Run Chef',
  '3': 'Look',
  '4': 'Site',
  '5': 'LB',
  '6': 'Shed load',
  '7': 'Cookbook',
  '8': 'Status',
  '9': 'Post',
  K: 'Ack',
  C: 'Team',
  H: 'Hand over',
};

export function mountActionBar(element: HTMLElement, press: (key: string) => void): void {
  element.innerHTML = INCIDENT_KEYS.filter((key) => SHORT[key.key])
    .map((key) => `<button data-key="${escapeHtml(key.key)}" title="${escapeHtml(key.does)}"><kbd>${escapeHtml(key.key)}</kbd>${escapeHtml(SHORT[key.key]!)}</button>`)
    .join('');
  element.querySelectorAll<HTMLButtonElement>('button').forEach((button) =>
    button.addEventListener('click', () => {
      // Focus leaves the button, so Enter answers the menu it opened rather than pressing it again.
      button.blur();
      press(button.dataset['key']!);
    }),
  );
}
