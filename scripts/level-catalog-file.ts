// The level catalog read from a levels folder on disk, and written as the code of `virtual:levels` (see
// levels-plugin.ts). The checks are src/levels' own (level-catalog-rules.ts), the same as levels:check's.

import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { catalogOfChecked, type LevelCatalog } from '../src/levels/level-catalog-rules';
import { parseLevelText } from '../src/levels/parse-level';
import { isLevelFileName } from './levels-plugin';
import { readFileText } from './load-level-file';

/**
 * The catalog of the level files in `folder` (under `root`, or absolute), each named `root`-relative with
 * forward slashes (`levels/apache-snafu.json`), in name order. A file that cannot be read is a problem like
 * any other; a folder is skipped.
 */
export function readLevelCatalog(root: string, folder = 'levels'): LevelCatalog {
  const dir = resolve(root, folder);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && isLevelFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
  return catalogOfChecked(
    names.map((name) => {
      const file = relative(root, join(dir, name)).split(sep).join('/');
      const text = readFileText(join(dir, name));
      return { file, parsed: text.ok ? parseLevelText(text.text, file) : { ok: false, problems: text.problems.map((problem) => ({ ...problem, file })) } };
    }),
  );
}

/**
 * The module's code: the catalog as JSON text for JSON.parse, which a browser reads faster than the same
 * data written as object literals. Checked levels hold only JSON values (test/levels/levels-plugin.test.ts).
 */
export function levelsModuleCode(catalog: LevelCatalog): string {
  const data = (value: unknown): string => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return [`export const levels = ${data(catalog.levels)};`, `export const problems = ${data(catalog.problems)};`, ''].join('\n');
}
