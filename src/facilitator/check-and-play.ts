// An exported run's replay, checked and played in one pass: the replay tools' own checks (src/replay/
// check-replay.ts: the file's shape, whether it belongs to the level, every command the world refused
// named at its place in the file, every command given after the level ended), whose one play the page
// then scores, rather than playing the run a second time to score it.

import type { Level } from '../levels/level';
import type { LevelProblem } from '../levels/level-problem';
import { checkReplay, type PlayFunction } from '../replay/check-replay';
import type { PlayResult } from '../replay/play-run';
import type { Replay } from '../replay/replay-file';

export type { PlayFunction };

export type CheckedPlay = { ok: true; replay: Replay; played: PlayResult } | { ok: false; problems: LevelProblem[] };

/** `json`: the export (or a replay file); `level`: the level it names, already found by the caller. */
export function checkAndPlay(json: unknown, file: string, level: Level, play?: PlayFunction): CheckedPlay {
  const checked = checkReplay(json, file, (id) => (id === level.meta.id ? level : `no level "${id}"`), play);
  return checked.ok ? { ok: true, replay: checked.replay, played: checked.played } : checked;
}
