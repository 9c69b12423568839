// The import graph of a source folder, read from the source text (no compiler): each file's relative
// imports and re-exports, type-only ones included, resolved to files in the folder. Enough to find
// cycles; imports leaving the folder are not followed.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** File (relative to the folder, `/`-separated) to the files it imports from inside the folder. */
export type ImportGraph = Map<string, string[]>;

// `import … from '…'`, `export … from '…'` (across lines too) and the bare `import '…'`.
const SPECIFIER = /^\s*(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

export function importGraph(folder: string): ImportGraph {
  const files = tsFiles(folder);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const source = readFileSync(join(folder, file), 'utf8');
    const targets = [...source.matchAll(SPECIFIER)]
      .map((match) => match[1]!)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveTs(folder, file, specifier))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle the depth-first walk meets (one per back edge), each as a path that ends where it starts. */
export function findCycles(graph: ImportGraph): string[][] {
  const done = new Set<string>();
  const onPath: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    onPath.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = onPath.indexOf(next);
      if (at >= 0) cycles.push([...onPath.slice(at), next]);
      else if (!done.has(next)) visit(next);
    }
    onPath.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return cycles;
}

function tsFiles(folder: string, under = ''): string[] {
  return readdirSync(join(folder, under)).flatMap((name) => {
    const path = under ? `${under}/${name}` : name;
    if (statSync(join(folder, path)).isDirectory()) return tsFiles(folder, path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function resolveTs(folder: string, from: string, specifier: string): string | null {
  const base = resolve(folder, dirname(from), specifier);
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find((path) => path.endsWith('.ts') && existsSync(path));
  if (!found) return null;
  const inside = relative(folder, found).split('\\').join('/');
  return inside.startsWith('..') ? null : inside;
}
