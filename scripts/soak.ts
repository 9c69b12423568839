// A whole day at the booth, to see whether kiosk mode can run unattended: the built game in headless
// Chromium at `?kiosk=1`, its booth time running `--pace` times faster (`kiosk-pace`: the kiosk's clock,
// the attract replay and the visitors' games alike), for `--hours` of booth time: attract loops played to
// their end, the high-score board, visitors who press a key, play with random keys and clicks and type in
// the terminal, go idle, see the countdown and leave; now and then one who plays the shift out and types
// initials. After every attract loop, on the board (a still screen, frozen while it is measured), it
// collects garbage and reads the page's JS heap, DOM nodes and event listeners through the DevTools
// protocol, then prints them over booth time with their slope and a verdict: flat, or growing.
//
//   npm run soak [-- --hours=8 --pace=60 --minutes=45 --seed=1 --csv=/tmp/soak.csv]   (builds dist/ first)
//   E2E_DIST=/tmp/dist-soak npx tsx scripts/soak.ts --hours=0.5                        (a build elsewhere)
//
// Exits 1 on any page error or console error, a crash screen, a figure growing beyond its allowance, or
// when it cannot run; 0 otherwise. Booth time is counted from what was simulated (soak-booth-time.ts).

import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { KIOSK_TIMING } from '../src/kiosk/kiosk-mode';
import { DIST, launchBrowser, openPage, REPO_ROOT, startPreview, type Browser, type Page } from '../test/e2e/harness';
import { boothTime, totalSeconds, type BoothPace, type PhaseSpan } from './soak-booth-time';
import { BOOTH_DAY_HOURS, FLOOR_STRETCHES, trend, type Allowance, type Point } from './soak-figures';
import { PHASE_RECORDER, takeSpans, whenShown } from './soak-page';
import { seededRandom, visit } from './soak-visitor';

class CannotRun extends Error {}

interface Options {
  hours: number;
  pace: number;
  minutes: number;
  seed: number;
  csv: string | null;
  /** A CSV of samples written by an earlier soak, to read the trends of again without a browser. */
  analyse: string | null;
}

function options(): Options {
  const value = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const number = (name: string, fallback: number, ok: (value: number) => boolean, what: string): number => {
    const given = value(name);
    const parsed = given === undefined ? fallback : Number(given);
    if (!ok(parsed)) throw new CannotRun(`--${name} must be ${what}`);
    return parsed;
  };
  return {
    hours: number('hours', BOOTH_DAY_HOURS, (hours) => hours > 0 && hours <= 48, 'booth hours, more than 0 and at most 48'),
    pace: number('pace', 60, (pace) => Number.isSafeInteger(pace) && pace >= 1 && pace <= 100, 'a whole number from 1 to 100 (times the booth’s real pace)'),
    minutes: number('minutes', 45, (minutes) => minutes > 0, 'wall-clock minutes, more than 0'),
    seed: number('seed', 1, (seed) => Number.isSafeInteger(seed) && seed >= 0, 'a whole number'),
    csv: value('csv') ?? null,
    analyse: value('analyse') ?? null,
  };
}

/** What is read at each sample, from Performance.getMetrics after a full garbage collection. */
interface Sample {
  hours: number;
  wallMinutes: number;
  loops: number;
  visitors: number;
  heap: number;
  nodes: number;
  listeners: number;
  layoutObjects: number;
  documents: number;
  frames: number;
}

/**
 * What each figure may grow by over an 8-hour day, projected from its second-half slope. The samples are
 * all taken on the same still screen (the board, right after an attract loop), so a figure that is not
 * leaking comes back to the same value: nodes and listeners exactly, the heap within what the allocator
 * and the compiler's caches move it.
 */
const ALLOWANCES: Record<'heap' | 'nodes' | 'listeners', Allowance> = {
  heap: {
    perDay: 1024 * 1024,
    why: '1 MB over 8 h: a leak of 3 KB per attract loop (some 300 a day) would pass it; live heap at the board moves by some 100-300 KB between samples',
  },
  nodes: { perDay: 50, why: '50 nodes over 8 h: the board is the same DOM each time; one node kept per attract loop would add some 300' },
  listeners: { perDay: 10, why: '10 listeners over 8 h: one kept per attract loop would add some 300' },
};

/** A visitor comes during this share of attract loops; one visitor in this many plays the shift out. */
const VISITOR_CHANCE = 0.22;
const FINISHER_EVERY = 5;
const MIN_PLAY_SECONDS = 45;
const MAX_PLAY_SECONDS = 300;

async function main(): Promise<void> {
  const options_ = options();
  if (options_.analyse) return analyse(options_.analyse);
  const preview = await startPreview();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    await soak(browser, preview.url, options_);
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.stop();
  }
}

async function soak(browser: Browser, url: string, options: Options): Promise<void> {
  const { pace, hours } = options;
  const random = seededRandom(options.seed);
  const started = Date.now();
  const wallMinutes = (): number => (Date.now() - started) / 60_000;
  const query = `?kiosk=1&kiosk-pace=${pace}&seed=${options.seed}`;
  console.log(`Soak: ${hours} booth hours of kiosk mode (${url.replace(/:\d+$/, ':…')}/${query}), served from ${DIST}, in Chromium with software WebGL.`);
  console.log(`The booth's time runs ${pace} times faster; it stops at ${options.minutes} wall-clock minutes if the hours are not covered by then.\n`);

  const { page, errors } = await openPageWithRecorder(browser, `${url}/${query}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  const timeout = 120_000;
  if (!(await whenShown(page, 'attract', 'incident', timeout))) throw new CannotRun('the kiosk did not start its attract loop');
  const levelId = (await page.evaluate<string | null>('window.__snafu.kiosk.level')) ?? 'conference-cut';
  const boothPace = await readBoothPace(page, levelId, pace);
  console.log(
    `Booth level ${levelId}: ${boothPace.gameSecondsPerRealSecond} game seconds per real second, attract replay watched at speed ${boothPace.watchSpeed}; board ${boothPace.boardSeconds} s, idle ${boothPace.idleSeconds} s with the countdown.\n`,
  );

  if (options.csv) writeFileSync(options.csv, `${CSV_COLUMNS.join(',')}\n`);
  const spans: PhaseSpan[] = [];
  const samples: Sample[] = [];
  let missed = 0;
  let visitors = 0;
  let finishers = 0;
  let initials = 0;
  let keys = 0;
  let commands = 0;
  let clicks = 0;
  const boothHours = (): number => totalSeconds(boothTime(spans, boothPace)) / 3600;
  printHeader();
  let nextRow = 0;
  // A booth that stops answering ends the soak, but what was measured until then is still printed.
  let stopped: string | null = null;
  try {
    while (boothHours() < hours && wallMinutes() < options.minutes) {
      // The attract loop is on: a visitor may come during it (or during the board after it).
      if (random() < VISITOR_CHANCE) {
        await page.waitForTimeout(Math.floor(random() * 600));
        visitors++;
        const finisher = visitors % FINISHER_EVERY === 0;
        const played = await visit(page, random, { finisher, playSeconds: MIN_PLAY_SECONDS + random() * (MAX_PLAY_SECONDS - MIN_PLAY_SECONDS) }, pace, timeout);
        keys += played.keys;
        commands += played.commandsTyped;
        clicks += played.clicks;
        if (played.finished) finishers++;
        if (played.initials) initials++;
        if (!(await whenShown(page, 'attract', 'incident', timeout))) throw new CannotRun('the kiosk did not go back to its attract loop after a visitor left');
        continue;
      }
      if (!(await whenShown(page, 'board', 'kiosk-board', timeout))) throw new CannotRun('the attract loop did not end on the board');
      const sample = await measure(page, cdp, spans);
      if (sample === null) missed++;
      else {
        const loops = spans.filter((span) => span.phase === 'attract' && span.runs.some((run) => run.ended)).length;
        samples.push({ ...sample, hours: boothHours(), wallMinutes: wallMinutes(), loops, visitors });
        if (options.csv) appendFileSync(options.csv, `${CSV_COLUMNS.map((column) => samples.at(-1)![column]).join(',')}\n`);
        if (samples.at(-1)!.hours >= nextRow) {
          printRow(samples.at(-1)!);
          nextRow += hours <= 1 ? 0.05 : 0.25;
        }
      }
      const crash = await page.evaluate('window.__snafu.crash');
      if (crash) errors.push(`the crash screen: ${JSON.stringify(crash)}`);
      if (!(await whenShown(page, 'attract', 'incident', timeout)) && (await page.evaluate('window.__snafu.kiosk.phase')) !== 'visitor')
        throw new CannotRun('the board did not give way to the attract loop');
    }
  } catch (error) {
    stopped = error instanceof Error ? error.message : String(error);
  }
  spans.push(...(await takeSpans(page).catch(() => [])));
  const booth = boothTime(spans, boothPace);
  if (samples.length > 0 && samples.at(-1) !== undefined) printRow(samples.at(-1)!);
  console.log('');
  printBoothTime(booth, boothPace, hours, wallMinutes(), { visitors, finishers, initials, keys, commands, clicks });
  if (options.csv) console.log(`Samples written to ${options.csv}.`);
  const verdicts = printTrends(samples, missed);
  console.log(`\nPage errors and console errors: ${errors.length === 0 ? 'none' : errors.length}`);
  for (const error of errors.slice(0, 20)) console.log(`  ${error.split('\n')[0]}`);
  if (stopped) console.log(`\nThe soak stopped early: ${stopped}`);
  const failed = stopped !== null || errors.length > 0 || verdicts.includes(false);
  console.log(`\nVerdict: ${failed ? 'NOT met' : 'met'} (goal: heap, DOM nodes and listeners flat, no errors).`);
  process.exitCode = failed ? 1 : 0;
}

/** The harness's page (its own context, errors collected from the start), with the recorder in before the game's first script. */
async function openPageWithRecorder(browser: Browser, address: string): ReturnType<typeof openPage> {
  const opened = await openPage(browser, 'about:blank');
  await opened.page.context().addInitScript(PHASE_RECORDER);
  await opened.page.goto(address, { waitUntil: 'load', timeout: 60_000 });
  return opened;
}

/** The level's pace from its file; the watch speed from the attract loop's own summary, divided by the soak's pace. */
async function readBoothPace(page: Page, levelId: string, pace: number): Promise<BoothPace> {
  const level = JSON.parse(readFileSync(join(REPO_ROOT, 'levels', `${levelId}.json`), 'utf8')) as { gameSecondsPerRealSecond?: number };
  const speed = await page.evaluate<number | null>('window.__snafu.summary && window.__snafu.summary.speed');
  if (!speed) throw new CannotRun('the attract loop published no speed');
  return {
    gameSecondsPerRealSecond: level.gameSecondsPerRealSecond ?? 1,
    watchSpeed: speed / pace,
    attractEndPauseSeconds: KIOSK_TIMING.attractEndPauseMs / 1000,
    boardSeconds: KIOSK_TIMING.boardMs / 1000,
    idleSeconds: (KIOSK_TIMING.idleMs + KIOSK_TIMING.countdownMs) / 1000,
  };
}

/**
 * On the board: the page frozen (no timer, no frame, so the board stays up however long this takes), the
 * recorder's spans taken out, a full garbage collection, the figures read, the page let go. Null when the
 * board had already gone by the time the page froze.
 */
async function measure(page: Page, cdp: CDPSession, spans: PhaseSpan[]): Promise<Omit<Sample, 'hours' | 'wallMinutes' | 'loops' | 'visitors'> | null> {
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  try {
    const still = await cdp.send('Runtime.evaluate', { expression: 'window.__snafu.kiosk.phase === "board" && window.__snafu.scene === "kiosk-board"', returnByValue: true });
    spans.push(...((await cdp.send('Runtime.evaluate', { expression: 'window.__soak.take()', returnByValue: true })).result.value as PhaseSpan[]));
    if (still.result.value !== true) return null;
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string): number => metrics.find((entry) => entry.name === name)?.value ?? NaN;
    return {
      heap: metric('JSHeapUsedSize'),
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
      layoutObjects: metric('LayoutObjects'),
      documents: metric('Documents'),
      frames: metric('Frames'),
    };
  } finally {
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  }
}

// ---------------------------------------------------------------------------------------------------
// Printing

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const signed = (value: number, digits: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

function printHeader(): void {
  console.log('booth h  wall min  loops  visitors   JS heap     nodes  listeners  layout objs  documents');
}

function printRow(sample: Sample): void {
  console.log(
    `${sample.hours.toFixed(2).padStart(7)}  ${sample.wallMinutes.toFixed(1).padStart(8)}  ${String(sample.loops).padStart(5)}  ${String(sample.visitors).padStart(8)}  ${mb(sample.heap).padStart(9)}  ${String(sample.nodes).padStart(8)}  ${String(sample.listeners).padStart(9)}  ${String(sample.layoutObjects).padStart(11)}  ${String(sample.documents).padStart(9)}`,
  );
}

function printBoothTime(
  booth: ReturnType<typeof boothTime>,
  pace: BoothPace,
  hours: number,
  wall: number,
  visits: { visitors: number; finishers: number; initials: number; keys: number; commands: number; clicks: number },
): void {
  const total = totalSeconds(booth);
  const minutes = (seconds: number): string => `${(seconds / 60).toFixed(1)} min`;
  console.log(
    `Booth time covered: ${(total / 3600).toFixed(2)} h of the ${hours} h asked, in ${wall.toFixed(1)} wall-clock minutes (${(total / 60 / wall).toFixed(0)} booth minutes a minute).`,
  );
  console.log('  counted from what was simulated, at the booth’s real pace (never from the wall clock):');
  console.log(
    `  ${booth.attractLoopsCompleted} attract loops played to the end and ${booth.attractLoopsCut} cut short by a visitor: their replayed game time at watch speed ${pace.watchSpeed} (${pace.gameSecondsPerRealSecond} game s a real s), plus ${pace.attractEndPauseSeconds} s end pause for each complete loop = ${minutes(booth.attractSeconds)}`,
  );
  console.log(`  ${booth.boardsShown} boards shown to their end, ${pace.boardSeconds} s each = ${minutes(booth.boardSeconds)}`);
  console.log(
    `  ${booth.visitors} visitor sessions: the game time they played at speed 1 (the idle minute and countdown run on in it), plus ${pace.idleSeconds} s for each who left from the end screen = ${minutes(booth.visitorSeconds)}` +
      ` (${booth.visitors > 0 ? minutes(booth.visitorSeconds / booth.visitors) : '-'} on average)`,
  );
  console.log(
    `  the visitors pressed ${visits.keys} keys, typed ${visits.commands} terminal commands and clicked ${visits.clicks} times; ${visits.finishers} played the shift out (${booth.shiftsFinished} shifts ended), ${visits.initials} typed initials on the board`,
  );
}

/** Prints each figure's trend and returns, for the three with a goal, whether it is flat. */
function printTrends(samples: readonly Sample[], missed: number): boolean[] {
  console.log(
    `\nSamples: ${samples.length}, after each attract loop, on the board, after a full garbage collection${missed > 0 ? ` (${missed} boards had gone before the page froze: not sampled)` : ''}.`,
  );
  console.log(
    `Flat means: the least-squares slope through the second half's floor (the least sample in each of ${FLOOR_STRETCHES} equal stretches of its booth time), projected over ${BOOTH_DAY_HOURS} h, within the allowance. The first half is the page warming up; a sample above the floor holds a screen a visitor left a moment ago, which a leak does not explain.`,
  );
  if (samples.length < 6) {
    console.log('Too few samples for a trend (at least 6 needed): run longer.');
    return [false];
  }
  const figures: { name: string; key: 'heap' | 'nodes' | 'listeners'; show: (value: number) => string }[] = [
    { name: 'JS heap (used)', key: 'heap', show: (value) => mb(value) },
    { name: 'DOM nodes', key: 'nodes', show: (value) => value.toFixed(0) },
    { name: 'JS event listeners', key: 'listeners', show: (value) => value.toFixed(0) },
  ];
  const verdicts: boolean[] = [];
  for (const figure of figures) {
    const points: Point[] = samples.map((sample) => ({ hours: sample.hours, value: sample[figure.key] }));
    const allowance = ALLOWANCES[figure.key];
    const found = trend(points, allowance);
    const perHour = (value: number): string => (figure.key === 'heap' ? `${signed(value / 1024, 1)} KB` : signed(value, 2));
    console.log(`${figure.name}: first ${figure.show(found.first)}, last ${figure.show(found.last)}, max ${figure.show(found.max)}`);
    console.log(
      `  slope per booth hour: ${perHour(found.slopePerHour)} over the day, ${perHour(found.secondHalfSlopePerHour)} (± ${perHour(found.secondHalfSlopeError).replace('+', '')}) over the second half, ${perHour(found.floorSlopePerHour)} through the second half's floor`,
    );
    console.log(
      `  goal: the floor's growth over ${BOOTH_DAY_HOURS} h at most ${figure.key === 'heap' ? mb(allowance.perDay) : allowance.perDay} (${allowance.why}); projected: ${perHour(found.projectedPerDay)}  -> ${found.flat ? 'flat' : 'NOT flat'}`,
    );
    verdicts.push(found.flat);
  }
  const other = (name: string, key: 'layoutObjects' | 'documents' | 'frames'): void => {
    const values = samples.map((sample) => sample[key]);
    console.log(`${name}: first ${values[0]}, last ${values.at(-1)}, max ${Math.max(...values)} (printed, no goal)`);
  };
  other('Layout objects', 'layoutObjects');
  other('Documents', 'documents');
  other('Frames', 'frames');
  return verdicts;
}

const CSV_COLUMNS = ['hours', 'wallMinutes', 'loops', 'visitors', 'heap', 'nodes', 'listeners', 'layoutObjects', 'documents', 'frames'] as const;

/** `--analyse=FILE`: the trends and verdicts of a CSV an earlier soak wrote (`--csv`), read again. */
function analyse(path: string): void {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  if (header !== CSV_COLUMNS.join(',')) throw new CannotRun(`${path} is not a soak's CSV (its first line is not ${CSV_COLUMNS.join(',')})`);
  const samples = rows.map((row) => Object.fromEntries(row.split(',').map((cell, index) => [CSV_COLUMNS[index]!, Number(cell)])) as unknown as Sample);
  console.log(`${samples.length} samples from ${path}, ${samples.at(-1)?.hours.toFixed(2) ?? 0} booth hours.`);
  const verdicts = printTrends(samples, 0);
  console.log(`\nVerdict on the figures: ${verdicts.includes(false) ? 'NOT met' : 'met'} (page errors are not in the CSV: see the soak's own output).`);
  process.exitCode = verdicts.includes(false) ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`soak cannot run: ${error instanceof CannotRun ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
