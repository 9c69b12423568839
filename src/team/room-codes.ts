// Room codes as people read and type them: 8 letters and digits from 32 that cannot be misread (no I,
// O, 0 or 1), shown in two groups of four and read back however they were typed (lower case, a dash or
// spaces in the middle). The room server draws them (server/room-code); the pages read them.

export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 8;

/** A code as a person might type it, read back, or null if it is not one. */
export function readRoomCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== ROOM_CODE_LENGTH) return null;
  for (const letter of code) if (!ROOM_CODE_ALPHABET.includes(letter)) return null;
  return code;
}

/** How a code is shown: two groups of four, easy to read out across a room. */
export function spokenRoomCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
