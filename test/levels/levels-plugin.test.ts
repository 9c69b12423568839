// The level catalog made at build time (scripts/levels-plugin.ts): the same checks as levels:check on
// levels/*.json, a bad file left out and named instead of breaking the build, and the levels handed to
// the browser as data that reads back exactly as the checks made it.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/level-catalog';
import { catalogOf } from '../../src/levels/level-catalog-rules';
import { formatLevelProblems, parseLevelText } from '../../src/levels/parse-level';
import { levelsModuleCode, readLevelCatalog } from '../../scripts/level-catalog-file';
import { levelsPlugin } from '../../scripts/levels-plugin';
import { bundledLevel, repoPath } from '../support/level-files';
import { levelJson, type LevelJson } from '../support/level-variants';

/** A project folder with a levels/ folder holding these files (name → text). */
function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'snafu-levels-plugin-'));
  mkdirSync(join(root, 'levels'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'levels', name), text);
  return root;
}

function withFirstTierCount(json: LevelJson, count: number): LevelJson {
  const tiers = json['tiers'] as Array<Record<string, unknown>>;
  return { ...json, tiers: tiers.map((tier, index) => (index === 0 ? { ...tier, count } : tier)) };
}

const good = JSON.stringify(levelJson(), null, 2);
const badCount = JSON.stringify(withFirstTierCount(levelJson('chat-down'), -3));
const copy = JSON.stringify({ ...levelJson(), title: 'My copy' });
const brokenText = good.replace('"schemaVersion": 1,', '"schemaVersion": 1,,');

/** Every file at once: good, wrong, not JSON, a copy that kept its id, a replay and a folder beside them. */
function troubledProject(): string {
  const root = projectWith({
    'apache-snafu.json': good,
    'chat-down.json': badCount,
    'apache-snafu-copy.json': copy,
    'not-json.json': brokenText,
    'apache-snafu.skilled.replay.json': '{"replayVersion": 1}',
    'notes.md': 'not a level',
  });
  mkdirSync(join(root, 'levels', 'drafts.json'));
  return root;
}

describe('the catalog the build makes from a levels folder', () => {
  it('keeps the good levels and names every problem as levels:check does: a bad field, text that is not JSON (which used to stop the build), a copy that kept its id', () => {
    const catalog = readLevelCatalog(troubledProject());
    expect(catalog.levels.map((level) => level.meta.title)).toEqual(['The Apache SNAFU']);
    expect(catalog.problems).toEqual([
      'levels/chat-down.json: $.tiers[0].count: expected a whole number from 0 to 10000, got -3',
      'levels/not-json.json: $: not valid JSON at line 2, column 22: expected a field name in double quotes, found ","',
      'levels/apache-snafu-copy.json: $.id: the level id "apache-snafu" is already used by levels/apache-snafu.json, so the game leaves this one out: give this level its own "id" (a copied level keeps its original\'s id until you change it)',
    ]);
  });

  it('says exactly what levels:check and the JSON-read catalog say about the same files', () => {
    const catalog = readLevelCatalog(troubledProject());
    const parsed = parseLevelText(badCount, 'levels/chat-down.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(catalog.problems[0]).toBe(formatLevelProblems(parsed.problems));
    const json = (text: string): unknown => JSON.parse(text);
    const fromJson = catalogOf({ '../levels/apache-snafu.json': json(good), '../levels/chat-down.json': json(badCount), '../levels/apache-snafu-copy.json': json(copy) });
    expect(catalog.problems.filter((problem) => !problem.startsWith('levels/not-json.json'))).toEqual(fromJson.problems);
    expect(catalog.levels).toEqual(fromJson.levels);
  });

  it('names a file it cannot read rather than failing', () => {
    const root = projectWith({ 'apache-snafu.json': good, 'latin1.json': '{"title": "caf\u00e9"}' });
    writeFileSync(join(root, 'levels', 'latin1.json'), Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d]));
    const catalog = readLevelCatalog(root);
    expect(catalog.levels).toHaveLength(1);
    expect(catalog.problems).toEqual(['levels/latin1.json: $: at line 1, column 10: the file is not UTF-8 text; save it as UTF-8 in your editor']);
  });

  it('is the shipped folder’s levels, unchanged by the trip through the module’s JSON', async () => {
    const catalog = readLevelCatalog(repoPath(''));
    expect(catalog.problems).toEqual([]);
    const ids = ['a-quiet-shift', 'apache-snafu', 'hindsight', 'chat-down', 'nobody-at-desks', 'conference-cut'];
    expect(catalog.levels.map((level) => level.meta.id)).toEqual(ids);
    expect(catalog.levels).toStrictEqual(ids.map((id) => bundledLevel(id)));
    const module = (await import(`data:text/javascript,${encodeURIComponent(levelsModuleCode(catalog))}`)) as { levels: unknown; problems: unknown };
    expect(module.levels).toStrictEqual(catalog.levels);
    expect(module.problems).toStrictEqual([]);
  });

  it('is what the game’s catalog (src/level-catalog.ts, through virtual:levels) holds', () => {
    expect(loadCatalog()).toStrictEqual(readLevelCatalog(repoPath('')));
  });
});

describe('a build with bad level files', () => {
  it('does not fail: it warns, leaves them out and hands their problems to the game, with no schema library in the output', async () => {
    const root = troubledProject();
    writeFileSync(join(root, 'entry.js'), "export { levels, problems } from 'virtual:levels';\n");
    const warnings: string[] = [];
    const output = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [levelsPlugin()],
      build: {
        write: false,
        minify: true,
        lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'entry' },
        rolldownOptions: { onwarn: (warning) => void warnings.push(warning.message) },
      },
    })) as Rolldown.RolldownOutput[];
    const chunk = output[0]!.output.find((item): item is Rolldown.OutputChunk => item.type === 'chunk')!;
    expect(chunk.code).not.toMatch(/zod|ZodError/i);
    const built = (await import(`data:text/javascript,${encodeURIComponent(chunk.code)}`)) as { levels: Array<{ meta: { id: string } }>; problems: string[] };
    const expected = readLevelCatalog(root);
    expect(built.problems).toEqual(expected.problems);
    expect(built.levels).toStrictEqual(expected.levels);
    expect(warnings.join('\n')).toContain('level left out of the game: levels/chat-down.json: $.tiers[0].count');
  }, 30_000);
});
