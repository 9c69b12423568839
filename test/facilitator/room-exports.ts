// Exported runs as a player's laptop makes them: a shipped level played with a reference replay, turned
// into the debrief export (src/session/debrief-export.ts) and written as JSON text. Each is played once
// per test file; tests get a fresh parsed copy to tamper with.

import { GAME_VERSION } from '../../src/session/game-version';
import type { Level } from '../../src/levels/level';
import { loadCatalog } from '../../src/level-catalog';
import type { TimedCommand } from '../../src/replay/play-run';
import { debriefExport } from '../../src/session/debrief-export';
import { readRunFile, type LoadedRun, type RunFileContext } from '../../src/facilitator/run-file';
import { debriefOfRun, referenceCommands, type ReferenceRun } from '../support/debrief-of';
import { bundledLevel, bundledReplay } from '../support/level-files';

/** The page's context: this build's levels (`virtual:levels`, as the browser gets them) and version. */
export function buildContext(): RunFileContext {
  return { levels: loadCatalog().levels, gameVersion: GAME_VERSION };
}

const texts = new Map<string, string>();

function exportText(key: string, make: () => { commands: readonly TimedCommand[]; seed: number; level: Level; player: string | null }): string {
  if (!texts.has(key)) {
    const { commands, seed, level, player } = make();
    const { debrief } = debriefOfRun(commands, seed, level);
    texts.set(key, JSON.stringify(debriefExport(debrief, { player, playedAt: '2026-12-01T21:04:00.000Z' }), null, 2));
  }
  return texts.get(key)!;
}

/** A reference run of The Apache SNAFU as an export's text. */
export function referenceExportText(name: ReferenceRun, player: string | null = name, seed = 1): string {
  return exportText(`${name}/${seed}/${player}`, () => ({ commands: referenceCommands(name), seed, level: bundledLevel(), player }));
}

/** A run of these commands on The Apache SNAFU as an export's text. */
export function commandsExportText(key: string, commands: TimedCommand[], player: string | null = key): string {
  return exportText(`commands/${key}/${player}`, () => ({ commands, seed: 1, level: bundledLevel(), player }));
}

/** The skilled run of "Chat is down too": another level of this build. */
export function chatDownExportText(player = 'chat'): string {
  return exportText(`chat-down/${player}`, () => ({ commands: bundledReplay('skilled', 'chat-down').commands, seed: 1, level: bundledLevel('chat-down'), player }));
}

/** A fresh object of the export, to edit. */
export function exportObject(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}

const sharedContext = buildContext();

/** Reads an export as the page does, or throws with its problems: for tests of what the page shows. */
export function loadRun(name: string, text: string): LoadedRun {
  const result = readRunFile(name, text, sharedContext);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.run;
}
