// Who played, in the exports: the optional name a player gives, cleaned, and the file name of an export,
// which carries the level, the seed, the name, the date and the time, so six files from six laptops in
// one room never collide and sort by when they were played.

/** The longest name kept; a longer one is cut. */
export const MAX_PLAYER_NAME = 40;

/** The name as kept: one line, no control characters, no outer spaces, at most MAX_PLAYER_NAME; null when empty. */
export function cleanPlayerName(raw: string): string | null {
  const line = raw
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const name = [...line].slice(0, MAX_PLAYER_NAME).join('').trim();
  return name === '' ? null : name;
}

/** The name as part of a file name: letters and digits of any script, the rest as single dashes. */
function fileNamePart(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** `apache-snafu-seed1-ada-2026-12-01-2104` (no extension); the time is the player's local time, to the minute. */
export function exportFileName(levelId: string, seed: number, player: string | null, at: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  const when = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  const who = player === null ? '' : fileNamePart(player);
  return [fileNamePart(levelId) || 'level', `seed${seed}`, ...(who ? [who] : []), when].join('-');
}
