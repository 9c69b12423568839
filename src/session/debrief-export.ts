// The debrief as the JSON a facilitator downloads: the whole debrief, the score sheet to audit every
// point, and the run as a replay file (`npm run sim -- --replay` reads the whole export), so any player's
// run can be played again and its score printed.

import { DEBRIEF_EXPORT_FORMAT, replayJson } from '../replay/replay-json';
import type { Debrief } from './debrief';
import { scoreSheetOf, type ScoreSheet } from './score-sheet';

export type DebriefExport = Debrief & {
  format: typeof DEBRIEF_EXPORT_FORMAT;
  version: 1;
  scoreSheet: ScoreSheet;
  replay: object;
};

export function debriefExport(debrief: Debrief): DebriefExport {
  const replay = replayJson(debrief.level.id, `${debrief.level.title}: a run on seed ${debrief.seed}`, debrief.seed, debrief.commands);
  return { format: DEBRIEF_EXPORT_FORMAT, version: 1, ...debrief, scoreSheet: scoreSheetOf(debrief.score), replay };
}
