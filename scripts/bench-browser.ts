// How the built game runs in Debian's Chromium with software WebGL (a laptop without a GPU), each figure
// against a baseline measured in the same run, in interleaved rounds, so a noisy shared machine slows
// both sides alike. Every row prints its figures, its goal and a verdict.
//
//   npm run bench:browser [-- --rounds=3 --seconds=5 --only=boot|frames]   (builds first; `npm run bench` also runs the sim's)
//
// The pages (all from dist/, served by vite preview):
//   empty      ?bench=empty: a Phaser scene that draws a full frame every frame, the cost of drawing at all
//   incident   ?bench=incident&speed=8: the incident screen, measured from the first game minute, while
//              hosts break and the monitoring goes blind
//   incident20 the same with a fleet 20 times larger (?fleet=20)
//   title      navigation to the title screen accepting a key
//   bare       navigation to a bare page that boots Phaser with an empty scene (bench/bare.html)
// and the built JavaScript, gzipped, against Phaser's own minified build, gzipped.
//
// A benchmark reports; it exits 0 whatever the figures are, and 1 only when it cannot run at all.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, openPage, REPO_ROOT, startPreview, type Browser, type Page } from '../test/e2e/harness';

const FRAME_PAGES = { empty: '?bench=empty', incident: '?bench=incident&speed=8&seed=1', incident20: '?bench=incident&speed=8&seed=1&fleet=20' } as const;
type FramePage = keyof typeof FRAME_PAGES;
const BOOT_PAGES = { title: '/', bare: '/src/bench/bare.html' } as const;
type BootPage = keyof typeof BOOT_PAGES;
/** The incident is measured once the change has reached the fleet: from this game second on. */
const MEASURE_FROM_TICK = 60;
const WINDOW_MS = 5_000;
/** Boots are short (well under a second) and vary more than frames: each round boots each page this many times, alternately. */
const BOOTS_PER_ROUND = 5;
const STALL_MS = 100;

interface FrameSample {
  deltas: number[];
  longTasks: number;
}

class CannotRun extends Error {}

function argument(name: string, fallback: number): number {
  const value = Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  if (!(value >= 1)) throw new CannotRun(`--${name} must be a number of at least 1`);
  return value;
}

async function main(): Promise<void> {
  const rounds = argument('rounds', 3);
  const seconds = argument('seconds', 5);
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.split('=')[1];
  if (only !== undefined && only !== 'boot' && only !== 'frames') throw new CannotRun('--only must be boot or frames');
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.html'))) throw new CannotRun('No build in dist/: run `npm run build` first (this benchmark serves dist/ as it is).');
  const preview = await startPreview();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    console.log(`Chromium ${browser.version()}, software WebGL; ${rounds} interleaved rounds of ${seconds} s per page.\n`);
    const frames: Record<FramePage, FrameSample[]> = { empty: [], incident: [], incident20: [] };
    const boots: Record<BootPage, number[]> = { title: [], bare: [] };
    const problems: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      process.stdout.write(`round ${round}/${rounds}:`);
      for (const name of only === 'boot' ? [] : (Object.keys(FRAME_PAGES) as FramePage[])) {
        process.stdout.write(` ${name}`);
        const sample = await measureFrames(browser, `${preview.url}/${FRAME_PAGES[name]}`, seconds * 1000, name !== 'empty');
        if (typeof sample === 'string') problems.push(`${name}: ${sample}`);
        else frames[name].push(sample);
      }
      if (only !== 'frames') process.stdout.write(` boots x${BOOTS_PER_ROUND}`);
      for (let boot = 0; only !== 'frames' && boot < BOOTS_PER_ROUND; boot++)
        for (const name of Object.keys(BOOT_PAGES) as BootPage[]) {
          const time = await measureBoot(browser, `${preview.url}${BOOT_PAGES[name]}`, name);
          if (typeof time === 'string') problems.push(`${name}: ${time}`);
          else boots[name].push(time);
        }
      process.stdout.write('\n');
    }
    console.log('');
    printRows([...(only === 'boot' ? [] : frameRows(frames)), ...(only === 'frames' ? [] : bootRows(boots)), bundleRow()]);
    if (problems.length > 0) console.log(`\nNot measured:\n  ${[...new Set(problems)].join('\n  ')}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.stop();
  }
}

/** Frame times over `durationMs` in a fresh page; for the incident, from the first game minute on. */
async function measureFrames(browser: Browser, url: string, durationMs: number, incident: boolean): Promise<FrameSample | string> {
  const { page, errors } = await openPage(browser, url);
  try {
    const waited = await waitInPage(page, incident ? 'incident' : 'bench-empty', incident ? MEASURE_FROM_TICK : 0, 60_000);
    if (waited !== true) return `${waited}${errors.length > 0 ? `; the page logged: ${errors.join(' | ')}` : ''}`;
    // Collected in the page, passed as source text (tsx's helpers do not exist in the page): the time
    // between successive animation frames, and the long tasks (over 50 ms) the browser reports meanwhile.
    const sample = await page.evaluate<FrameSample>(`new Promise((done) => {
      const deltas = [];
      let longTasks = 0;
      const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
      try { observer.observe({ type: 'longtask' }); } catch {}
      let start = -1;
      let last = -1;
      const tick = (now) => {
        if (start < 0) start = now;
        else deltas.push(now - last);
        last = now;
        if (now - start < ${durationMs}) requestAnimationFrame(tick);
        else { observer.disconnect(); done({ deltas, longTasks }); }
      };
      requestAnimationFrame(tick);
    })`);
    if (errors.length > 0) return `the page logged: ${errors.join(' | ')}`;
    return sample;
  } finally {
    await page.context().close();
  }
}

/** Milliseconds from navigation until the page is ready for a key (the game's title) or its empty scene ran (bare). */
async function measureBoot(browser: Browser, url: string, name: BootPage): Promise<number | string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    // Checked every animation frame in the page, and timed there, so the round trip to Node is not counted.
    // (Functions, not source text: the built page's Content-Security-Policy refuses string evaluation.)
    const handle = await page
      .waitForFunction(
        (bare) => {
          const hook = window.__snafu;
          const ready = bare ? window.__bareReady === true : hook?.scene === 'title' && hook.ready;
          return ready ? performance.now() : false;
        },
        name === 'bare',
        { polling: 'raf', timeout: 60_000 },
      )
      .catch((error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error)));
    if (typeof handle === 'string') return handle;
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** Waits until the page shows `scene` (and, for the incident, has reached `fromTick`). */
async function waitInPage(page: Page, scene: string, fromTick: number, timeoutMs: number): Promise<true | string> {
  try {
    await page.waitForFunction(([wanted, tick]) => window.__snafu?.scene === wanted && window.__snafu.ready && (window.__snafu.summary?.tick ?? 0) >= tick, [scene, fromTick] as const, {
      timeout: timeoutMs,
      polling: 100,
    });
    return true;
  } catch (error) {
    return `${scene} not ready within ${timeoutMs / 1000} s${error instanceof Error ? `: ${error.message.split('\n')[0]}` : ''}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Figures

interface Row {
  figure: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

interface FrameFigures {
  median: number;
  p95: number;
  worst: number;
  /** The slowest 5 s window's frame rate, and how many windows had a frame over STALL_MS. */
  worstWindowFps: number;
  windows: number;
  stalledWindows: number;
  longTasksPer5s: number;
}

function frameFigures(samples: readonly FrameSample[]): FrameFigures | null {
  const deltas = samples.flatMap((sample) => sample.deltas);
  if (deltas.length === 0) return null;
  const sorted = [...deltas].sort((a, b) => a - b);
  let windows = 0;
  let stalledWindows = 0;
  let worstWindowFps = Infinity;
  let measuredMs = 0;
  for (const sample of samples) {
    let elapsed = 0;
    let count = 0;
    let stalled = false;
    for (const delta of sample.deltas) {
      elapsed += delta;
      count++;
      stalled ||= delta > STALL_MS;
      if (elapsed >= WINDOW_MS) {
        windows++;
        if (stalled) stalledWindows++;
        worstWindowFps = Math.min(worstWindowFps, (count * 1000) / elapsed);
        measuredMs += elapsed;
        elapsed = count = 0;
        stalled = false;
      }
    }
    // A last window shorter than WINDOW_MS still counts for the worst frame, not for the frame rate.
  }
  const longTasks = samples.reduce((sum, sample) => sum + sample.longTasks, 0);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    worst: sorted[sorted.length - 1]!,
    worstWindowFps: windows > 0 ? worstWindowFps : NaN,
    windows,
    stalledWindows,
    longTasksPer5s: measuredMs > 0 ? (longTasks * WINDOW_MS) / measuredMs : NaN,
  };
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const times = (value: number): string => `${value.toFixed(2)}x`;

function ratioRow(figure: string, goal: number, page: FrameFigures | null, base: FrameFigures | null): Row {
  if (!page || !base) return { figure, goal: `<= ${goal}x median and p95`, measured: 'not measured', met: null };
  const median = page.median / base.median;
  const p95 = page.p95 / base.p95;
  return {
    figure,
    goal: `<= ${goal}x median and p95`,
    measured: `median ${times(median)} (${ms(page.median)} / ${ms(base.median)}), p95 ${times(p95)} (${ms(page.p95)} / ${ms(base.p95)})`,
    met: median <= goal && p95 <= goal,
  };
}

function frameRows(frames: Record<FramePage, FrameSample[]>): Row[] {
  const empty = frameFigures(frames.empty);
  const incident = frameFigures(frames.incident);
  const incident20 = frameFigures(frames.incident20);
  const smooth: Row = incident
    ? {
        figure: 'incident frame rate at ?speed=8 while hosts break, per 5 s window',
        goal: `>= 55 fps in every window, no frame over ${STALL_MS} ms`,
        measured: `slowest window ${incident.worstWindowFps.toFixed(1)} fps of ${incident.windows}; worst frame ${ms(incident.worst)}; ${incident.stalledWindows} windows with a stall; ${incident.longTasksPer5s.toFixed(1)} long tasks per 5 s`,
        met: incident.worstWindowFps >= 55 && incident.worst <= STALL_MS,
      }
    : { figure: 'incident frame rate per 5 s window', goal: '>= 55 fps', measured: 'not measured', met: null };
  const baseline: Row = empty
    ? {
        figure: 'baseline: an empty scene that draws every frame',
        goal: '(the baseline)',
        measured: `median ${ms(empty.median)}, p95 ${ms(empty.p95)}, worst ${ms(empty.worst)}, slowest window ${empty.worstWindowFps.toFixed(1)} fps`,
        met: null,
      }
    : { figure: 'baseline: an empty scene that draws', goal: '(the baseline)', measured: 'not measured', met: null };
  return [
    baseline,
    ratioRow('incident frame time / the empty scene, at ?speed=8 while hosts break', 1.25, incident, empty),
    smooth,
    ratioRow('the same with a 20x fleet (?fleet=20) / the empty scene', 2, incident20, empty),
  ];
}

function bootRows(boots: Record<BootPage, number[]>): Row[] {
  const median = (values: readonly number[]): number =>
    quantile(
      [...values].sort((a, b) => a - b),
      0.5,
    );
  const figure = 'navigation to the title accepting a key / a bare page booting Phaser with an empty scene';
  if (boots.title.length === 0 || boots.bare.length === 0) return [{ figure, goal: '<= 1.5x', measured: 'not measured', met: null }];
  const title = median(boots.title);
  const bare = median(boots.bare);
  const slowest = (values: readonly number[]): number => Math.max(...values);
  return [
    {
      figure,
      goal: '<= 1.5x (medians)',
      measured: `${times(title / bare)} (${ms(title)} / ${ms(bare)}, ${boots.title.length} boots each; slowest ${ms(slowest(boots.title))} / ${ms(slowest(boots.bare))})`,
      met: title / bare <= 1.5,
    },
  ];
}

/** The JavaScript index.html loads (its entry and the chunks it preloads), gzipped, against Phaser's own minified build. */
function bundleRow(): Row {
  const figure = "built JS gzip / Phaser's own minified build gzip";
  const html = readFileSync(join(REPO_ROOT, 'dist', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  if (scripts.length === 0) return { figure, goal: '<= 1.15x', measured: 'no script found in dist/index.html', met: null };
  const gzipped = (file: string): number => gzipSync(readFileSync(file)).length;
  const game = scripts.reduce((sum, file) => sum + gzipped(join(REPO_ROOT, 'dist', file)), 0);
  const phaser = gzipped(join(REPO_ROOT, 'node_modules', 'phaser', 'dist', 'phaser.min.js'));
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  return { figure, goal: '<= 1.15x', measured: `${times(game / phaser)} (${kb(game)} in ${scripts.length} files / ${kb(phaser)})`, met: game / phaser <= 1.15 };
}

function printRows(rows: readonly Row[]): void {
  for (const row of rows) {
    const verdict = row.met === null ? '' : row.met ? '  -> met' : '  -> NOT met';
    console.log(`${row.figure}\n  goal: ${row.goal}\n  measured: ${row.measured}${verdict}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench-browser cannot run: ${error instanceof CannotRun ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
