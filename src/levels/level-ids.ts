// Level ids are unique across the levels folder: the menu and the replays find a level by its id, so a
// second level with the same id (a copy of apache-snafu.json that kept its id) could never be picked.
// Both `npm run levels:check` and the game's catalog keep one file of each id and name the others.

import type { LevelProblem } from './level-problem';

export interface LevelOfFile {
  file: string;
  id: string;
}

/**
 * One problem for every level whose id another file already has. The one kept is the file named after
 * its id (`apache-snafu.json` for "apache-snafu", by convention), else the first in the order given; so
 * a copy never pushes out its original, whatever its name sorts as.
 */
export function duplicateIdProblems(levels: readonly LevelOfFile[], leftOut: boolean): LevelProblem[] {
  const keeperOf = new Map<string, string>();
  for (const { file, id } of levels) {
    if (!keeperOf.has(id) || (isNamedAfter(file, id) && !isNamedAfter(keeperOf.get(id)!, id))) keeperOf.set(id, file);
  }
  return levels.filter(({ file, id }) => keeperOf.get(id) !== file).map(({ file, id }) => duplicateIdProblem(id, file, keeperOf.get(id)!, leftOut));
}

function isNamedAfter(file: string, id: string): boolean {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return name === `${id}.json`;
}

function duplicateIdProblem(id: string, file: string, keptFile: string, leftOut: boolean): LevelProblem {
  const consequence = leftOut ? 'so the game leaves this one out' : 'and the game would show only one of them';
  return {
    file,
    path: '$.id',
    message: `the level id ${JSON.stringify(id)} is already used by ${keptFile}, ${consequence}: give this level its own "id" (a copied level keeps its original's id until you change it)`,
  };
}
