// The simulation's files import each other in one direction: no file reaches itself through its imports,
// type-only imports included. A cycle makes module start-up order matter (a value read before its module
// has run) and is usually two ideas tangled in one file; break it by moving the shared piece to its own
// module, not by importing lazily.

import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, type ImportGraph } from './support/import-graph';
import { repoPath } from './support/level-files';

describe('imports inside src/sim', () => {
  const graph = importGraph(repoPath('src/sim'));

  it('are read from the source (the graph is not empty and follows imports into subfolders)', () => {
    expect(graph.get('step.ts')).toEqual(expect.arrayContaining(['apply-command.ts', 'responders.ts']));
    expect(graph.get('scoring/looks.ts')).toEqual(expect.arrayContaining(['commands.ts', 'scoring/credit.ts']));
  });

  it('form no cycle', () => {
    const cycles = findCycles(graph).map((cycle) => cycle.join(' -> '));
    expect(cycles, `import cycles in src/sim:\n${cycles.join('\n')}`).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a cycle through several files and one of a file with itself, and passes a graph with shared imports', () => {
    const tangled: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', ['d.ts']],
    ]);
    expect(findCycles(tangled)).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['d.ts', 'd.ts'],
    ]);
    const diamond: ImportGraph = new Map([
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['d.ts']],
      ['c.ts', ['d.ts']],
      ['d.ts', []],
    ]);
    expect(findCycles(diamond)).toEqual([]);
  });
});
