// The layer rules are enforced by the linter (eslint.config.js), not by goodwill: each snippet below
// breaks one of them, in the file where it would be a breach, and the linter must refuse it. A clean
// snippet in the same places passes, so the refusals are the rules' doing and not a broken setup.

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

const REPO = repoPath('.').replace(/\/$/, '');

// The project's own configuration, without the type-aware rules: the layer rules need no types, and
// building the whole program for nine snippets would take half a minute.
const eslint = new ESLint({ cwd: REPO, overrideConfig: tseslint.configs.disableTypeChecked });

/** The rules that fired for `code` placed at `file` (an existing file's path, so the rules for its folder apply). */
async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO}/${file}` });
  return result!.messages.filter((message) => message.severity === 2).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('the linter keeps the layers apart', { timeout: 60_000 }, () => {
  it('passes a clean file in the simulation and in the UI', async () => {
    expect(await refusals('src/sim/rng.ts', `import { ticksFor } from './ticks';\nexport const two = (): number => 2 + ticksFor(1);\n`)).toEqual([]);
    expect(await refusals('src/ui/download.ts', `import { escapeHtml } from './ui-layer';\nexport const safe = (text: string): string => escapeHtml(text);\n`)).toEqual([]);
  });

  it.each([
    ['an engine in the simulation', 'src/sim/rng.ts', `import Phaser from 'phaser';\nexport const game = Phaser.AUTO;\n`, /no-restricted-imports/],
    ['the UI from the simulation', 'src/sim/rng.ts', `import { Keys } from '../ui/keys';\nexport const keys = Keys;\n`, /no-restricted-imports/],
    ['Math.random in the simulation', 'src/sim/rng.ts', `export const roll = (): number => Math.random();\n`, /no-restricted-properties/],
    ['the wall clock in a session', 'src/session/headline.ts', `export const now = (): number => Date.now();\n`, /no-restricted-globals/],
    ['the DOM in the replay folder', 'src/replay/timeline.ts', `export const title = (): string => document.title;\n`, /no-restricted-globals/],
    ['Node in the terminal parser', 'src/terminal/terminal-words.ts', `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`, /no-restricted-imports/],
    [
      'the true state in a panel',
      'src/ui/download.ts',
      `import type { SimState } from '../sim/state';\nexport const tick = (state: SimState): number => state.tick;\n`,
      /no-restricted-imports/,
    ],
    ['Howler in a view', 'src/views/palette.ts', `import { Howl } from 'howler';\nexport const sound = Howl;\n`, /no-restricted-imports/],
    ['Phaser in the audio', 'src/audio/cues.ts', `import Phaser from 'phaser';\nexport const game = Phaser.AUTO;\n`, /no-restricted-imports/],
  ])('refuses %s', async (_what, file, code, rule) => {
    const found = await refusals(file, code);
    expect(
      found.some((message) => rule.test(message)),
      found.join('\n'),
    ).toBe(true);
  });
});
