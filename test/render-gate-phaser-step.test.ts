// The render gate (src/views/render-gate.ts) is a Phaser.Game whose `step` picks, each frame, between
// Phaser's own `step` (update and draw) and `headlessStep` (the same update, no drawing), and which
// mirrors SceneManager#render's test of which scenes draw. Phaser cannot be imported in Node, so this
// reads the code the gate relies on as text, from Phaser's sources (which the slim build bundles, see
// src/phaser-slim.js) and from its ES bundle (which `npm start` serves), and compares it (comments and spacing aside) with the copy the gate was checked against. When
// Phaser is upgraded and this fails, read the new code, re-check the gate, then update the copy here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

const PINNED: { method: string; file: string; source: string }[] = [
  {
    method: 'Phaser.Game#step',
    file: 'src/core/Game.js',
    source:
      'step: function (time, delta) { if (this.pendingDestroy) { return this.runDestroy(); } if (this.isPaused) { return; } var eventEmitter = this.events; ' +
      'eventEmitter.emit(Events.PRE_STEP, time, delta); eventEmitter.emit(Events.STEP, time, delta); this.scene.update(time, delta); eventEmitter.emit(Events.POST_STEP, time, delta); ' +
      'var renderer = this.renderer; renderer.preRender(); eventEmitter.emit(Events.PRE_RENDER, renderer, time, delta); this.scene.render(renderer); renderer.postRender(); ' +
      'eventEmitter.emit(Events.POST_RENDER, renderer, time, delta); }',
  },
  {
    // The gate's step that does not draw. Its PRE_RENDER has no renderer: onDrawnFrames skips it.
    method: 'Phaser.Game#headlessStep',
    file: 'src/core/Game.js',
    source:
      'headlessStep: function (time, delta) { if (this.pendingDestroy) { return this.runDestroy(); } if (this.isPaused) { return; } var eventEmitter = this.events; ' +
      'eventEmitter.emit(Events.PRE_STEP, time, delta); eventEmitter.emit(Events.STEP, time, delta); this.scene.update(time, delta); eventEmitter.emit(Events.POST_STEP, time, delta); ' +
      'this.scene.isProcessing = false; eventEmitter.emit(Events.PRE_RENDER, null, time, delta); eventEmitter.emit(Events.POST_RENDER, null, time, delta); }',
  },
  {
    // The loop calls `this.step` looked up at start: the subclass's override.
    method: 'Phaser.Game#start',
    file: 'src/core/Game.js',
    source:
      'start: function () { this.isRunning = true; this.config.postBoot(this); if (this.renderer) { this.loop.start(this.step.bind(this)); } else { this.loop.start(this.headlessStep.bind(this)); } ' +
      'VisibilityHandler(this); var eventEmitter = this.events; eventEmitter.on(Events.HIDDEN, this.onHidden, this); eventEmitter.on(Events.VISIBLE, this.onVisible, this); ' +
      'eventEmitter.on(Events.BLUR, this.onBlur, this); eventEmitter.on(Events.FOCUS, this.onFocus, this); }',
  },
  {
    // The gate's `isDrawn` is this test of which scenes draw.
    method: 'Phaser.Scenes.SceneManager#render',
    file: 'src/scene/SceneManager.js',
    source:
      'render: function (renderer) { for (var i = 0; i < this.scenes.length; i++) { var sys = this.scenes[i].sys; ' +
      'if (sys.settings.visible && sys.settings.status >= CONST.LOADING && sys.settings.status < CONST.SLEEPING) { sys.render(renderer); } } this.isProcessing = false; }',
  },
];

/** The method's text, from its `name: function` to its closing brace, found after its `@method` doc tag. */
function methodSource(text: string, method: string): string | null {
  const name = method.slice(method.indexOf('#') + 1);
  const tag = text.search(new RegExp(`@method ${method.replace(/[.#]/g, '\\$&')}\\r?\\n`));
  if (tag < 0) return null;
  const start = text.indexOf(`${name}: function`, tag);
  if (start < 0) return null;
  let depth = 0;
  for (let index = text.indexOf('{', start); index >= 0 && index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return text.slice(start, index + 1);
  }
  return null;
}

/** Without comments, and with every run of white space (line ends included) one space. */
function normalised(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const phaserFile = (path: string): string => readFileSync(repoPath(`node_modules/phaser/${path}`), 'utf8');

describe('the Phaser code the render gate relies on', () => {
  const manifest = JSON.parse(phaserFile('package.json')) as { version: string; exports: Record<string, Record<string, string>> };
  const bundle = manifest.exports['.']?.['import'];

  it('is read from the ES bundle the dev server serves, as well as from the sources the build bundles', () => {
    expect(bundle, "phaser's package.json no longer names its ES module bundle where this test looks").toBe('./dist/phaser.esm.js');
  });

  it.each(PINNED)('is unchanged: $method', ({ method, file, source }) => {
    const short = method.replace(/^Phaser\.(Scenes\.)?/, '');
    const message = `Phaser's ${short} changed (phaser ${manifest.version}, ${file}): re-check render-gate.ts against it`;
    expect(normalised(methodSource(phaserFile(file), method) ?? `(no ${method} found)`), message).toBe(source);
    expect(normalised(methodSource(phaserFile(bundle!), method) ?? `(no ${method} found)`), `${message} (as bundled in ${bundle})`).toBe(source);
  });
});

describe('reading a method out of Phaser', () => {
  it('takes the method after its doc tag, braces balanced, and ignores comments, spacing and line ends', () => {
    const text = ['/**', ' * @method Thing#go', ' */', 'go: function (a)\r', '{', '  // say it', '  if (a) { return 1; } /* else */', '  return 2;', '},', 'other: function () {}'].join(
      '\r\n',
    );
    expect(normalised(methodSource(text, 'Thing#go')!)).toBe('go: function (a) { if (a) { return 1; } return 2; }');
    expect(methodSource(text, 'Thing#stop')).toBeNull();
  });
});
