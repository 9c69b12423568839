// The player's name for the exports, asked on the briefing: optional, remembered, editable. The first
// time, the field is lit and asks; it never takes the cursor by itself, so Enter still starts the shift
// for a player who does not want to give a name. N (or a click) enters it; Enter keeps the name and
// starts the shift; Esc leaves the field unchanged. Typing here never reaches the screen's shortcuts
// (ui/keys ignores keys typed into a field).

import { cleanPlayerName, MAX_PLAYER_NAME } from '../session/export-file-name';
import { saveSettings, type Settings } from './settings-store';
import { escapeHtml } from './ui-layer';

export function playerNameFieldHtml(settings: Settings): string {
  return `<label class="player-name${settings.nameAsked ? '' : ' asking'}"><span><kbd>N</kbd>Your name, for the files you download <span class="dim">(optional)</span></span>
    <input type="text" maxlength="${MAX_PLAYER_NAME}" autocomplete="nickname" spellcheck="false" value="${escapeHtml(settings.playerName ?? '')}" placeholder="no name" /></label>`;
}

/** Wires the field in `root`; `go` starts the shift. Returns what focuses the field (the N key). */
export function wirePlayerNameField(root: HTMLElement, settings: Settings, go: () => void): () => void {
  const input = root.querySelector<HTMLInputElement>('.player-name input')!;
  const keep = (): void => {
    const name = cleanPlayerName(input.value);
    input.value = name ?? '';
    if (name === settings.playerName && settings.nameAsked) return;
    settings.playerName = name;
    settings.nameAsked = true;
    saveSettings(settings);
  };
  input.addEventListener('change', keep);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      keep();
      input.blur();
      go();
    } else if (event.key === 'Escape') {
      // Leaves the field without going back a screen.
      event.stopPropagation();
      input.value = settings.playerName ?? '';
      input.blur();
    }
  });
  if (!settings.nameAsked) {
    // Asked once: the first briefing lights the field; after that it simply shows the name kept.
    settings.nameAsked = true;
    saveSettings(settings);
  }
  return () => {
    input.focus();
    input.select();
  };
}
