// A debrief of a real run, built the way the end screen builds it: the level's simulation played from a
// seed with the given commands, sampled once a game minute, scored with the level's scoring section.

import type { Level } from '../../src/levels/level';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { sampleTimeline, TICKS_PER_SAMPLE, type TimelineSample } from '../../src/replay/timeline';
import { buildDebrief, type Debrief } from '../../src/session/debrief';
import type { SimEvent } from '../../src/sim/events';
import { scoreRun } from '../../src/sim/scoring/score-run';
import { bundledLevel, bundledReplay } from './level-files';

export interface DebriefRun {
  debrief: Debrief;
  events: SimEvent[];
  commands: readonly TimedCommand[];
}

export function debriefOfRun(commands: readonly TimedCommand[], seed = 1, level: Level = bundledLevel()): DebriefRun {
  const samples: TimelineSample[] = [];
  const run = playRun(level.sim, seed, commands, {
    onTick: (state) => {
      if (state.tick % TICKS_PER_SAMPLE === 0 || state.incident.outcome) samples.push(sampleTimeline(level.sim, state));
    },
  });
  const score = scoreRun(level.sim, run.events, run.state, level.scoring);
  return { debrief: buildDebrief({ level, seed, state: run.state, events: run.events, samples, commands, score }), events: run.events, commands };
}

/** The three runs every debrief must be true of: doing nothing, what really happened, and a skilled response. */
export const REFERENCE_RUNS = ['nothing', 'historical', 'skilled'] as const;

export type ReferenceRun = (typeof REFERENCE_RUNS)[number];

export function referenceCommands(name: ReferenceRun): TimedCommand[] {
  return name === 'nothing' ? [] : bundledReplay(name).commands;
}

const played = new Map<string, DebriefRun>();

/** A reference run's debrief, played once per test file (a whole shift takes a second or two); treat it as read-only. */
export function referenceRun(name: ReferenceRun, seed = 1): DebriefRun {
  const key = `${name}/${seed}`;
  if (!played.has(key)) played.set(key, debriefOfRun(referenceCommands(name), seed));
  return played.get(key)!;
}
