// The links from the facilitator's page to the game with its live controls (`?facilitator=1`: pause for
// discussion, speed, hints, events the level allows), in a browser tab or on a projector (`&projector=1`).
// When every loaded run is of one level and one seed, the links open that incident (`level=`, `seed=`),
// so what the room discusses is what the projector shows; otherwise they open the game as it is.

import type { LoadedRun } from './run-file';

export interface LiveControlsLinks {
  controls: string;
  projector: string;
  /** The level and seed the links carry, or null when the runs do not share them (or none is loaded). */
  carries: { levelId: string; levelTitle: string; seed: number } | null;
}

export function liveControlsLinks(runs: readonly LoadedRun[]): LiveControlsLinks {
  const first = runs[0];
  const shared = first !== undefined && runs.every((run) => run.level.meta.id === first.level.meta.id && run.seed === first.seed);
  const carries = shared ? { levelId: first.level.meta.id, levelTitle: first.level.meta.title, seed: first.seed } : null;
  const url = (projector: boolean): string => {
    const query = new URLSearchParams({ facilitator: '1' });
    if (projector) query.set('projector', '1');
    if (carries) {
      query.set('level', carries.levelId);
      query.set('seed', String(carries.seed));
    }
    return `./?${query.toString()}`;
  };
  return { controls: url(false), projector: url(true), carries };
}
