// Browser tests: built game served by `vite preview`, driven in Debian's Chromium (see test/e2e/harness.ts).
// Build first (`vite build`) so a test never runs against a stale build. One file at a time: each file
// starts its own preview server and Chromium, and software WebGL wants the machine's cores to itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/fresh-screenshots.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
