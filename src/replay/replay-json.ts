// Writing a run as a replay file (the reading, with its schema, is replay-file.ts). Apart from the reading
// so the browser, which only writes replays (the debrief export, the crash screen's download), carries no
// schema library.

import type { TimedCommand } from './play-run';

/** What the game's debrief export calls itself; its `replay` block is a replay file. */
export const DEBRIEF_EXPORT_FORMAT = 'apache-snafu-debrief';

/** A run as a replay file's JSON: what `npm run sim -- --replay` and the level check read. */
export function replayJson(level: string, title: string, seed: number, commands: readonly TimedCommand[]): object {
  return { replayVersion: 1, level, title, seed, commands: commands.map(({ atTick, command }) => ({ atTick, ...command })) };
}
