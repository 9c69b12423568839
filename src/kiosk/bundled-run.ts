// A reference run bundled with the game (levels/<level>.<kind>.replay.json, found by the caller's
// import.meta.glob, which Vite needs written out in each module) read for the booth's attract loop or the
// stage's talk. Bundled files are checked by the tests already; they are checked again here as any replay
// is, so a bad one is a sentence on screen and never reaches the simulation.

import '../session/zod-without-eval';
import type { TimedCommand } from '../replay/play-run';
import { parseReplay } from '../replay/replay-file';

/** The replay files a glob found: path -> its JSON, loaded on demand. */
export type ReplayFiles = Record<string, () => Promise<unknown>>;

export interface BundledRun {
  levelId: string;
  seed: number;
  commands: TimedCommand[];
}

/** Level id -> path, for the files of one kind (`levels/apache-snafu.skilled.replay.json` is apache-snafu's skilled run). */
export function replaysByLevel(files: ReplayFiles, kind: 'skilled' | 'historical'): Map<string, string> {
  const suffix = `.${kind}.replay.json`;
  return new Map(
    Object.keys(files)
      .filter((path) => path.endsWith(suffix))
      .map((path) => [path.replace(/^.*\//, '').slice(0, -suffix.length), path]),
  );
}

/** Reads and checks one level's bundled run; `what` names it in a problem ("Kiosk mode: the attract loop's replay"). */
export async function readBundledRun(files: ReplayFiles, path: string, levelId: string, seed: number, what: string): Promise<{ ok: true; run: BundledRun } | { ok: false; problem: string }> {
  const parsed = parseReplay(await files[path]!(), path);
  if (!parsed.ok) return { ok: false, problem: `${what} cannot be played (${parsed.problems[0]!.message}).` };
  return { ok: true, run: { levelId, seed: parsed.replay.seed ?? seed, commands: parsed.replay.commands } };
}
