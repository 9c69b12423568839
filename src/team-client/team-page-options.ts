// The team page's address (team.html): `?team=CODE` joins that room (the link a room's creator shares),
// `&seat=ops` picks the seat at once; without a code the page offers to create a room or type one. The
// code is read as a person might type it (lower case, a dash in the middle); anything the page does not
// know is named, not silently dropped, and never stops the page.

import { readRoomCode, ROOM_CODE_LENGTH } from '../team/room-codes';
import { isRole, SEATS, type Role } from '../team/seats';

export { readRoomCode, spokenRoomCode } from '../team/room-codes';

export interface TeamPageOptions {
  code: string | null;
  seat: Role | 'any' | null;
  problems: string[];
}

const KNOWN = new Set(['team', 'seat']);

export function teamPageOptions(search: string): TeamPageOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const options: TeamPageOptions = { code: null, seat: null, problems };
  const rawCode = params.get('team');
  if (rawCode !== null && rawCode !== '') {
    options.code = readRoomCode(rawCode);
    if (options.code === null)
      problems.push(`team=${shown(rawCode)} is not a room code: a code is ${ROOM_CODE_LENGTH} letters and digits, like ABCD-EFGH. Type the code you were given below.`);
  }
  const seat = params.get('seat');
  if (seat !== null) {
    if (seat === 'any' || isRole(seat)) options.seat = seat;
    else problems.push(`seat=${shown(seat)} is not a seat: the seats are ${SEATS.join(', ')}, or facilitator. Pick one below.`);
  }
  for (const key of new Set(params.keys())) if (!KNOWN.has(key)) problems.push(`The page option "${shown(key)}" means nothing here (this page knows team= and seat=); it was left out.`);
  return options;
}

/** The link that joins a room, on the page's own address. */
export function teamLink(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, 'team.html');
  url.searchParams.set('team', code);
  return url.toString();
}

function shown(value: string): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
