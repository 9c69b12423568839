// Room codes: what players type (or get in a link) to join a team room. Drawn by the operating system's
// cryptographic random generator from 32 letters and digits that cannot be misread (no I, O, 0 or 1), 8 of
// them: 40 bits, so guessing one of even a thousand live rooms takes about a billion tries, far past what
// the server's join rate would let anyone make. The code is the room's id, and the room is private (not
// listed), so the code is the only way in.

import { randomInt } from 'node:crypto';

export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 8;
/** log2(32^8): the guessing work a code stands for. */
export const ROOM_CODE_BITS = ROOM_CODE_LENGTH * Math.log2(ROOM_CODE_ALPHABET.length);

export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** A code as a person might type it (lower case, with a dash or spaces in the middle) read back, or null if it is not one. */
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

/** The join link the game's page reads (`?team=CODE`), on the address the room serves the game from. */
export function roomLink(gameUrl: string, code: string): string {
  const url = new URL(gameUrl);
  url.searchParams.set('team', code);
  return url.toString();
}
