// The attract loop's run: the booth level's skilled replay, bundled with the game (levels/*.skilled.replay.json)
// and loaded only in kiosk mode (a dynamic import; this module carries the replay checks and Zod). Bundled
// files are checked by the tests already; they are checked again here as any replay is, so a bad one is a
// sentence on screen and never reaches the simulation.

import '../session/zod-without-eval';
import type { Level } from '../levels/level';
import type { TimedCommand } from '../replay/play-run';
import { parseReplay } from '../replay/replay-file';
import { kioskLevelId } from './kiosk-level';

const SKILLED = import.meta.glob<unknown>('../../levels/*.skilled.replay.json', { import: 'default' });

export interface AttractRun {
  levelId: string;
  seed: number;
  commands: TimedCommand[];
}

/** The level id a replay file is for, from its name (`levels/apache-snafu.skilled.replay.json`). */
function levelOfFile(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.skilled\.replay\.json$/, '');
}

export async function loadAttractRun(levels: readonly Level[], seed: number): Promise<{ ok: true; run: AttractRun } | { ok: false; problem: string }> {
  const files = new Map(Object.keys(SKILLED).map((path) => [levelOfFile(path), path]));
  const levelId = kioskLevelId(
    levels.map((level) => level.meta.id),
    [...files.keys()],
  );
  if (levelId === null) return { ok: false, problem: 'Kiosk mode: no level with a skilled replay to play in the attract loop.' };
  const path = files.get(levelId)!;
  const parsed = parseReplay(await SKILLED[path]!(), path);
  if (!parsed.ok) return { ok: false, problem: `Kiosk mode: the attract loop's replay cannot be played (${parsed.problems[0]!.message}).` };
  return { ok: true, run: { levelId, seed: parsed.replay.seed ?? seed, commands: parsed.replay.commands } };
}
