// Frame times of the built game in headless Chromium: an empty Phaser scene (`?bench=empty`) against the
// incident scene with the full fleet (`?bench=incident`), each in a fresh page. Goal: the incident's
// median frame time within 1.25x of the empty scene's.
//
//   npx vite build && npx tsx scripts/bench-browser.ts [--seconds=8]
//
// It builds nothing: it serves dist/ as it is. A benchmark prints figures and exits 0 whatever they are;
// it exits 1 only when it cannot run at all (no build, no Chromium, the server does not start).
// Rendering is software WebGL (SwiftShader) on this machine's CPU, so the absolute figures are far below a
// laptop's GPU; the ratio between the two scenes is the figure to watch.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage, readHook, REPO_ROOT, startPreview, type Browser, type Hook, type Preview } from '../test/e2e/harness';

const SCENES = ['empty', 'incident'] as const;
type BenchScene = (typeof SCENES)[number];
const GOAL_RATIO = 1.25;
const READY_TIMEOUT_MS = 30_000;
const WARMUP_MS = 1_000;
/** What `measure` returns when the page never published the hook: the game has no bench mode. */
const NO_HOOK = Symbol('no-hook');

interface Measured {
  scene: BenchScene;
  hookScene: string;
  frames: number;
  medianMs: number;
  p95Ms: number;
  /** Frames per second over the measured time (frames / seconds), not 1000 / median. */
  fps: number;
  errors: string[];
}

class CannotRun extends Error {}

async function main(): Promise<number> {
  const seconds = Number(process.argv.find((arg) => arg.startsWith('--seconds='))?.split('=')[1] ?? '8');
  if (!(seconds > 1)) throw new CannotRun('--seconds must be more than 1 (the first second is discarded)');
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.html'))) {
    throw new CannotRun('No build in dist/: run `npm run build` first (this benchmark serves dist/ as it is).');
  }

  let preview: Preview | undefined;
  let browser: Browser | undefined;
  try {
    preview = await startPreview();
    browser = await launchBrowser();
    console.log(`Chromium ${browser.version()}, serving dist/ at ${preview.url}; ${seconds} s per scene, first ${WARMUP_MS / 1000} s discarded.\n`);

    const results: Measured[] = [];
    for (const scene of SCENES) {
      const outcome = await measure(browser, `${preview.url}/?bench=${scene}`, scene, seconds * 1000);
      if (outcome === NO_HOOK) {
        console.log('The game does not support bench mode yet: the page never published window.__snafu.');
        console.log('(Expected until the game scenes land; nothing to measure.)');
        return 0;
      }
      if (typeof outcome === 'string') {
        console.log(`${scene}: not measured: ${outcome}`);
        continue;
      }
      results.push(outcome);
    }
    report(results);
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await preview?.stop();
  }
}

/** Measures one scene in a fresh page; returns why not when it cannot. */
async function measure(browser: Browser, url: string, scene: BenchScene, durationMs: number): Promise<Measured | typeof NO_HOOK | string> {
  const { page, errors } = await openPage(browser, url);
  const withErrors = (why: string): string => (errors.length > 0 ? `${why}\n  the page logged:\n  ${errors.join('\n  ')}` : why);
  try {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let hook: Hook | null = null;
    while (Date.now() < deadline) {
      hook = await readHook(page);
      if (hook?.ready === true) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    if (!hook) return NO_HOOK;
    if (hook.ready !== true) return withErrors(`window.__snafu.ready was not true within ${READY_TIMEOUT_MS / 1000} s; last value: ${JSON.stringify(hook)}`);

    // Collected in the page: the time between successive animation frames. Passed as source text, because
    // tsx compiles named inner functions with a `__name` helper that does not exist in the page.
    const deltas = await page.evaluate<number[]>(`new Promise((done) => {
      const out = [];
      let start = -1;
      let last = -1;
      const tick = (now) => {
        if (start < 0) start = now;
        if (last >= 0 && now - start > ${WARMUP_MS}) out.push(now - last);
        last = now;
        if (now - start < ${durationMs}) requestAnimationFrame(tick);
        else done(out);
      };
      requestAnimationFrame(tick);
    })`);
    if (deltas.length === 0) return withErrors('no animation frames ran');
    const sorted = [...deltas].sort((a, b) => a - b);
    const total = deltas.reduce((sum, delta) => sum + delta, 0);
    return {
      scene,
      hookScene: (await readHook(page))?.scene ?? hook.scene,
      frames: deltas.length,
      medianMs: quantile(sorted, 0.5),
      p95Ms: quantile(sorted, 0.95),
      fps: (deltas.length * 1000) / total,
      errors,
    };
  } finally {
    await page.context().close();
  }
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function report(results: Measured[]): void {
  if (results.length === 0) {
    console.log('\nNo scene was measured.');
    return;
  }
  const rows = [
    ['scene', 'game scene', 'frames', 'median ms', 'p95 ms', 'fps'],
    ...results.map((r) => [r.scene, r.hookScene, String(r.frames), r.medianMs.toFixed(1), r.p95Ms.toFixed(1), r.fps.toFixed(1)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));

  for (const r of results) {
    if (r.errors.length > 0) console.log(`\nwarning: ${r.scene} logged ${r.errors.length} error(s):\n  ${r.errors.join('\n  ')}`);
  }

  const empty = results.find((r) => r.scene === 'empty');
  const incident = results.find((r) => r.scene === 'incident');
  if (!empty || !incident) {
    console.log('\nratio incident/empty: not available (a scene was not measured)');
    return;
  }
  console.log('\nFrames are paced by a 60 Hz clock: 16.7 ms is the floor, and a late frame waits for the next tick (33.3 ms).');
  const ratio = incident.medianMs / empty.medianMs;
  const p95Ratio = incident.p95Ms / empty.p95Ms;
  console.log(`\nratio incident/empty: median ${ratio.toFixed(2)}x, p95 ${p95Ratio.toFixed(2)}x; goal: median within ${GOAL_RATIO}x: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench-browser cannot run: ${error instanceof CannotRun ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
