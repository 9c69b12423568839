// Helpers for the browser tests (test/e2e/*.e2e.ts) and the browser benchmark (scripts/bench-browser.ts):
// serve the built game with `vite preview`, drive Debian's Chromium with playwright-core, and read the
// game's read-only hook `window.__snafu`.
//
// Typical use, one Chromium per test file (the e2e config runs files one at a time):
//
//   let preview: Preview; let browser: Browser;
//   beforeAll(async () => { preview = await startPreview(); browser = await launchBrowser(); });
//   afterAll(async () => { await browser?.close(); await preview?.stop(); });
//   it('…', async () => {
//     const { page, errors } = await openPage(browser, preview.url);
//     await waitForHook(page, (hook) => hook.ready);
//     expect(errors).toEqual([]);
//   });
//
// Needs: a build in dist/ (`vite build`) and Chromium (`bash scripts/ensure-chromium.sh`).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Hook } from '../../src/test-hook';

export type { Browser, Page } from 'playwright-core';
export type { Hook } from '../../src/test-hook';

/** The repository root (this file is test/e2e/harness.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The build the tests serve: `dist/`, or another folder (`E2E_DIST=/tmp/x`) so two people can build and test side by side. */
export const DIST = resolve(REPO_ROOT, process.env['E2E_DIST'] ?? 'dist');
/** Where screenshots go: test-output/screenshots, or `E2E_SCREENSHOTS=/tmp/y` beside a separate build. */
export const SCREENSHOTS = resolve(REPO_ROOT, process.env['E2E_SCREENSHOTS'] ?? 'test-output/screenshots');

// ---------------------------------------------------------------------------------------------------
// vite preview

export interface Preview {
  /** The served game, without a trailing slash: `http://127.0.0.1:41234`. */
  url: string;
  /** Stops the server (its whole process group). Safe to call twice. */
  stop(): Promise<void>;
}

/** Servers still running, killed when this process exits, whatever the tests did. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the negative pid is the process group: vite and anything it started
  } catch {
    // already gone
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Serves the already-built `dist/` with `vite preview` on a free port of 127.0.0.1 and resolves once it
 * answers HTTP. Throws (and leaves nothing running) when there is no build or the server does not come up.
 */
export async function startPreview(options: { timeoutMs?: number } = {}): Promise<Preview> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build in ${DIST}: run \`npx vite build\` (or \`npm run build\`) first.`);
  }
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => running.forEach((child) => killGroup(child, 'SIGKILL')));
  }

  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    // Another process may take the port between freePort() and vite binding it: try again with a new one.
    try {
      return await startPreviewOn(await freePort(), timeoutMs);
    } catch (error) {
      lastError = error;
      if (!(error instanceof PortTakenError)) throw error;
    }
  }
  throw lastError;
}

class PortTakenError extends Error {}

/**
 * Runs as `node -e GUARD vite.js preview …`: starts vite and ends it when our stdin closes, which happens
 * whenever the test process goes away, even when it is killed (vitest kills a worker that calls
 * process.exit, and a SIGKILL runs no exit handler).
 */
const GUARD = `
const { spawn } = require('node:child_process');
const vite = spawn(process.execPath, process.argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
const end = (signal) => { vite.kill(signal); setTimeout(() => vite.kill('SIGKILL'), 3000).unref(); };
process.stdin.on('end', () => end('SIGTERM')).on('error', () => end('SIGTERM')).resume();
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => end(signal));
vite.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
`;

async function startPreviewOn(port: number, timeoutMs: number): Promise<Preview> {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, ['-e', GUARD, ...args], {
    cwd: REPO_ROOT,
    detached: true, // its own process group, so stop() can end it and its children together
    stdio: ['pipe', 'pipe', 'pipe'], // stdin stays open for the guard until this process ends
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => running.delete(child));

  const stop = async (): Promise<void> => {
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (/port .* is (already )?in use/i.test(output)) throw new PortTakenError(`port ${port} is in use`);
      throw new Error(`vite preview exited (${child.exitCode ?? child.signalCode}) before serving:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        await response.arrayBuffer();
        return { url, stop };
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}

// ---------------------------------------------------------------------------------------------------
// Chromium

/** Debian's Chromium; the binary in /usr/lib skips a harmless warning that the /usr/bin wrapper prints. */
export function chromiumPath(): string {
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) if (existsSync(candidate)) return candidate;
  throw new Error('Chromium is not installed: run `bash scripts/ensure-chromium.sh`.');
}

/**
 * Launches headless Chromium. Playwright adds `--headless`, `--no-sandbox`, its own profile and
 * `--enable-unsafe-swiftshader`; WebGL renders in software (ANGLE on SwiftShader), which is slow.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    timeout: 60_000,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--disable-dev-shm-usage',
      '--no-first-run',
      // The machine's network is closed: without these, Chromium keeps trying to reach Google's hosts.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      // Software WebGL. Chromium 156 falls back to it anyway, but without the opt-in it logs a
      // "fallback to software WebGL has been deprecated" warning and a later version may refuse.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught page errors and crashes, in order; a test asserts it stays empty. */
  errors: string[];
}

/**
 * Opens `url` in a fresh context (own storage) at the given viewport, collecting errors from the start.
 * Close it with `page.context().close()`, or let `browser.close()` do it.
 */
export async function openPage(browser: Browser, url: string, viewport: { width?: number; height?: number } = {}, beforeScripts?: () => void): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: viewport.width ?? 1280, height: viewport.height ?? 720 } });
  context.setDefaultTimeout(30_000);
  // Runs in the page before its own scripts, on every load (a test's instrument: keeping its sockets, say).
  if (beforeScripts) await context.addInitScript(beforeScripts);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url: at, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${at ? ` (${at}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  page.on('crash', () => errors.push('the page crashed'));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, errors };
}

// ---------------------------------------------------------------------------------------------------
// The game's hook

/** A copy of `window.__snafu`, or null when the page has not published it (yet). */
export function readHook(page: Page): Promise<Hook | null> {
  return page.evaluate(() => (window.__snafu ? (JSON.parse(JSON.stringify(window.__snafu)) as Hook) : null));
}

/**
 * Polls `window.__snafu` until `predicate` holds and returns that hook value. The predicate runs in Node
 * on a copy of the hook. It is not called while the hook is missing. On timeout it throws with the
 * predicate's source and the last value seen.
 */
export async function waitForHook(page: Page, predicate: (hook: Hook) => boolean, timeoutMs = 30_000): Promise<Hook> {
  const deadline = Date.now() + timeoutMs;
  let last: Hook | null;
  for (;;) {
    last = await readHook(page);
    if (last && predicate(last)) return last;
    if (Date.now() >= deadline) break;
    await sleep(100);
  }
  throw new Error(`window.__snafu did not satisfy ${predicate.toString()} within ${timeoutMs} ms; last value: ${last ? JSON.stringify(last) : 'no hook on the page'}`);
}

/**
 * Waits until the page has drawn `count` more animation frames: the game's own clock, not a guess at
 * how long something takes. Keys and resizes are handled by the next frame, so one or two are enough.
 */
export async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const next = (): void => {
          if (--left <= 0) resolve();
          else requestAnimationFrame(next);
        };
        requestAnimationFrame(next);
      }),
    count,
  );
}

// ---------------------------------------------------------------------------------------------------
// Screenshots

/** Saves the page as <SCREENSHOTS>/<name>.png (test-output/screenshots, git-ignored) and returns the file's path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = SCREENSHOTS;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, timeout: 30_000 });
  return path;
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * One built game, one Chromium and one page for a whole test file, opened at `query` (e.g.
 * `?speed=8&seed=1`) before its tests and closed after them. The page and its errors are read
 * through the returned getters, which are valid once the file's tests run.
 */
export function gameForThisFile(query: string): { page: () => Page; errors: () => string[] } {
  const served = browserForThisFile();
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    opened = await openPage(served.browser(), `${served.url()}/${query}`);
  });
  return { page: () => opened!.page, errors: () => opened!.errors };
}

/** The built game served and a Chromium launched for the whole test file, both stopped after it; for files that open their own pages. */
export function browserForThisFile(): { browser: () => Browser; url: () => string } {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });
  return { browser: () => browser!, url: () => preview!.url };
}
