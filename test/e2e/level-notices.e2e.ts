// The levels reach the browser already checked (scripts/levels-plugin.ts): a bad level file is left out
// and named on the title screen, and in the dev server (`npm start`) fixing the file brings the level
// back at once. Runs the dev server of this repository's own Vite config, with its levels folder swapped
// for a scratch one, so the shared levels/ folder is never touched.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type InlineConfig, type PluginOption, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLevelCatalog } from '../../scripts/level-catalog-file';
import { levelsPlugin } from '../../scripts/levels-plugin';
import viteConfig from '../../vite.config';
import { launchBrowser, openPage, readHook, REPO_ROOT, type Browser, type Hook, type Page } from './harness';

const scratch = mkdtempSync(join(tmpdir(), 'snafu-level-notices-'));
const folder = join(scratch, 'levels');
mkdirSync(folder);
cpSync(join(REPO_ROOT, 'levels', 'apache-snafu.json'), join(folder, 'apache-snafu.json'));
const chatDown = readFileSync(join(REPO_ROOT, 'levels', 'chat-down.json'), 'utf8');
const brokenChatDown = chatDown.replace('"schemaVersion": 1,', '"schemaVersion": 2,');
writeFileSync(join(folder, 'chat-down.json'), brokenChatDown);
writeFileSync(join(folder, 'apache-snafu-copy.json'), readFileSync(join(folder, 'apache-snafu.json'), 'utf8'));

let server: ViteDevServer;
let browser: Browser;
let url = '';

beforeAll(async () => {
  expect(brokenChatDown).not.toBe(chatDown);
  const config = viteConfig({ command: 'serve', mode: 'development' });
  const plugins = (config.plugins ?? []).map((plugin: PluginOption) => (plugin && 'name' in plugin && plugin.name === 'apache-snafu-levels' ? levelsPlugin(folder) : plugin));
  const inline: InlineConfig = {
    ...config,
    plugins,
    root: REPO_ROOT,
    configFile: false,
    logLevel: 'error',
    // Its own cache, so it never races a developer's `npm start` over node_modules/.vite.
    cacheDir: join(scratch, 'vite-cache'),
    server: { ...config.server, host: '127.0.0.1', port: 0, strictPort: false },
  };
  server = await createServer(inline);
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Like the harness's waitForHook, but across reloads: the dev server reloads the page when a level changes. */
async function waitAcrossReloads(page: Page, predicate: (hook: Hook) => boolean, timeoutMs: number): Promise<Hook> {
  const deadline = Date.now() + timeoutMs;
  let last: Hook | null = null;
  while (Date.now() < deadline) {
    try {
      last = await readHook(page);
      if (last && predicate(last)) return last;
    } catch {
      // the page is navigating: read again once it has loaded
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`timed out; last hook: ${JSON.stringify(last)}`);
}

describe('level files with problems', () => {
  it('are left out, named on the title screen exactly as the check names them, and a fixed file comes back without a restart', async () => {
    const expected = readLevelCatalog(REPO_ROOT, folder).problems;
    expect(expected).toHaveLength(2);
    expect(expected[0]).toMatch(/chat-down\.json: \$\.schemaVersion: /);
    expect(expected[1]).toMatch(/apache-snafu-copy\.json: \$\.id: the level id "apache-snafu" is already used by .*apache-snafu\.json, so the game leaves this one out/);

    const { page, errors } = await openPage(browser, `${url}?speed=8`);
    const title = await waitAcrossReloads(page, (hook) => hook.scene === 'title' && hook.ready, 90_000);
    expect(title.notices).toEqual(expected);
    expect(await page.locator('.notices').textContent()).toContain('chat-down.json: $.schemaVersion');

    // The trainer fixes the file and saves it: the page reloads with the level back and one notice left.
    writeFileSync(join(folder, 'chat-down.json'), chatDown);
    const fixed = await waitAcrossReloads(page, (hook) => hook.scene === 'title' && hook.ready && hook.notices.length === 1, 90_000);
    expect(fixed.notices).toEqual([expected[1]]);
    expect(errors).toEqual([]);
  });
});
