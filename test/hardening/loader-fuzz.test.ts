// A fuzz target for the level and replay loaders: the shipped files (levels/*.json, the reference
// replays beside them), broken at random. As text: bytes flipped, cut short, a slice duplicated, nested
// deep, numbers made huge, odd unicode put in. As JSON: a value swapped for another type or an extreme
// number, a field deleted, a `__proto__` field added, a list blown up. Whatever comes in, each loader
// answers with the level or replay, or with problems that name the file and a JSON path in words, and
// never throws, never prints a stack trace, and answers within a bound per file.
//
// Reproducible: fast-check runs from a fixed seed, and a failure prints the mutation that caused it.

import { fc, it } from '@fast-check/vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { LevelProblem } from '../../src/levels/level-problem';
import { parseJsonText } from '../../src/levels/parse-json-text';
import { parseLevel, parseLevelText } from '../../src/levels/parse-level';
import { parseReplay, replayMismatch } from '../../src/replay/replay-file';
import { readFileText } from '../../scripts/load-level-file';
import { bundledLevel, repoPath } from '../support/level-files';

const FAST_CHECK_SEED = 20_250_716;
/** Each load takes a few ms: about 2,500 loads in all keep the file near 10 s on an idle 2-core machine. */
const NUM_RUNS = 500;
const PARAMS = { seed: FAST_CHECK_SEED, numRuns: NUM_RUNS };
/** Per file; a load takes milliseconds, so this only trips on a hang or a blow-up. */
const BOUND_MS = 2_000;
const TIMEOUT_MS = 120_000;

const files = readdirSync(repoPath('levels'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ file: `levels/${name}`, text: readFileSync(repoPath(`levels/${name}`), 'utf8'), replay: name.endsWith('.replay.json') }));
const levelFiles = files.filter((entry) => !entry.replay);
const replayFiles = files.filter((entry) => entry.replay);
const level = bundledLevel();
const scratch = mkdtempSync(join(tmpdir(), 'snafu-fuzz-'));

// ---- the loaders, as the tools and the game call them -------------------------------------------

type Loaded = { ok: true } | { ok: false; problems: readonly LevelProblem[] };

function loadLevel(text: string, file: string): Loaded {
  return parseLevelText(text, file);
}

function loadReplay(text: string, file: string): Loaded {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = parseReplay(json.value, file);
  if (!parsed.ok) return parsed;
  const mismatch = replayMismatch(parsed.replay, level, file);
  return mismatch.length > 0 ? { ok: false, problems: mismatch } : { ok: true };
}

/** Loads, timing it, and checks the answer is a clean success or clean problems. */
function expectCleanAnswer(load: () => Loaded, file: string, what: string): void {
  const started = performance.now();
  let loaded: Loaded;
  try {
    loaded = load();
  } catch (error) {
    throw new Error(`${what}: the loader threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, { cause: error });
  }
  const ms = performance.now() - started;
  expect(ms, `${what}: took ${Math.round(ms)} ms`).toBeLessThan(BOUND_MS);
  if (loaded.ok) return;
  expect(loaded.problems.length, `${what}: refused without a problem`).toBeGreaterThan(0);
  for (const problem of loaded.problems) {
    expect(problem.file.startsWith(file), `${what}: problem for ${problem.file}`).toBe(true);
    expect(problem.path, `${what}: path`).toMatch(/^\$/);
    expect(problem.path.length, `${what}: path of ${problem.path.length} characters`).toBeLessThan(1_000);
    expect(typeof problem.message === 'string' && problem.message.length > 0, `${what}: empty message`).toBe(true);
    expect(problem.message.length, `${what}: message of ${problem.message.length} characters`).toBeLessThan(2_000);
    expect(problem.message, `${what}: a stack trace in the message`).not.toMatch(/\n\s+at |\bat .+\.ts:\d+/);
    // The loaders' last-resort catch says this; reaching it means a check has a bug.
    expect(problem.message, `${what}: a check threw`).not.toMatch(/could not be checked/);
  }
}

// ---- mutations of the text ----------------------------------------------------------------------

const ODD_TEXT = ['\\ud800', '\\udfff', '\ud800', '\u0000', '\\u0000', '\u0007', '\u202e', '\ufeff', '\uffff', '🐈', '\\u00e9', 'é', '\r\n', '\\', '"', '\u2028'];
const HUGE_NUMBERS = ['1e308', '-1e308', '1e999', '-0', '5e-324', '123456789012345678901234567890', '0.1e-400', '-1', '1.5', '99999999'];

type TextMutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; from: number; length: number; to: number }
  | { kind: 'nest'; depth: number; at: number }
  | { kind: 'number'; nth: number; value: string }
  | { kind: 'unicode'; at: number; text: string };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    from: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    length: fc.integer({ min: 1, max: 400 }),
    to: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.constantFrom(5, 30, 1_000, 20_000), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }),
  fc.record({ kind: fc.constant('number' as const), nth: fc.nat(), value: fc.constantFrom(...HUGE_NUMBERS) }),
  fc.record({ kind: fc.constant('unicode' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), text: fc.constantFrom(...ODD_TEXT) }),
);

/** The mutated file as bytes: flips may leave it not UTF-8, which the file reader must refuse in words. */
function mutateText(text: string, mutation: TextMutation): Buffer {
  const position = (share: number) => Math.floor(share * text.length);
  switch (mutation.kind) {
    case 'flip': {
      const bytes = Buffer.from(text, 'utf8');
      bytes[Math.floor(mutation.at * bytes.length)] = mutation.byte;
      return bytes;
    }
    case 'truncate':
      return Buffer.from(text.slice(0, position(mutation.at)), 'utf8');
    case 'duplicate': {
      const from = position(mutation.from);
      const slice = text.slice(from, from + mutation.length);
      const to = position(mutation.to);
      return Buffer.from(text.slice(0, to) + slice + text.slice(to), 'utf8');
    }
    case 'nest': {
      // At a value: after a colon if there is one ahead, else around the whole file.
      const colon = text.indexOf(':', position(mutation.at));
      const open = '{"x":['.repeat(mutation.depth);
      const close = ']}'.repeat(mutation.depth);
      if (colon < 0) return Buffer.from(`${open}${text}${close}`, 'utf8');
      const end = text.slice(colon + 1).search(/[,}\]]/) + colon + 1;
      return Buffer.from(`${text.slice(0, colon + 1)}${open}${text.slice(colon + 1, end)}${close}${text.slice(end)}`, 'utf8');
    }
    case 'number': {
      const numbers = [...text.matchAll(/-?\d+(\.\d+)?([eE][+-]?\d+)?/g)];
      const hit = numbers[mutation.nth % Math.max(1, numbers.length)];
      if (!hit) return Buffer.from(text, 'utf8');
      return Buffer.from(text.slice(0, hit.index) + mutation.value + text.slice(hit.index + hit[0].length), 'utf8');
    }
    case 'unicode': {
      // Inside a string when there is one ahead, where odd characters are most likely to get through.
      const quote = text.indexOf('"', position(mutation.at));
      const at = quote < 0 ? position(mutation.at) : quote + 1;
      return Buffer.from(text.slice(0, at) + mutation.text + text.slice(at), 'utf8');
    }
  }
}

// ---- mutations of the JSON ----------------------------------------------------------------------

type JsonMutation =
  { kind: 'replace'; nth: number; value: unknown } | { kind: 'delete'; nth: number } | { kind: 'proto'; nth: number; key: string } | { kind: 'blow-up'; nth: number; copies: number };

const EXTREMES: unknown[] = [
  1e308,
  -1e308,
  Infinity,
  -Infinity,
  NaN,
  -1,
  0,
  -0,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  'NaN',
  'Infinity',
  '',
  ' ',
  'x'.repeat(10_000),
  null,
  true,
  [],
  {},
  [1, 2],
  { a: 1 },
];

const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), nth: fc.nat(), value: fc.oneof(fc.constantFrom(...EXTREMES), fc.jsonValue({ maxDepth: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), nth: fc.nat() }),
  fc.record({ kind: fc.constant('proto' as const), nth: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype') }),
  fc.record({ kind: fc.constant('blow-up' as const), nth: fc.nat(), copies: fc.constantFrom(2, 200, 12_000) }),
);

/** Every object and list in the document, with the key or index that holds each child. */
function containers(root: unknown): Array<Record<string, unknown> | unknown[]> {
  const found: Array<Record<string, unknown> | unknown[]> = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    found.push(node as Record<string, unknown> | unknown[]);
    stack.push(...(Object.values(node) as unknown[]));
  }
  return found;
}

function mutateJson(text: string, mutation: JsonMutation): unknown {
  const root = JSON.parse(text) as unknown;
  const all = containers(root);
  const target = all[mutation.nth % all.length]!;
  const keys = Object.keys(target);
  const key = keys[mutation.nth % Math.max(1, keys.length)];
  switch (mutation.kind) {
    case 'replace':
      if (key !== undefined) (target as Record<string, unknown>)[key] = mutation.value;
      return root;
    case 'delete':
      if (key === undefined) return root;
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
      return root;
    case 'proto':
      // As JSON.parse makes it: an own field named "__proto__", not a prototype.
      Object.defineProperty(target, mutation.key, { value: { type: 'end-incident', polluted: true }, enumerable: true, configurable: true, writable: true });
      return root;
    case 'blow-up':
      if (Array.isArray(target)) target.push(...Array.from({ length: mutation.copies }, (): unknown => structuredClone<unknown>(target[0] ?? 1)));
      // A field turned into a long list of small things: a list of big ones only measures JSON.stringify.
      else if (key !== undefined) target[key] = Array.from({ length: mutation.copies }, () => (typeof target[key] === 'object' ? 0 : target[key]));
      return root;
  }
}

// ---- the fuzz targets ---------------------------------------------------------------------------

const anyLevel = fc.constantFrom(...levelFiles);
const anyReplay = fc.constantFrom(...replayFiles);

describe('the level loader, fed broken copies of the shipped levels', () => {
  it.prop([anyLevel, textMutation], PARAMS)(
    'answers every text mutation with the level or with clean problems, in bounded time',
    (entry, mutation) => {
      const text = new TextDecoder().decode(mutateText(entry.text, mutation));
      expectCleanAnswer(() => loadLevel(text, entry.file), entry.file, `${entry.file} with ${JSON.stringify(mutation)}`);
    },
    TIMEOUT_MS,
  );

  it.prop([anyLevel, jsonMutation], PARAMS)(
    'answers every JSON mutation the same way',
    (entry, mutation) => {
      const json = mutateJson(entry.text, mutation);
      // As the game's catalog reads it (the parsed JSON itself), and as the tools read it (the file's text).
      expectCleanAnswer(() => parseLevel(json, entry.file), entry.file, `${entry.file} (as an object) with ${JSON.stringify(mutation)}`);
      const text = JSON.stringify(json) ?? 'null';
      expectCleanAnswer(() => loadLevel(text, entry.file), entry.file, `${entry.file} with ${JSON.stringify(mutation)}`);
    },
    TIMEOUT_MS,
  );
});

describe('the replay loader, fed broken copies of the reference replays', () => {
  it.prop([anyReplay, textMutation], PARAMS)(
    'answers every text mutation with the replay or with clean problems, in bounded time',
    (entry, mutation) => {
      const text = new TextDecoder().decode(mutateText(entry.text, mutation));
      expectCleanAnswer(() => loadReplay(text, entry.file), entry.file, `${entry.file} with ${JSON.stringify(mutation)}`);
    },
    TIMEOUT_MS,
  );

  it.prop([anyReplay, jsonMutation], PARAMS)(
    'answers every JSON mutation the same way',
    (entry, mutation) => {
      const json = mutateJson(entry.text, mutation);
      const text = JSON.stringify(json) ?? 'null';
      expectCleanAnswer(() => loadReplay(text, entry.file), entry.file, `${entry.file} with ${JSON.stringify(mutation)}`);
      // Parsed directly too, as a program handing over objects would: NaN and Infinity survive that way.
      expectCleanAnswer(() => parseReplay(json, entry.file), entry.file, `${entry.file} (as an object) with ${JSON.stringify(mutation)}`);
    },
    TIMEOUT_MS,
  );
});

describe('the file reader of the command-line tools', () => {
  it.prop([fc.constantFrom(...files), textMutation], { seed: FAST_CHECK_SEED, numRuns: 60 })(
    'reads a mutated file from disk, refusing what is not UTF-8 text, then loads it cleanly',
    (entry, mutation) => {
      const file = join(scratch, entry.replay ? 'fuzzed.replay.json' : 'fuzzed.json');
      writeFileSync(file, mutateText(entry.text, mutation));
      const what = `${entry.file} on disk with ${JSON.stringify(mutation)}`;
      expectCleanAnswer(
        () => {
          const read = readFileText(file);
          if (!read.ok) return read;
          return entry.replay ? loadReplay(read.text, file) : loadLevel(read.text, file);
        },
        file,
        what,
      );
    },
    TIMEOUT_MS,
  );
});
