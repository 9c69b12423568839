// The linter holds the rules the compiler cannot see (ARCHITECTURE.md, "Boundaries"): which layer may
// import what, and that the pure folders never reach for the browser, an engine, the clock or
// Math.random. On top of that, typescript-eslint's type-aware recommended rules. `npm run lint` runs it
// with Prettier's check; `npm test` runs that after the type check.
//
// One flat-config catch shapes this file: when two blocks set the same rule for a file, the later one
// replaces the earlier's options rather than adding to them. So every file gets its import rules from
// exactly one block, built by `layer()` from the lists below.

import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The folders that must stay pure: plain TypeScript, deterministic, runnable in Node and the browser. */
const PURE = ['sim', 'levels', 'replay', 'session', 'terminal', 'team'];
const PURE_LIST = PURE.map((folder) => `src/${folder}`).join(', ');
const PURE_WHY = 'the simulation must stay pure and deterministic (a level, a seed and the commands make the same run, in Node as in the browser)';

const PHASER = {
  name: 'phaser',
  message: 'Only src/scenes, src/views and src/main.ts import Phaser: it cannot even load in Node, so the rules must live in plain TypeScript that the Node tests can run.',
};
const HOWLER = {
  name: 'howler',
  message: 'Only src/audio imports Howler (howler-bank.ts): everything else asks for cues from the audio director, which the Node tests run.',
};
const ENGINE_IN_PURE = (name) => ({ name, message: `No engine in ${PURE_LIST}: ${PURE_WHY}.` });
const NODE_IN_PURE = {
  regex: `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`,
  message: `No Node API in ${PURE_LIST}: ${PURE_WHY}.`,
};
const ENGINE_IN_NODE = (name) => ({ name, message: 'Tests and scripts run in Node, where Phaser cannot load and Howler has no audio: test a scene in test/e2e, through the browser.' });

/** Views, panels, audio and scenes read the player's view, never the true state (test/boundaries.test.ts scans for the names too). */
const TRUE_STATE = [
  { regex: '(^|/)sim/state$', importNames: ['SimState', 'HostState', 'PoolState'] },
  { regex: '(^|/)session/live-session$', importNames: ['LiveSession'] },
].map((pattern) => ({
  ...pattern,
  message:
    'Views, panels, audio and scenes read only the player’s view (src/session/player-view.ts, built by the incident scene), never the true state: one forgotten branch would leak what graph-blindness hides.',
}));

/**
 * A relative import that climbs `depth + 1` folders reaches src/ itself; it may go on only into one of
 * `allowed`. (A pattern sees the import as written, so each depth below a layer's folder needs its own.)
 */
const leavingFor = (depth, allowed, message) => ({
  regex: `^(\\.\\./){${depth + 1}}(?!(${allowed.join('|')})(/|$))`,
  message,
});
const DEPTHS = [0, 1, 2, 3];
const filesAt = (folder, depth) => [`src/${folder}/${'*/'.repeat(depth)}*.ts`];

const NO_HOST_API_IN_PURE = `No browser or Node API in ${PURE_LIST}: ${PURE_WHY}. The scenes, views and ui talk to the browser.`;
const PURE_GLOBALS = [
  { name: 'Date', message: `No Date in ${PURE_LIST}: ${PURE_WHY}. Game time is the tick (src/sim/ticks.ts); real time enters only as frame times given to the fixed-step driver.` },
  ...[
    'window',
    'self',
    'globalThis',
    'document',
    'navigator',
    'location',
    'history',
    'screen',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'caches',
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'HTMLElement',
    'HTMLCanvasElement',
    'Element',
    'KeyboardEvent',
    'MouseEvent',
    'Audio',
    'Image',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'performance',
    'crypto',
    'console',
    'process',
    'Buffer',
    'require',
  ].map((name) => ({ name, message: NO_HOST_API_IN_PURE })),
];

/** One block per layer (and depth) so that each file's import rules come from one place. */
function layer(files, { paths = [], patterns = [], pure = false, ignores = [] }) {
  const rules = { 'no-restricted-imports': ['error', { paths, patterns }] };
  if (pure) {
    rules['no-restricted-globals'] = ['error', ...PURE_GLOBALS];
    rules['no-restricted-properties'] = [
      'error',
      { object: 'Math', property: 'random', message: `No Math.random in ${PURE_LIST}: ${PURE_WHY}. Draw from the run's seeded generator (src/sim/rng.ts), kept in the state.` },
    ];
    rules['no-restricted-syntax'] = [
      'error',
      { selector: 'ImportExpression', message: `No dynamic import in ${PURE_LIST}: ${PURE_WHY}, and what it loads must be checked like any import.` },
    ];
  }
  return { files, ignores, rules };
}

const SIM_ONLY = `src/sim imports only src/sim (no package, no engine, no Node API): ${PURE_WHY}, so its rules depend on nothing but themselves (levels, replay and session build on it, never the other way round).`;
const PURE_ONLY = `${PURE_LIST} import only each other (and pure packages): ${PURE_WHY}, and src/ui, src/views, src/scenes, src/audio and the app reach the browser or an engine.`;

const boundaries = [
  // src/sim: its own files, and no package at all (so no engine and no Node API either).
  ...DEPTHS.map((depth) =>
    layer(filesAt('sim', depth), {
      patterns: [{ regex: '^(?!\\.)', message: SIM_ONLY }, leavingFor(depth, ['sim'], SIM_ONLY)],
      pure: true,
    }),
  ),
  // The other pure folders: each other, and packages that are not engines or Node.
  ...PURE.filter((folder) => folder !== 'sim').flatMap((folder) =>
    DEPTHS.map((depth) =>
      layer(filesAt(folder, depth), {
        paths: [ENGINE_IN_PURE('phaser'), ENGINE_IN_PURE('howler')],
        patterns: [NODE_IN_PURE, leavingFor(depth, PURE, PURE_ONLY)],
        pure: true,
      }),
    ),
  ),
  // Deeper than DEPTHS reaches, the patterns above cannot tell where an import lands: say so.
  layer(
    PURE.map((folder) => `src/${folder}/${'*/'.repeat(DEPTHS.length)}**/*.ts`),
    { patterns: [{ regex: '^', message: `eslint.config.js checks the imports of ${PURE_LIST} only ${DEPTHS.length - 1} folders deep: add a depth to DEPTHS.` }], pure: true },
  ),
  layer(['src/ui/**/*.ts'], { paths: [PHASER, HOWLER], patterns: TRUE_STATE }),
  layer(['src/views/**/*.ts'], { paths: [HOWLER], patterns: TRUE_STATE }),
  layer(['src/audio/**/*.ts'], { paths: [PHASER], patterns: TRUE_STATE }),
  // The incident scene builds the player's view from the live session; the end scene reads the truth
  // only once the shift is over (the same allow-list as test/boundaries.test.ts).
  layer(['src/scenes/**/*.ts'], { paths: [HOWLER], patterns: TRUE_STATE, ignores: ['src/scenes/incident-scene.ts', 'src/scenes/end-scene.ts'] }),
  layer(['src/scenes/incident-scene.ts', 'src/scenes/end-scene.ts'], { paths: [HOWLER] }),
  // The composition root wires Phaser up; the other top-level files stay engine-free.
  layer(['src/main.ts'], { paths: [HOWLER] }),
  layer(['src/*.ts'], { paths: [PHASER, HOWLER], ignores: ['src/main.ts'] }),
  // The facilitator's page replays the runs it is given, so it reads the true state; it has no engine or sound.
  layer(['src/facilitator/**/*.ts'], { paths: [PHASER, HOWLER] }),
  // The booth's kiosk and the stage's talk drive the scenes from outside them, through the DOM and the app: no engine, no sound of their own.
  layer(['src/kiosk/**/*.ts', 'src/talk/**/*.ts'], { paths: [PHASER, HOWLER] }),
  // Team mode's page shows only the seat's view the room sends; its debrief plays the finished run again,
  // as the end scene reads the truth once the shift is over.
  layer(['src/team-client/**/*.ts'], { paths: [PHASER, HOWLER], patterns: TRUE_STATE, ignores: ['src/team-client/team-debrief.ts'] }),
  layer(['src/team-client/team-debrief.ts'], { paths: [PHASER, HOWLER] }),
  // The team server runs in Node: the simulation and the seats, never an engine.
  layer(['test/**/*.ts', 'scripts/**/*.ts', 'server/**/*.ts'], { paths: [ENGINE_IN_NODE('phaser'), ENGINE_IN_NODE('howler')] }),
];

export default defineConfig(
  // test/fixtures holds files that break these rules on purpose, for the tests that prove the compiler
  // refuses them.
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'coverage/', 'test/fixtures/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An unused binding named with a leading underscore is deliberate (a rest sibling left out, a
      // parameter kept for its position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Declaration files outside the TypeScript project (types/) have no program to check them against.
  { files: ['types/**/*.ts'], extends: [tseslint.configs.disableTypeChecked] },
  ...boundaries,
);
