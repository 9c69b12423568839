// The pure folders' boundary is the compiler's: tsconfig.pure.json type-checks src/sim, src/levels,
// src/replay, src/session and src/terminal without DOM or Node types, and with `phaser` and `howler`
// mapped to a file that is not a module. This compiles that config once more, with a few forbidden files
// from test/fixtures/pure-boundary added as if they lived in a pure folder, and checks that each is
// refused with the error that names its fault while the real pure tree compiles clean. The fixtures sit
// inside the repository on purpose: from there, without the mapping, `phaser` would resolve to the real
// package and compile (its types need the DOM, but `skipLibCheck` hides that).

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

const PURE_FOLDERS = ['src/sim', 'src/levels', 'src/replay', 'src/session', 'src/terminal', 'src/team'];
const FIXTURES = 'test/fixtures/pure-boundary';

/** Each fixture and the one error it must get: the code, and words of the message. */
const REFUSED: Record<string, { code: number; says: string }> = {
  'imports-phaser.ts': { code: 2306, says: 'forbidden-in-pure-folders.d.ts' },
  'imports-phaser-namespace.ts': { code: 2306, says: 'forbidden-in-pure-folders.d.ts' },
  'imports-howler.ts': { code: 2306, says: 'forbidden-in-pure-folders.d.ts' },
  'uses-document.ts': { code: 2584, says: "Cannot find name 'document'" },
  'imports-node.ts': { code: 2591, says: "'node:fs'" },
};

interface Found {
  file: string;
  code: number;
  message: string;
}

function compilePureWith(extraFiles: string[]): { roots: string[]; errors: Found[] } {
  const configPath = repoPath('tsconfig.pure.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.pure.json could not be read');
  expect(parsed.errors.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...extraFiles], options: parsed.options });
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    file: diagnostic.file ? relative(repoPath('.'), diagnostic.file.fileName).split('\\').join('/') : '(no file)',
    code: diagnostic.code,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
  return { roots: parsed.fileNames.map((path) => relative(repoPath('.'), path).split('\\').join('/')), errors };
}

describe('the pure folders, compiled by tsconfig.pure.json', () => {
  const fixtureNames = readdirSync(repoPath(FIXTURES)).filter((name) => name.endsWith('.ts'));
  let roots: string[] = [];
  let errors: Found[] = [];
  // One compile of the whole pure tree (about 5 s; most of it is zod's types).
  beforeAll(() => {
    ({ roots, errors } = compilePureWith(fixtureNames.map((name) => join(repoPath(FIXTURES), name))));
  }, 60_000);

  it('cover every pure folder', () => {
    for (const folder of PURE_FOLDERS)
      expect(
        roots.some((path) => path.startsWith(`${folder}/`)),
        `${folder} is not in tsconfig.pure.json`,
      ).toBe(true);
  });

  it('compile clean: no error outside the forbidden fixtures', () => {
    const outside = errors.filter((error) => !error.file.startsWith(`${FIXTURES}/`));
    expect(outside.map((error) => `${error.file}: TS${error.code} ${error.message}`)).toEqual([]);
  });

  it('has a fixture for each fault it knows, and knows each fixture', () => {
    expect(fixtureNames.sort()).toEqual(Object.keys(REFUSED).sort());
  });

  it.each(Object.entries(REFUSED))('refuse %s', (name, expected) => {
    const mine = errors.filter((error) => error.file === `${FIXTURES}/${name}`);
    expect(
      mine.map((error) => `TS${error.code} ${error.message}`),
      `expected exactly one error in ${name}`,
    ).toHaveLength(1);
    expect(mine[0]?.code).toBe(expected.code);
    expect(mine[0]?.message).toContain(expected.says);
  });
});
