// The questions for the room count what the runs did: change the runs and the numbers change with them.

import { describe, expect, it, vi } from 'vitest';
import type { LoadedRun } from '../../src/facilitator/run-file';
import { roomQuestions } from '../../src/facilitator/room-questions';
import { TAKEAWAYS } from '../../src/sim/scoring/takeaways';
import { commandsExportText, referenceExportText, loadRun as load } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

function asked(runs: LoadedRun[]): Record<string, string> {
  return Object.fromEntries(roomQuestions(runs).map((question) => [question.takeaway.id, [...question.shows, question.question].join('\n')]));
}

describe('questions for the room', () => {
  it('one per takeaway, in the takeaways’ order; none for an empty room', () => {
    const runs = [load('skilled.json', referenceExportText('skilled'))];
    expect(roomQuestions(runs).map((question) => question.takeaway.id)).toEqual(TAKEAWAYS.map((takeaway) => takeaway.id));
    expect(roomQuestions([])).toEqual([]);
  });

  it('counts switches, canaries, help and the status page from the runs', () => {
    const runs = [load('skilled.json', referenceExportText('skilled')), load('historical.json', referenceExportText('historical')), load('nothing.json', referenceExportText('nothing'))];
    const text = asked(runs);
    expect(text['understand-your-automation']).toMatch(/^1 of 3 threw a kill switch that kept hosts from the bad change \(median [\d.]+ min after the first sign of trouble\)\.$/m);
    expect(text['understand-your-automation']).toMatch(/^2 of 3 tried Chef on one host first/m);
    expect(text['understand-your-automation']).toMatch(/2 of you never did/);
    expect(text['maintain-adaptive-capacity']).toMatch(/^1 of 3 asked the team for help \([\d.]+ min after the first sign of trouble\); 2 never did\.$/m);
    expect(text['build-relationships-share-knowledge']).toMatch(/^2 of 3 updated the status page \(median [\d.]+ min after customers were first hurt\); 1 never did\.$/m);
    expect(text['always-be-learning']).toMatch(/^1 of 3 earned the three-armed sweater/m);
    expect(text['know-your-dependencies']).toMatch(/^None of 3 touched the php7 boxes before the rest was healthy\.$/m);
  });

  it('names the runs that touched the php7 boxes early, and how many of them were graph-blind then', () => {
    const early = (key: string, tick: number): LoadedRun => load(`${key}.json`, commandsExportText(key, [{ atTick: tick, command: { type: 'repair-chef', hosts: ['@php7'] } }]));
    const runs = [early('php7-at-200', 200), early('php7-at-900', 900), load('skilled.json', referenceExportText('skilled'))];
    const blindThen = runs.slice(0, 2).filter((run) => {
      const down = run.events.filter((event) => event.type === 'tool-went-down' && event.service === 'host-status').map((event) => event.tick);
      const touched = run.events.find((event) => event.type === 'chef-repaired')!.tick;
      return down.some((tick) => tick < touched);
    }).length;
    expect(asked(runs)['know-your-dependencies']).toMatch(
      new RegExp(`^2 of 3 touched the php7 boxes before the rest was healthy; at that moment ${blindThen} of them could not see the fleet \\(graph-blind\\)\\.$`, 'm'),
    );
    expect(asked(runs)['know-your-dependencies']).toMatch(/What could they see\?/);
  });
});
