// Who may import the engines: only src/audio talks to Howler, and only the scenes, the views and the
// composition root (main.ts) talk to Phaser. Everything else stays testable in Node.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(repoPath('src')).map((path) => ({ path: relative(repoPath('src'), path), source: readFileSync(path, 'utf8') }));
const importing = (library: string): string[] =>
  files.filter((file) => new RegExp(`from '${library}'`).test(file.source)).map((file) => file.path.split('\\').join('/'));

describe('the engines stay at the edges', () => {
  it('only src/audio imports Howler', () => {
    const users = importing('howler');
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((path) => !path.startsWith('audio/'))).toEqual([]);
  });

  it('only scenes, views and main.ts import Phaser', () => {
    const users = importing('phaser');
    expect(users.filter((path) => !path.startsWith('scenes/') && !path.startsWith('views/') && path !== 'main.ts')).toEqual([]);
  });
});
