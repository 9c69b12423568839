// The browser build ships a slim Phaser (src/phaser-slim.js, vite.config.ts) with only the parts the game
// uses, while TypeScript checks the code against the whole of Phaser's types: a new use of a part that
// was left out type-checks, works in `npm start` (which serves the full Phaser), and breaks only in the
// build. Phaser cannot run in Node, so this reads the game's code instead: every Phaser value it reaches
// (Phaser.X at run time, this.add.X, this.load.X, scene plugins) must be on the list below, and the list
// must match what src/phaser-slim.js provides. When this fails: add the part to src/phaser-slim.js (and,
// if it is a stubbed render node or filter, to the exceptions in vite.config.ts), then to the list here.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

/** What the slim Phaser provides. */
const SLIM = {
  /** `Phaser.…` read as values (types are free: they come from the full package). */
  values: [
    'Phaser.Core.Events.PRE_RENDER',
    'Phaser.Core.Events.VISIBLE',
    'Phaser.Game',
    'Phaser.Math.Vector2',
    'Phaser.Scale.CENTER_BOTH',
    'Phaser.Scale.Events.RESIZE',
    'Phaser.Scale.FIT',
    'Phaser.Scene',
    'Phaser.Scenes.Events.SHUTDOWN',
    'Phaser.Scenes.Events.UPDATE',
    'Phaser.Scenes.LOADING',
    'Phaser.Scenes.PENDING',
    'Phaser.Scenes.SHUTDOWN',
    'Phaser.Scenes.SLEEPING',
    'Phaser.WEBGL',
  ],
  /** Game object factories (`this.add.…`, `scene.add.…`): each needs its …Factory.js imported. */
  add: ['circle', 'graphics', 'image', 'rectangle', 'text'],
  /** Loader file types (`this.load.…`) besides the loader's own methods: each needs its filetypes/…File.js. */
  load: ['atlas'],
  /** Scene plugins reached as `this.X` / `scene.X`: each needs its plugin module imported. */
  plugins: ['add', 'cameras', 'events', 'game', 'input', 'load', 'scale', 'scene', 'sys', 'textures', 'time', 'tweens'],
};

// Members of the loader itself (its methods and its counts), not file types the slim build must carry.
const LOADER_METHODS = new Set(['on', 'once', 'off', 'start', 'reset', 'setPath', 'setBaseURL', 'isLoading', 'totalFailed']);
const SCENE_PLUGINS = [
  'add',
  'anims',
  'cache',
  'cameras',
  'data',
  'events',
  'game',
  'input',
  'lights',
  'load',
  'make',
  'physics',
  'plugins',
  'registry',
  'scale',
  'scene',
  'sound',
  'sys',
  'textures',
  'time',
  'tweens',
];

function phaserFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && /from 'phaser'/.test(readFileSync(path, 'utf8'))) files.push(path);
    }
  };
  walk(repoPath('src'));
  return files;
}

/** The dotted text of a property access chain rooted at an identifier or `this` (null otherwise). */
function chain(node: ts.Expression): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) {
    const left = chain(node.expression);
    return left === null ? null : `${left}.${node.name.text}`;
  }
  return null;
}

function used(): { values: Set<string>; add: Set<string>; load: Set<string>; plugins: Set<string> } {
  const found = { values: new Set<string>(), add: new Set<string>(), load: new Set<string>(), plugins: new Set<string>() };
  for (const file of phaserFiles()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      // Only expressions: `Phaser.X` in a type is a QualifiedName, never a PropertyAccessExpression.
      if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
        const text = chain(node);
        if (text?.startsWith('Phaser.')) found.values.add(text);
      }
      if (ts.isPropertyAccessExpression(node)) {
        const text = chain(node) ?? '';
        // The scene is `this` in a scene, and a `scene` (or `…Scene`) parameter or property elsewhere.
        const match = /^(?:this|\w*[sS]cene|[\w.]*\.scene)\.(\w+)(?:\.(\w+))?$/.exec(text);
        if (match && SCENE_PLUGINS.includes(match[1]!)) {
          found.plugins.add(match[1]!);
          if (match[1] === 'add' && match[2]) found.add.add(match[2]);
          if (match[1] === 'load' && match[2] && !LOADER_METHODS.has(match[2])) found.load.add(match[2]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('the Phaser the game uses is the Phaser the build ships', () => {
  const found = used();

  it.each(['values', 'add', 'load', 'plugins'] as const)('uses only slim Phaser %s', (kind) => {
    const missing = [...found[kind]].filter((name) => !SLIM[kind].includes(name)).sort();
    expect(missing, `not in the slim Phaser build: add them to src/phaser-slim.js, then to SLIM.${kind} here`).toEqual([]);
  });

  it('imports a factory, a file type and a plugin module for each of them in src/phaser-slim.js', () => {
    const slim = readFileSync(repoPath('src/phaser-slim.js'), 'utf8');
    const factoryFile: Record<string, string> = { circle: 'ArcFactory', graphics: 'GraphicsFactory', image: 'ImageFactory', rectangle: 'RectangleFactory', text: 'TextFactory' };
    for (const name of SLIM.add) expect(slim, `this.add.${name}`).toContain(`/${factoryFile[name] ?? '(unknown factory)'}.js'`);
    const loaderFile: Record<string, string> = { atlas: 'AtlasJSONFile' };
    for (const name of SLIM.load) expect(slim, `this.load.${name}`).toContain(`/loader/filetypes/${loaderFile[name] ?? '(unknown file type)'}.js'`);
    const pluginFile: Record<string, string> = {
      cameras: 'CameraManager',
      events: 'EventEmitter',
      input: 'InputPlugin',
      load: 'LoaderPlugin',
      time: 'Clock',
      tweens: 'TweenManager',
      add: 'GameObjectFactory',
      scene: 'ScenePlugin',
    };
    for (const name of SLIM.plugins) if (pluginFile[name]) expect(slim, `this.${name}`).toContain(`/${pluginFile[name]}.js'`);
  });
});
