// Every level bundled with the game, read and checked at start. A level file that fails its checks is
// left out of the menu, and the title screen says which file and what is wrong with it.

import type { Level } from './levels/level';
import { formatLevelProblems, parseLevel } from './levels/parse-level';

export interface LevelCatalog {
  levels: Level[];
  problems: string[];
}

const files = import.meta.glob<unknown>(['../levels/*.json', '!../levels/*.replay.json'], { eager: true, import: 'default' });

export function loadCatalog(): LevelCatalog {
  const levels: Level[] = [];
  const problems: string[] = [];
  for (const [path, json] of Object.entries(files)) {
    const file = path.replace(/^\.\.\//, '');
    const parsed = parseLevel(json, file);
    if (parsed.ok) levels.push(parsed.level);
    else problems.push(formatLevelProblems(parsed.problems));
  }
  // The faithful level first; the rest by title.
  levels.sort((a, b) => (a.meta.id === 'apache-snafu' ? -1 : b.meta.id === 'apache-snafu' ? 1 : a.meta.title.localeCompare(b.meta.title)));
  return { levels, problems };
}
