// Vite serves and builds the browser game; the level files are imported as JSON modules.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Phaser's loader reads every data: URL as base64, so Vite must not inline the SVG art as text.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    // Phaser is one prebuilt 1.4 MB bundle: its own chunk keeps the game's code small and cacheable.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { strictPort: true },
  preview: { strictPort: true },
});
