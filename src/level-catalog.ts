// Every level bundled with the game. The build checks levels/*.json (scripts/levels-plugin.ts, with the
// rules in src/levels/level-catalog-rules.ts) and hands over only what passed, so the browser runs no
// schema at start. A level file that failed is left out of the menu, and the title screen says which file
// and what is wrong with it; so is a second level with an id already taken (a copied file that kept its id).
// Should the browser ever check a file itself (a trainer's level opened in the page), Zod must first be
// told `z.config({ jitless: true })`: its compiled checks use eval, which the page's CSP refuses.

import { levels, problems } from 'virtual:levels';
import type { LevelCatalog } from './levels/level-catalog-rules';

export type { LevelCatalog } from './levels/level-catalog-rules';

export function loadCatalog(): LevelCatalog {
  return { levels: [...levels], problems: [...problems] };
}
