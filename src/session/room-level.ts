// `?level=ID` gives a room the same incident from one link. The page asks for it by id; the catalog says
// whether this build has it. An id it does not have is named, with the ids it does have, and the title
// offers the saved level instead.

import type { Level } from '../levels/level';

export function roomLevel(levels: readonly Level[], wanted: string | null): { levelId: string | null; problem: string | null } {
  if (wanted === null) return { levelId: null, problem: null };
  if (levels.some((level) => level.meta.id === wanted)) return { levelId: wanted, problem: null };
  const ids = levels.map((level) => level.meta.id);
  const known = ids.length === 0 ? 'it has none that passed their checks' : `it has ${ids.join(', ')}`;
  return { levelId: null, problem: `level=${wanted.length > 40 ? `${wanted.slice(0, 39)}…` : wanted} is not a level of this game (${known}); offering the saved level` };
}
