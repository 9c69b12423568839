// Vite serves and builds the browser game; the level files are imported as JSON modules.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  server: { strictPort: true },
  preview: { strictPort: true },
});
