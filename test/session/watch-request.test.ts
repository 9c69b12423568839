// `?watch=1` plays a run the facilitator's page handed over through the browser's storage. The file came
// from a player's laptop: it is checked as `npm run sim -- --replay` checks it before any command reaches
// the simulation, and anything wrong is said in a line the facilitator can act on.

import { describe, expect, it } from 'vitest';
import { debriefExport } from '../../src/session/debrief-export';
import { readWatchRequest } from '../../src/session/watch-request';
import { referenceRun } from '../support/debrief-of';
import { bundledLevel } from '../support/level-files';

const levels = [bundledLevel('apache-snafu'), bundledLevel('chat-down')];
const exported = debriefExport(referenceRun('historical', 2).debrief, { player: 'Ada\u202E', playedAt: '2026-12-01T10:00:00.000Z' });
const raw = JSON.stringify(exported);

describe('a run handed over to watch', () => {
  it('plays the export’s own commands on its level and seed, with the player’s name cleaned', () => {
    const read = readWatchRequest(raw, levels);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.run).toMatchObject({ levelId: 'apache-snafu', seed: 2, who: 'Ada' });
    expect(read.run.commands).toEqual(exported.commands);
  });

  it('names what is wrong, and never lets a command the checks refuse through', () => {
    const problem = (text: string | null): string => {
      const read = readWatchRequest(text, levels);
      return read.ok ? 'accepted' : read.problem;
    };
    expect(problem(null)).toMatch(/was not found: open it from the facilitator's page/);
    expect(problem('{not json')).toMatch(/is not valid JSON/);
    expect(problem('x'.repeat(5_000_000))).toMatch(/too large to be a run/);
    const tampered = JSON.parse(raw) as { replay: { commands: Record<string, unknown>[] } };
    tampered.replay.commands[0] = { atTick: 5, type: 'run-chef', hosts: 'every host please', concurrency: -1 };
    expect(problem(JSON.stringify(tampered))).toMatch(/cannot be played: \$\.commands\[0\]/);
    const elsewhere = JSON.parse(raw) as { replay: { level: string } };
    elsewhere.replay.level = 'hindsight';
    expect(problem(JSON.stringify(elsewhere))).toMatch(/a run of the level "hindsight", which this game does not have/);
    expect(problem('{"__proto__": {"polluted": true}, "replay": {}}')).not.toBe('accepted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
