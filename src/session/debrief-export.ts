// The debrief as the JSON a facilitator downloads: the whole debrief, the score sheet to audit every
// point, and the run as a replay file (`npm run sim -- --replay` reads the whole export), so any player's
// run can be played again and its score printed.

import { GAME_VERSION } from './game-version';
import { DEBRIEF_EXPORT_FORMAT, replayJson } from '../replay/replay-json';
import type { Debrief } from './debrief';
import { scoreSheetOf, type ScoreSheet } from './score-sheet';

/** Who played and when: given by the page (the simulation knows neither). */
export interface Played {
  player: string | null;
  /** ISO 8601, the player's clock. */
  playedAt: string;
}

export type DebriefExport = Debrief &
  Played & {
    format: typeof DEBRIEF_EXPORT_FORMAT;
    version: 1;
    /** The game that made it: a run of another version may score differently. */
    gameVersion: string;
    scoreSheet: ScoreSheet;
    replay: object;
  };

export function debriefExport(debrief: Debrief, played: Played): DebriefExport {
  const by = played.player === null ? '' : ` by ${played.player}`;
  const replay = replayJson(debrief.level.id, `${debrief.level.title}: a run on seed ${debrief.seed}${by}`, debrief.seed, debrief.commands);
  return {
    format: DEBRIEF_EXPORT_FORMAT,
    version: 1,
    gameVersion: GAME_VERSION,
    player: played.player,
    playedAt: played.playedAt,
    ...debrief,
    scoreSheet: scoreSheetOf(debrief.score),
    replay,
  };
}
