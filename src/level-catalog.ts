// Every level bundled with the game, read and checked at start. A level file that fails its checks is
// left out of the menu, and the title screen says which file and what is wrong with it. So is a second
// level with an id already taken (a copied file that kept its id): the original stays, the copy is named.

import type { Level } from './levels/level';
import { duplicateIdProblems } from './levels/level-ids';
import { formatLevelProblems, parseLevel } from './levels/parse-level';

export interface LevelCatalog {
  levels: Level[];
  problems: string[];
}

const files = import.meta.glob<unknown>(['../levels/*.json', '!../levels/*.replay.json'], { eager: true, import: 'default' });

export function loadCatalog(): LevelCatalog {
  return catalogOf(files);
}

/** The catalog of these files (their path from src/ → their parsed JSON). */
export function catalogOf(jsonByPath: Readonly<Record<string, unknown>>): LevelCatalog {
  const read: Array<{ file: string; level: Level }> = [];
  const problems: string[] = [];
  for (const path of Object.keys(jsonByPath).sort()) {
    const file = path.replace(/^\.\.\//, '');
    const parsed = parseLevel(jsonByPath[path], file);
    if (parsed.ok) read.push({ file, level: parsed.level });
    else problems.push(formatLevelProblems(parsed.problems));
  }
  const duplicates = duplicateIdProblems(
    read.map(({ file, level }) => ({ file, id: level.meta.id })),
    true,
  );
  for (const duplicate of duplicates) problems.push(formatLevelProblems([duplicate]));
  const leftOut = new Set(duplicates.map((problem) => problem.file));
  const levels = read.filter(({ file }) => !leftOut.has(file)).map(({ level }) => level);
  // The faithful level first; the rest by title.
  levels.sort((a, b) => (a.meta.id === 'apache-snafu' ? -1 : b.meta.id === 'apache-snafu' ? 1 : a.meta.title.localeCompare(b.meta.title)));
  return { levels, problems };
}
