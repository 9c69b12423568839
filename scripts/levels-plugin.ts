// The level catalog, made at build time: a Vite plugin serving `virtual:levels`, the levels in levels/*.json
// already checked (the same checks as `npm run levels:check`) and the problems of the files left out, as
// plain data. So the browser neither carries nor runs a schema library at start. A bad file never breaks
// the build: it is left out, and the title screen names its problems. In the dev server (`npm start`) an
// edit to a level file reloads the page with the catalog made afresh.
//
// The checks (level-catalog-file.ts and src/levels) are loaded when the module is made, through Vite's
// module runner, not imported here: vite.config.ts imports this file, and Vite bundles a config with
// everything it imports, warning at every start about each extensionless import (src/ uses them).

import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as CatalogFile from './level-catalog-file';

/** The module the browser's catalog (src/level-catalog.ts) imports; typed in src/levels/virtual-levels.d.ts. */
export const LEVELS_MODULE = 'virtual:levels';
const RESOLVED = `\0${LEVELS_MODULE}`;
const CATALOG_FILE = fileURLToPath(new URL('./level-catalog-file.ts', import.meta.url));

/** A level file of the catalog: a .json in the folder itself, not a replay beside a level. */
export function isLevelFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.replay.json');
}

/** `folder`: the levels, under the project's root or absolute (the browser tests use a scratch one). */
export function levelsPlugin(folder = 'levels'): Plugin {
  let dir = '';
  let root = '';
  let command: 'build' | 'serve' = 'build';
  /** The checks' own source files, as last loaded: editing one in the dev server reads the levels again too. */
  let checkFiles = new Set<string>();
  return {
    name: 'apache-snafu-levels',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, folder);
      command = config.command;
    },
    resolveId(id) {
      return id === LEVELS_MODULE ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      const { module, dependencies } = await runnerImport<typeof CatalogFile>(CATALOG_FILE);
      checkFiles = new Set([CATALOG_FILE, ...dependencies.filter(Boolean)].map((file) => resolve(file)));
      const catalog = module.readLevelCatalog(root, folder);
      for (const problem of catalog.problems) this.warn(`level left out of the game: ${problem}`);
      // `vite build --watch` makes the module again when a level file or a check changes; the dev server, below.
      if (command === 'build')
        for (const file of [
          ...checkFiles,
          ...readdirSync(dir)
            .filter(isLevelFileName)
            .map((name) => resolve(dir, name)),
        ])
          this.addWatchFile(file);
      return module.levelsModuleCode(catalog);
    },
    configureServer(server) {
      // The project's folder is watched already; a levels folder elsewhere (the browser tests use one) is not.
      server.watcher.add(dir);
    },
    // The dev server: a level file added, changed or removed (or a check edited) makes the catalog again and
    // reloads the page (the catalog is read once, at start, by main.ts, so there is nothing to swap in place).
    hotUpdate({ file }) {
      const isLevel = dirname(resolve(file)) === dir && isLevelFileName(file);
      if (!isLevel && !checkFiles.has(resolve(file))) return;
      const module = this.environment.moduleGraph.getModuleById(RESOLVED);
      if (!module) return;
      this.environment.moduleGraph.invalidateModule(module);
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
