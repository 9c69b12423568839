// One exported run (the JSON a player downloads with `J` on the debrief) read for the facilitator's page,
// trusting nothing in it: a file picked or dropped in a room may be anything. It must be small enough,
// JSON, free of the field names that reach into JavaScript's objects, a debrief export of this build's
// game version (when it says which), of a level this build carries, and its replay must pass the same
// checks the replay tools use (src/replay/check-replay.ts). Its commands are played again once, and that
// one play both passes those checks and is scored afresh (check-and-play.ts): the page shows what the run
// did, never the numbers the file claims.

import type { Level } from '../levels/level';
import { checkJsonLimits } from '../levels/check-json-limits';
import { parseJsonText } from '../levels/parse-json-text';
import type { TimedCommand } from '../replay/play-run';
import { DEBRIEF_EXPORT_FORMAT } from '../replay/replay-json';
import { buildDebrief, type Debrief } from '../session/debrief';
import type { SimEvent } from '../sim/events';
import { scoreRun } from '../sim/scoring/score-run';
import type { SimState } from '../sim/state';
import { checkAndPlay, type PlayFunction } from './check-and-play';
import { playerName } from './player-name';

/** An export of a full 12-hour shift is well under a megabyte (an hour's is about 40 kB); past this it is not one. */
export const MAX_RUN_FILE_BYTES = 4_000_000;

export interface LoadedRun {
  /** The file's name as picked or dropped. */
  file: string;
  /** The name the player gave, cleaned to one short line, or null (an older export, or no name given). */
  player: string | null;
  /** When it was played (ISO date-time), or null when the export does not say. */
  playedAt: string | null;
  /** The game version that made it, or null for an older export. */
  gameVersion: string | null;
  level: Level;
  seed: number;
  commands: TimedCommand[];
  /** Every event of the run, from playing its commands again. */
  events: SimEvent[];
  state: SimState;
  /** The debrief as the game builds it, from the run played again (its `health` left empty: the page draws no chart). */
  debrief: Debrief;
  /** The export as read, for watching it again in the game (watch-run.ts). */
  exported: Record<string, unknown>;
  /** Things worth knowing that do not stop the run being compared (an older export, a score that differs). */
  notes: string[];
}

export type RunFileResult = { ok: true; run: LoadedRun } | { ok: false; file: string; problems: string[] };

export interface RunFileContext {
  /** The levels this build carries (`virtual:levels`). */
  levels: readonly Level[];
  /** This build's GAME_VERSION. */
  gameVersion: string;
  /** How a run is played (playRun when not given): a test passes a wrapper to count the plays. */
  play?: PlayFunction;
}

/** `bytes`: the file's size as the browser reports it, checked before anything reads the text. */
export function readRunFile(file: string, text: string, context: RunFileContext, bytes = text.length): RunFileResult {
  const refuse = (...problems: string[]): RunFileResult => ({ ok: false, file, problems });
  if (bytes > MAX_RUN_FILE_BYTES || text.length > MAX_RUN_FILE_BYTES) {
    return refuse(`${megabytes(Math.max(bytes, text.length))}: an exported run is well under 1 MB, and this page reads at most ${megabytes(MAX_RUN_FILE_BYTES)}`);
  }
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return refuse(...parsed.problems.map((problem) => problem.message));
  // Before reading any field: nesting, odd field names (`__proto__`) and broken text, anywhere in the file.
  const limits = checkJsonLimits(parsed.value, file);
  if (limits.length > 0) return refuse(...limits.map((problem) => `${problem.path}: ${problem.message}`));
  const json = parsed.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse('not an exported run: the file is JSON, but not an object');
  const doc = json as Record<string, unknown>;
  if (doc['format'] !== DEBRIEF_EXPORT_FORMAT) {
    const isReplay = Object.hasOwn(doc, 'replayVersion') && Object.hasOwn(doc, 'commands');
    return refuse(
      isReplay
        ? 'a replay file, not an exported run: it has the commands but no player or debrief. Ask for the JSON from the debrief (J on the end screen)'
        : `not an exported run: its "format" is ${describe(doc['format'])}, not "${DEBRIEF_EXPORT_FORMAT}" (the JSON from the debrief, J on the end screen)`,
    );
  }
  if (doc['version'] !== 1) return refuse(`an export of version ${describe(doc['version'])}; this page reads version 1`);

  const notes: string[] = [];
  const gameVersion = optionalText(doc, 'gameVersion', notes);
  if (gameVersion === null && !Object.hasOwn(doc, 'gameVersion')) notes.push('an older export: it does not say which version of the game made it');
  if (gameVersion !== null && gameVersion !== context.gameVersion) {
    return refuse(`made by version ${gameVersion} of the game, and this page is version ${context.gameVersion}: the same commands may score differently, so it is not compared`);
  }
  const levelId = isRecord(doc['level']) ? doc['level']['id'] : undefined;
  if (typeof levelId !== 'string') return refuse('not an exported run: it names no level (level.id)');
  const level = context.levels.find((candidate) => candidate.meta.id === levelId);
  if (!level) {
    const known = context.levels.map((candidate) => `"${candidate.meta.id}"`).join(', ');
    return refuse(`a run of level ${describe(levelId)}, which this build does not have (it has ${known || 'no levels'})`);
  }
  const seed = doc['seed'];
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) return refuse(`its seed is ${describe(seed)}, not a whole number`);
  const replay = doc['replay'];
  if (!isRecord(replay)) return refuse('an export without its run (no "replay" block), so it cannot be played again');
  if (replay['level'] !== levelId) return refuse(`its replay is for level ${describe(replay['level'])}, but the export says "${levelId}": the file was edited`);
  if (replay['seed'] !== seed) return refuse(`its replay has seed ${describe(replay['seed'])}, but the export says ${seed}: the file was edited`);

  // The one play of the run: the replay's checks read it, and so does the score.
  const checked = checkAndPlay(doc, file, level, context.play);
  if (!checked.ok) return refuse(...checked.problems.map((problem) => `${problem.path}: ${problem.message}`));

  const commands = checked.replay.commands;
  const { state, events } = checked.played;
  const score = scoreRun(level.sim, events, state, level.scoring);
  const debrief = buildDebrief({ level, seed, state, events, samples: [], commands, score });
  const claimed = isRecord(doc['scoreSheet']) ? doc['scoreSheet']['total'] : undefined;
  if (typeof claimed === 'number' && claimed !== score.total) {
    notes.push(`the file says it scored ${claimed}; playing its commands again gives ${score.total}, which this page shows`);
  }
  const player = playerName(doc['player'], notes);
  const playedAt = optionalText(doc, 'playedAt', notes);
  if (playedAt !== null && Number.isNaN(Date.parse(playedAt))) {
    notes.push(`its playedAt (${describe(playedAt)}) is not a date; left out`);
    return { ok: true, run: { file, player, playedAt: null, gameVersion, level, seed, commands, events, state, debrief, exported: doc, notes } };
  }
  return { ok: true, run: { file, player, playedAt, gameVersion, level, seed, commands, events, state, debrief, exported: doc, notes } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field older exports lack: missing or null is unknown, not an error; a value of the wrong kind is noted and dropped. */
function optionalText(doc: Record<string, unknown>, field: string, notes: string[]): string | null {
  const value = doc[field];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.length <= 100) return value;
  notes.push(`its ${field} is ${describe(value)}, not a short text; treated as unknown`);
  return null;
}

/** A value from the file, shown in a message: short, and never the whole of a long text. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
