// The player's name from an export: whatever the file holds, one short line of plain text or nothing,
// cleaned as the game cleans it when the player types it (src/session/export-file-name.ts). It goes onto
// a projector and into Markdown (escaped there again), so a file edited by hand gets no more than that.

import { cleanPlayerName, MAX_PLAYER_NAME } from '../session/export-file-name';

/** `notes` gets a line when the field held something unusable (missing or null is simply no name). */
export function playerName(value: unknown, notes: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    notes.push('its player name is not text; shown by the file name instead');
    return null;
  }
  const name = cleanPlayerName(value);
  if (name !== null && [...value.replace(/\s+/g, ' ').trim()].length > MAX_PLAYER_NAME) {
    notes.push(`its player name was longer than ${MAX_PLAYER_NAME} characters; cut`);
  }
  return name;
}
