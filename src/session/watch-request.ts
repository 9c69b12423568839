// `?watch=1`: the facilitator's page (src/facilitator) leaves a player's exported run in the browser's
// storage and opens the game, which plays it on the incident screen in watch mode. The file came from a
// player's laptop, so it is checked exactly as `npm run sim -- --replay` checks it before a single command
// reaches the simulation. This module carries the replay checks (and Zod), so the game loads it only when
// the page asks to watch (a dynamic import): the title's bundle stays without a schema library.

import './zod-without-eval';
import type { Level } from '../levels/level';
import { parseReplay } from '../replay/replay-file';
import type { TimedCommand } from '../replay/play-run';
import { cleanPlayerName } from './export-file-name';

/** An hour of mashing is well under this; more is not a run. */
const MAX_REQUEST_CHARS = 4_000_000;

export interface WatchRequest {
  levelId: string;
  seed: number;
  commands: TimedCommand[];
  /** The player's name from the export, or null. */
  who: string | null;
}

export type WatchRequestRead = { ok: true; run: WatchRequest } | { ok: false; problem: string };

export function readWatchRequest(raw: string | null, levels: readonly Level[]): WatchRequestRead {
  const fail = (why: string): WatchRequestRead => ({ ok: false, problem: `The run to watch (?watch=1) ${why}; showing the title instead.` });
  if (raw === null) return fail("was not found: open it from the facilitator's page, which hands it over");
  if (raw.length > MAX_REQUEST_CHARS) return fail(`is ${Math.round(raw.length / 1_000_000)} MB, too large to be a run`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('is not valid JSON');
  }
  const parsed = parseReplay(json, 'the run to watch');
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    return fail(`cannot be played: ${first.path === '$' ? '' : `${first.path}: `}${first.message}`);
  }
  const replay = parsed.replay;
  if (!levels.some((level) => level.meta.id === replay.level)) return fail(`is a run of the level "${replay.level}", which this game does not have`);
  const exported = json as { seed?: unknown; player?: unknown };
  const seed = replay.seed ?? (typeof exported.seed === 'number' && Number.isSafeInteger(exported.seed) && exported.seed >= 0 ? exported.seed : null);
  if (seed === null) return fail('does not say which seed it was played on');
  const who = typeof exported.player === 'string' ? cleanPlayerName(exported.player) : null;
  return { ok: true, run: { levelId: replay.level, seed, commands: replay.commands, who } };
}
