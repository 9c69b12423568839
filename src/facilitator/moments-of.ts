// A loaded run's moments, worked out once: the timeline, the questions and the Markdown all read them.

import type { LoadedRun } from './run-file';
import { runMoments, type RunMoments } from './run-moments';

const cache = new WeakMap<LoadedRun, RunMoments>();

export function momentsOf(run: LoadedRun): RunMoments {
  let moments = cache.get(run);
  if (!moments) {
    moments = runMoments(run.level, run.events, run.state);
    cache.set(run, moments);
  }
  return moments;
}
