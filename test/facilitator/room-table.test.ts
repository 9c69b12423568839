// Good exports of the shipped levels load, score as the game scored them, and line up side by side; runs
// of another level stand apart; an older export without a name, date or version loads by its file name.

import { describe, expect, it, vi } from 'vitest';
import { groupByLevel, levelsNote, seedNote } from '../../src/facilitator/room-groups';
import { localStamp, playedAtText } from '../../src/facilitator/local-time';
import { roomRows } from '../../src/facilitator/room-table';
import { buildContext, chatDownExportText, exportObject, referenceExportText, loadRun as load } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

const context = buildContext();

describe('good exports', () => {
  it('load with their player, date and version, and score exactly as the game scored them', () => {
    for (const name of ['skilled', 'historical'] as const) {
      const text = referenceExportText(name, `Ada ${name}`);
      const run = load(`${name}.json`, text);
      const exported = exportObject(text);
      expect(run.player).toBe(`Ada ${name}`);
      expect(run.playedAt).toBe('2026-12-01T21:04:00.000Z');
      expect(run.gameVersion).toBe(context.gameVersion);
      expect(run.notes).toEqual([]);
      expect(run.debrief.score).toEqual(exported['score']);
      expect(run.debrief.impact).toEqual(exported['impact']);
      expect(run.debrief.timeline).toEqual(exported['timeline']);
    }
  });

  it('an older export without player, playedAt or gameVersion loads, shown by its file name', () => {
    const doc = exportObject(referenceExportText('historical'));
    delete doc['player'];
    delete doc['playedAt'];
    delete doc['gameVersion'];
    const run = load('old-laptop.json', JSON.stringify(doc));
    expect([run.player, run.playedAt, run.gameVersion]).toEqual([null, null, null]);
    expect(run.notes).toEqual(['an older export: it does not say which version of the game made it']);
    expect(roomRows([run])[0]!.who).toBe('old-laptop.json');
    expect(roomRows([run])[0]!.played).toBe('unknown');
  });

  it('shows when each run was played in this computer’s local time, to the minute', () => {
    const row = roomRows([load('ada.json', referenceExportText('skilled', 'Ada'))])[0]!;
    const played = new Date('2026-12-01T21:04:00.000Z');
    const two = (value: number): string => String(value).padStart(2, '0');
    expect(row.played).toBe(`${played.getFullYear()}-${two(played.getMonth() + 1)}-${two(played.getDate())} ${two(played.getHours())}:${two(played.getMinutes())}`);
    expect(playedAtText(null)).toBe('unknown');
    expect(localStamp(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02 03:04');
  });
});

describe('side by side', () => {
  it('one row a run, best total first, with the five families, the cost to customers and when it was resolved', () => {
    const runs = [
      load('nothing.json', referenceExportText('nothing', null)),
      load('skilled.json', referenceExportText('skilled', 'Ada')),
      load('historical.json', referenceExportText('historical', 'Grace')),
    ];
    const rows = roomRows(runs);
    expect(rows.map((row) => row.who)).toEqual(['Ada', 'Grace', 'nothing.json']);
    const [ada, grace] = rows;
    expect(ada!.total).toBeGreaterThan(grace!.total);
    expect(ada!.families.map((family) => family.id)).toEqual(['kill-switches', 'staging', 'team-communication', 'customer-impact', 'visibility']);
    expect(ada!.families.map((family) => family.score)).toEqual(runs[1]!.debrief.score.families.map((family) => (family.counted ? family.score : null)));
    expect(ada!.award).toBe(true);
    expect(grace!.award).toBe(false);
    expect(grace!.ordersLost).toBe(runs[2]!.debrief.impact.ordersLost);
    expect(grace!.minutesSlow).toBe(runs[2]!.debrief.impact.minutesDegraded);
    expect(ada!.resolvedAt).toMatch(/^\d\d:\d\d$/);
  });

  it('sorts a tie by the earlier resolution, then by name, whatever order the files came in', () => {
    const a = load('b.json', referenceExportText('skilled', 'Bea'));
    const b = load('a.json', referenceExportText('skilled', 'Al'));
    expect(roomRows([a, b]).map((row) => row.who)).toEqual(['Al', 'Bea']);
    expect(roomRows([b, a]).map((row) => row.who)).toEqual(['Al', 'Bea']);
  });
});

describe('runs of different levels or seeds', () => {
  it('keeps another level in its own group, and says why', () => {
    const runs = [load('ada.json', referenceExportText('skilled', 'Ada')), load('chat.json', chatDownExportText('Lin')), load('grace.json', referenceExportText('historical', 'Grace'))];
    const groups = groupByLevel(runs);
    expect(groups.map((group) => [group.levelId, group.runs.map((run) => run.player)])).toEqual([
      ['apache-snafu', ['Ada', 'Grace']],
      ['chat-down', ['Lin']],
    ]);
    expect(levelsNote(groups)).toMatch(/Runs of 2 different levels were loaded\. Runs of different levels are not compared side by side/);
    expect(levelsNote(groups.slice(0, 1))).toBeNull();
  });

  it('says when a level was played on several seeds', () => {
    const groups = groupByLevel([load('one.json', referenceExportText('nothing', 'One', 1)), load('two.json', referenceExportText('nothing', 'Two', 2))]);
    expect(groups).toHaveLength(1);
    expect(seedNote(groups[0]!)).toMatch(/2 different seeds \(1, 2\)/);
  });
});
