// The run being played, as the crash screen needs it: whatever goes wrong, the commands given so far can
// still be saved as a replay file (replay/replay-file's format, the same run `npm run sim -- --replay`
// plays again), so a crash never costs the player their run. The incident scene sets it on the App
// while a run is live and clears it when the scene shuts down.

import type { Level } from '../levels/level';
import type { TimedCommand } from '../replay/play-run';
import { replayJson } from '../replay/replay-json';
import { secondsAt } from '../sim/ticks';

export interface CurrentRun {
  levelId: string;
  levelTitle: string;
  seed: number;
  /** The commands given so far, with their ticks. */
  commandCount(): number;
  /** Game seconds played so far. */
  gameSeconds(): number;
  /** The run so far as a replay file's JSON. */
  replay(): object;
  /** A file name for it, e.g. `apache-snafu-seed1-replay.json`. */
  fileName: string;
}

/** What the crash screen reads of a live session: its level, seed, recorded commands and tick. */
export interface RunSource {
  readonly level: Level;
  readonly seed: number;
  readonly recorded: readonly TimedCommand[];
  readonly state: { readonly tick: number };
}

/** The live session's run, read when asked (so it is always up to date), never copied until then. */
export function runSoFar(session: RunSource): CurrentRun {
  const { level, seed } = session;
  return {
    levelId: level.meta.id,
    levelTitle: level.meta.title,
    seed,
    commandCount: () => session.recorded.length,
    gameSeconds: () => secondsAt(session.state.tick),
    replay: () => replayJson(level.meta.id, `${level.meta.title}: a run on seed ${seed}, kept when the game stopped at tick ${session.state.tick}`, seed, session.recorded),
    fileName: `${level.meta.id}-seed${seed}-replay.json`,
  };
}
