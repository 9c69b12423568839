// `virtual:art-atlas`: the canvas's art packed into one PNG (scripts/art-atlas.ts), made when the game is
// built or served. The build writes the PNG beside the other assets; the dev server (`npm start`) serves
// it from memory and makes it again, reloading the page, when a file in assets/art changes.

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readCanvasArt, renderAtlas } from './art-atlas.js';

/** The module src/views/art-atlas.ts imports; typed in src/views/virtual-art-atlas.d.ts. */
export const ATLAS_MODULE = 'virtual:art-atlas';
const RESOLVED = `\0${ATLAS_MODULE}`;
/** Where the dev server serves the atlas. */
const DEV_URL = '/@apache-snafu/art-atlas.png';

export function artAtlasPlugin(folder = 'assets/art'): Plugin {
  let dir = '';
  let command: 'build' | 'serve' = 'build';
  let served: Buffer | null = null;
  return {
    name: 'apache-snafu-art-atlas',
    configResolved(config) {
      dir = resolve(config.root, folder);
      command = config.command;
    },
    resolveId(id) {
      return id === ATLAS_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      // A broken SVG stops the build with the file's name: the art is the project's own, made by `npm run art`.
      const { png, frames } = renderAtlas(readCanvasArt(dir));
      const frameData = `export const ATLAS_FRAMES = ${JSON.stringify(frames)};`;
      if (command === 'serve') {
        served = png;
        return `export const ATLAS_URL = ${JSON.stringify(DEV_URL)};\n${frameData}`;
      }
      const reference = this.emitFile({ type: 'asset', name: 'art-atlas.png', source: png });
      return `export const ATLAS_URL = import.meta.ROLLUP_FILE_URL_${reference};\n${frameData}`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_URL, (_request, response) => {
        if (!served) return void response.writeHead(404).end('The art atlas has not been made yet: load the game first.');
        response.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' }).end(served);
      });
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(`${dir}/`) || !file.endsWith('.svg')) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
