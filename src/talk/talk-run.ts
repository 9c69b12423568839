// The run a talk shows: the conference cut's historical replay (the story as it happened, every beat of it:
// the graphs go dark, the php7 hosts hold the site), or the page's `?level=` when that level has one.
// Bundled with the game and loaded only in talk mode (a dynamic import; the replay checks and Zod come with it).

import { readBundledRun, replaysByLevel, type BundledRun } from '../kiosk/bundled-run';
import { kioskLevelId } from '../kiosk/kiosk-level';
import type { Level } from '../levels/level';

const HISTORICAL = import.meta.glob<unknown>('../../levels/*.historical.replay.json', { import: 'default' });

export type TalkRun = BundledRun;

/** The level a talk shows: the one the page asks for if it has a historical replay, else the booth's. */
export function talkLevelId(levelIds: readonly string[], withHistoricalReplay: readonly string[], asked: string | null): string | null {
  if (asked !== null && levelIds.includes(asked) && withHistoricalReplay.includes(asked)) return asked;
  return kioskLevelId(levelIds, withHistoricalReplay);
}

export async function loadTalkRun(levels: readonly Level[], asked: string | null, seed: number): Promise<{ ok: true; run: TalkRun; notice: string | null } | { ok: false; problem: string }> {
  const files = replaysByLevel(HISTORICAL, 'historical');
  const levelId = talkLevelId(
    levels.map((level) => level.meta.id),
    [...files.keys()],
    asked,
  );
  if (levelId === null) return { ok: false, problem: 'Talk mode: no level has a historical replay to tell the story with.' };
  const read = await readBundledRun(HISTORICAL, files.get(levelId)!, levelId, seed, "Talk mode: the story's replay");
  if (!read.ok) return read;
  // A room's link may name a level with no historical replay: the talk tells the story with another, and says so.
  const notice = asked !== null && asked !== levelId ? `Talk mode: "${asked}" has no historical replay, so the talk shows "${levelId}".` : null;
  return { ...read, notice };
}
