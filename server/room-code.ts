// Room codes: what players type (or get in a link) to join a team room. Drawn by the operating system's
// cryptographic random generator from 32 letters and digits that cannot be misread (no I, O, 0 or 1), 8 of
// them: 40 bits, so guessing one of even a thousand live rooms takes about a billion tries, far past what
// the server's join rate would let anyone make. The code is the room's id, and the room is private (not
// listed), so the code is the only way in.

import { randomInt } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../src/team/room-codes';

export { readRoomCode, spokenRoomCode, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../src/team/room-codes';

/** log2(32^8): the guessing work a code stands for. */
export const ROOM_CODE_BITS = ROOM_CODE_LENGTH * Math.log2(ROOM_CODE_ALPHABET.length);

export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}
