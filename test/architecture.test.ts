// The simulation is the game's truth and must stay pure: it imports only itself, and never reads the
// clock or an unseeded random number (the type-check already keeps the DOM and Node out of it).

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

const simFiles = readdirSync(repoPath('src/sim')).filter((name) => name.endsWith('.ts'));

describe('the simulation', () => {
  it.each(simFiles)('%s imports only from src/sim', (name) => {
    const source = readFileSync(repoPath(`src/sim/${name}`), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.filter((path) => !path!.startsWith('./'))).toEqual([]);
  });

  it.each(simFiles)('%s uses neither Date nor Math.random', (name) => {
    const source = readFileSync(repoPath(`src/sim/${name}`), 'utf8');
    expect(source).not.toMatch(/\bDate\b|Math\.random|performance\.now/);
  });
});
