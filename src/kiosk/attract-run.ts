// The attract loop's run: the booth level's skilled replay, bundled with the game (levels/*.skilled.replay.json)
// and loaded only in kiosk mode (a dynamic import; the replay checks and Zod come with it).

import type { Level } from '../levels/level';
import { readBundledRun, replaysByLevel, type BundledRun } from './bundled-run';
import { kioskLevelId } from './kiosk-level';

const SKILLED = import.meta.glob<unknown>('../../levels/*.skilled.replay.json', { import: 'default' });

export type AttractRun = BundledRun;

export async function loadAttractRun(levels: readonly Level[], seed: number): Promise<{ ok: true; run: AttractRun } | { ok: false; problem: string }> {
  const files = replaysByLevel(SKILLED, 'skilled');
  const levelId = kioskLevelId(
    levels.map((level) => level.meta.id),
    [...files.keys()],
  );
  if (levelId === null) return { ok: false, problem: 'Kiosk mode: no level with a skilled replay to play in the attract loop.' };
  return readBundledRun(SKILLED, files.get(levelId)!, levelId, seed, "Kiosk mode: the attract loop's replay");
}
