// The simulation is the game's truth and must stay pure: it imports only itself, and never reads the
// clock or an unseeded random number (the type-check already keeps the DOM and Node out of it). Its
// subfolders (the score, in src/sim/scoring) are held to the same rules.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

const simRoot = repoPath('src/sim');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [relative(simRoot, path).split('\\').join('/')] : [];
  });
}

const simFiles = sourceFiles(simRoot);

describe('the simulation', () => {
  it('has its score inside it', () => {
    expect(simFiles).toContain('scoring/score-run.ts');
  });

  it.each(simFiles)('%s imports only from src/sim', (name) => {
    const source = readFileSync(join(simRoot, name), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
    const outside = imports.filter((path) => !path.startsWith('.') || relative(simRoot, resolve(dirname(join(simRoot, name)), path)).startsWith('..'));
    expect(outside).toEqual([]);
  });

  it.each(simFiles)('%s uses neither Date nor Math.random', (name) => {
    const source = readFileSync(join(simRoot, name), 'utf8');
    expect(source).not.toMatch(/\bDate\b|Math\.random|performance\.now/);
  });
});
