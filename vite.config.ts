// Vite serves and builds the browser game; the level files are checked here and handed over as data (scripts/levels-plugin.ts),
// and the canvas's art is packed into one atlas (scripts/art-atlas-plugin.ts).
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { artAtlasPlugin } from './scripts/art-atlas-plugin.js';
import { levelsPlugin } from './scripts/levels-plugin.js';

/**
 * The Content-Security-Policy of the built game: only its own files, nothing inline, no eval. Each source
 * is there for something the game does (README, "Content-Security-Policy"):
 * - img-src data: blob: Phaser turns the art atlas into an image through a blob: URL, and its built-in
 *   textures are data: URLs.
 * - style-src 'self' and no 'unsafe-inline': styles come from the built CSS file; code sets styles only
 *   through element.style (the CSSOM), which the policy allows.
 * - connect-src 'self': Phaser's loader and Howler fetch the game's own art and sound with XHR.
 * - media-src 'self': Howler's HTML5 audio fallback plays the game's own files.
 * - worker-src 'self': the service worker that keeps the game playable offline (offline() below), the
 *   game's own sw.js; no other worker.
 * The dev server (`npm start`) injects inline styles and a websocket of its own, so the policy goes
 * into the build only; `vite preview` also sends it as a header, with frame-ancestors (ignored in a meta tag).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy as a meta tag, first in the built page's head, so it covers everything after it. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'apache-snafu-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/** The page's own offline module (registers the service worker, hides the "opened from disk" message). */
const OFFLINE_ENTRY = '/src/offline/register-offline.ts';

/**
 * Offline play (README, "Offline and opened from disk"): after one load from a server, the game plays with
 * no network and no server. vite-plugin-pwa has Workbox write dist/sw.js, which precaches every file of
 * the built game (scripts, styles, the art atlas and the page's SVGs, the sound, the facilitator's page;
 * the levels and the atlas frames are inside the game's script). The registration is the page's own
 * module, put into index.html's entry here, not the plugin's injected script: that script does not catch
 * a refused registration (a private window), and the game's crash screen takes an unhandled rejection for
 * a crash. Off in the dev server (`npm start`).
 *
 * Updates (`registerType: 'prompt'`): a new build's worker waits instead of replacing files under a shift
 * being played; the page applies it when it loads and no key has been pressed yet (src/offline). The
 * first visit is controlled at once (`clientsClaim`), so one load is enough.
 */
function offline(): Plugin[] {
  let root = '';
  const entry: Plugin = {
    name: 'apache-snafu-offline-entry',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      // Before Vite reads the page's scripts, so the module joins the game's entry (and its CSS the game's stylesheet).
      order: 'pre',
      handler: (_html, context) =>
        resolve(context.filename) === resolve(root, 'index.html') ? [{ tag: 'script', attrs: { type: 'module', src: OFFLINE_ENTRY }, injectTo: 'body' }] : undefined,
    },
  };
  return [
    entry,
    ...VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      devOptions: { enabled: false },
      workbox: {
        globPatterns: ['**/*.{html,js,css,png,svg,mp3,json}'],
        // The benchmark's baseline page is no part of the game.
        globIgnores: ['**/node_modules/**/*', 'src/bench/**', 'assets/bench-bare-*.js'],
        // Phaser's chunk is the largest file (about 0.6 MB). Workbox leaves out a larger file with only a warning:
        // test/e2e/offline.e2e.ts checks that every file of the build is in the cache.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Every page option (`?level=`, `?seed=`, …) is read by the page itself: the same file answers all of them.
        ignoreURLParametersMatching: [/.*/],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ];
}

/** Phaser's own sources, which the slim namespace (src/phaser-slim.js) is assembled from. */
const PHASER_SRC = `${realpathSync(fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)))}/`;

/**
 * Phaser modules the slim build replaces with stubs (paths under node_modules/phaser/src). Phaser's
 * renderer requires every render node, filter and shader up front whether a game uses it or not; these
 * are the ones this game never uses. A stubbed class throws when constructed, naming itself, so a
 * future use fails loudly (and the browser tests catch it) instead of drawing nothing.
 */
const PHASER_STUBS: { namespaces: RegExp; unused: RegExp } = {
  // Namespace objects that only make up Phaser.Renderer.WebGL.*, which the slim namespace does not expose.
  namespaces: /^renderer\/webgl\/(index|shaders\/index|renderNodes\/index)\.js$/,
  unused: new RegExp(
    [
      // Filters (FX): the render nodes, their shaders and the controllers behind gameObject.filters / camera.filters.
      String.raw`renderer/webgl/renderNodes/filters/Filter\w+\.js`,
      String.raw`renderer/webgl/shaders/Filter\w+-frag\.js`,
      String.raw`filters/(?!Controller\.js|index\.js)\w+\.js`,
      // Lights, ropes, tilemaps, GPU layers, noise and gradient shaders.
      String.raw`renderer/webgl/renderNodes/(BatchHandlerPointLight|BatchHandlerStrip)\.js`,
      String.raw`renderer/webgl/renderNodes/submitter/(SubmitterTile|SubmitterTilemapGPULayer|SubmitterSpriteGPULayer)\.js`,
      String.raw`renderer/webgl/renderNodes/transformer/TransformerTile\.js`,
      String.raw`renderer/webgl/shaders/(PointLight|SpriteGPULayer|TilemapGPULayer)-(frag|vert)\.js`,
      String.raw`renderer/webgl/shaders/(Noise\w*|Gradient)-frag\.js`,
    ]
      .map((source) => `(?:${source})`)
      .join('|')
      .replace(/^/, '^(?:')
      .concat(')$'),
  ),
};

/** Loads the stubs above in place of the Phaser modules they name (build only). */
function phaserStubs(): Plugin {
  return {
    name: 'apache-snafu-phaser-stubs',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(PHASER_SRC)) return null;
      const file = id.slice(PHASER_SRC.length).split('?')[0]!;
      if (PHASER_STUBS.namespaces.test(file)) return 'module.exports = {};';
      if (PHASER_STUBS.unused.test(file)) {
        const message = JSON.stringify(`phaser/src/${file} is left out of the slim Phaser build (vite.config.ts PHASER_STUBS)`);
        return `module.exports = function LeftOut() { throw new Error(${message}); };`;
      }
      return null;
    },
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  resolve: {
    alias: [
      { find: /^phaser-src\//, replacement: PHASER_SRC },
      ...(command === 'build' && !process.env['PHASER_FULL'] ? [{ find: /^phaser$/, replacement: fileURLToPath(new URL('./src/phaser-slim.js', import.meta.url)) }] : []),
    ],
  },
  // Phaser's build flags, as its own webpack config sets them: WebGL only, no sound, no debug, no plugins.
  define: {
    'typeof WEBGL_RENDERER': 'true',
    'typeof CANVAS_RENDERER': 'false',
    'typeof WEBGL_DEBUG': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
    'typeof EXPERIMENTAL': 'false',
  },
  plugins: [contentSecurityPolicy(), phaserStubs(), levelsPlugin(), artAtlasPlugin(), ...offline()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // The SVG art the page shows (title, legends, menus, debrief) stays as files: cached once, and out of the JS bundle.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    // Phaser is one prebuilt 1.4 MB bundle: its own chunk keeps the game's code small and cacheable.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The game, the facilitator's page (src/facilitator), team mode's page (src/team-client), and the benchmark's baseline page (Phaser alone with an empty scene; scripts/bench-browser.ts).
      input: { game: 'index.html', facilitator: 'facilitator.html', team: 'team.html', 'bench-bare': 'src/bench/bare.html' },
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/](phaser|eventemitter3)[\\/]|src[\\/]phaser-slim\.js$/ }] },
      },
    },
  },
  server: { strictPort: true },
  preview: { strictPort: true, headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
}));
