// Vite serves and builds the browser game; the level files are imported as JSON modules.
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built game: only its own files, nothing inline, no eval. Each source
 * is there for something the game does (README, "Content-Security-Policy"):
 * - img-src data: blob: Phaser turns each SVG into an image through a blob: URL, and its built-in
 *   textures are data: URLs.
 * - style-src 'self' and no 'unsafe-inline': styles come from the built CSS file; code sets styles only
 *   through element.style (the CSSOM), which the policy allows.
 * - connect-src 'self': Phaser's loader and Howler fetch the game's own art and sound with XHR.
 * - media-src 'self': Howler's HTML5 audio fallback plays the game's own files.
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
  "worker-src 'none'",
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

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Phaser's loader reads every data: URL as base64, so Vite must not inline the SVG art as text.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    // Phaser is one prebuilt 1.4 MB bundle: its own chunk keeps the game's code small and cacheable.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The game, and the benchmark's baseline page (Phaser alone with an empty scene; scripts/bench-browser.ts).
      input: { game: 'index.html', 'bench-bare': 'src/bench/bare.html' },
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { strictPort: true },
  preview: { strictPort: true, headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
});
