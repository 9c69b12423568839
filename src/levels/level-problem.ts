// One thing wrong with a level file, said so a trainer can find it and fix it: which file, where in it
// (a JSON path like `$.tiers[2].count`) and what was expected.

export interface LevelProblem {
  file: string;
  /** A JSON path from the file's root: `$`, `$.chef.splaySeconds`, `$.tiers[2].count`. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment)) path += `.${segment}`;
    // Odd keys (spaces, dots, quotes) are bracketed so the path stays unambiguous.
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

/** One line a problem: `levels/x.json: $.tiers[2].count: expected a whole number of at least 0, got -3`. */
export function formatLevelProblems(problems: readonly LevelProblem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.path}: ${problem.message}`).join('\n');
}
