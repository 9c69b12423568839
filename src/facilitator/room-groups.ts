// Runs of different levels are different incidents: their scores, moments and questions cannot be put
// side by side. The room is grouped by level, in the order the files came; within a group the seeds may
// still differ (the same level on another seed is the same story with other dice), which is said.

import type { LoadedRun } from './run-file';

export interface RunGroup {
  levelId: string;
  levelTitle: string;
  runs: LoadedRun[];
  /** The seeds of its runs, each once, in order of first appearance. */
  seeds: number[];
}

export function groupByLevel(runs: readonly LoadedRun[]): RunGroup[] {
  const groups: RunGroup[] = [];
  for (const run of runs) {
    let group = groups.find((candidate) => candidate.levelId === run.level.meta.id);
    if (!group) {
      group = { levelId: run.level.meta.id, levelTitle: run.level.meta.title, runs: [], seeds: [] };
      groups.push(group);
    }
    group.runs.push(run);
    if (!group.seeds.includes(run.seed)) group.seeds.push(run.seed);
  }
  return groups;
}

/** One line about the group's seeds, or null when every run had the same one. */
export function seedNote(group: RunGroup): string | null {
  if (group.seeds.length <= 1) return null;
  return `These runs were played on ${group.seeds.length} different seeds (${group.seeds.join(', ')}): the same story, with other dice; compare them with care.`;
}

/** Why the other groups stand apart, or null when the room played one level. */
export function levelsNote(groups: readonly RunGroup[]): string | null {
  if (groups.length <= 1) return null;
  return `Runs of ${groups.length} different levels were loaded. Runs of different levels are not compared side by side: each level has its own table, timeline and questions.`;
}
