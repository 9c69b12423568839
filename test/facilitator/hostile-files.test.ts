// Files a room may drop that are not a run this page can compare: each is refused with a line that names
// what is wrong, and nothing in it is trusted (not its score, not its fields, not its replay).

import { describe, expect, it, vi } from 'vitest';
import { readRunFile, MAX_RUN_FILE_BYTES, type RunFileResult } from '../../src/facilitator/run-file';
import { addToRoom, emptyRoom } from '../../src/facilitator/room';
import { readFileSync } from 'node:fs';
import { repoPath } from '../support/level-files';
import { buildContext, exportObject, referenceExportText } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

const context = buildContext();

function problemsOf(result: RunFileResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.problems.join('\n');
}

function read(name: string, value: unknown): RunFileResult {
  return readRunFile(name, typeof value === 'string' ? value : JSON.stringify(value), context);
}

describe('a file that is not a run', () => {
  it('refuses text that is not JSON, saying where it breaks', () => {
    expect(problemsOf(read('notes.txt', 'Ada: 99 points!\n'))).toMatch(/not valid JSON at line 1, column 1/);
    expect(problemsOf(read('cut.json', referenceExportText('skilled').slice(0, 500)))).toMatch(/not valid JSON/);
    expect(problemsOf(read('empty.json', ''))).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not an export: a list, a number, another format', () => {
    expect(problemsOf(read('list.json', [1, 2]))).toMatch(/not an object/);
    expect(problemsOf(read('number.json', 42))).toMatch(/not an object/);
    expect(problemsOf(read('null.json', null))).toMatch(/not an object/);
    expect(problemsOf(read('other.json', { format: 'someone-else', version: 1 }))).toMatch(/"format" is "someone-else", not "apache-snafu-debrief"/);
    expect(problemsOf(read('none.json', {}))).toMatch(/"format" is missing/);
  });

  it('tells a replay file from an exported run', () => {
    const replay = readFileSync(repoPath('levels/apache-snafu.skilled.replay.json'), 'utf8');
    expect(problemsOf(read('apache-snafu.skilled.replay.json', replay))).toMatch(/a replay file, not an exported run/);
  });

  it('refuses an export of a format version it does not know', () => {
    const doc = exportObject(referenceExportText('skilled'));
    doc['version'] = 2;
    expect(problemsOf(read('v2.json', doc))).toMatch(/version 2; this page reads version 1/);
  });
});

describe('a file too big, too deep or reaching into JavaScript objects', () => {
  it('refuses a huge file by its size, before reading it', () => {
    const result = readRunFile('huge.json', '', context, MAX_RUN_FILE_BYTES + 1);
    expect(problemsOf(result)).toMatch(/4\.0 MB: an exported run is well under 1 MB/);
  });

  it('refuses huge text even when the size given is small', () => {
    const text = `{"format":"apache-snafu-debrief","pad":"${'x'.repeat(MAX_RUN_FILE_BYTES)}"}`;
    expect(problemsOf(readRunFile('padded.json', text, context, 10))).toMatch(/at most 4\.0 MB/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, naming where', () => {
    const top = referenceExportText('skilled').replace('{', '{"__proto__": {"polluted": true},');
    expect(problemsOf(read('proto.json', top))).toMatch(/\$\.__proto__: the field name "__proto__" is not allowed/);
    const nested = referenceExportText('skilled').replace('"replay": {', '"replay": {"constructor": {"prototype": 1},');
    expect(problemsOf(read('nested.json', nested))).toMatch(/\$\.replay\.constructor: the field name "constructor" is not allowed/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses nesting deeper than any export has', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(problemsOf(read('deep.json', deep))).toMatch(/nested more than 20 levels deep/);
  });

  it('refuses a lone half of a character in a name', () => {
    const doc = referenceExportText('skilled').replace('"player": "skilled"', '"player": "\\ud800ada"');
    expect(problemsOf(read('surrogate.json', doc))).toMatch(/\$\.player: the text has half of a character/);
  });
});

describe('a run this build cannot compare', () => {
  it('refuses a run of a level this build does not have', () => {
    const doc = exportObject(referenceExportText('skilled'));
    (doc['level'] as Record<string, unknown>)['id'] = 'apache-snafu-2';
    (doc['replay'] as Record<string, unknown>)['level'] = 'apache-snafu-2';
    expect(problemsOf(read('other-level.json', doc))).toMatch(/a run of level "apache-snafu-2", which this build does not have \(it has .*"apache-snafu"/);
  });

  it('refuses a run of another game version, naming both', () => {
    const doc = exportObject(referenceExportText('skilled'));
    doc['gameVersion'] = '0.0.9';
    expect(problemsOf(read('old-game.json', doc))).toMatch(new RegExp(`made by version 0\\.0\\.9 of the game, and this page is version ${context.gameVersion.replace(/\./g, '\\.')}`));
  });

  it('refuses an export without its replay, or with no level or seed', () => {
    const doc = exportObject(referenceExportText('skilled'));
    delete doc['replay'];
    expect(problemsOf(read('no-replay.json', doc))).toMatch(/no "replay" block/);
    const noLevel = exportObject(referenceExportText('skilled'));
    noLevel['level'] = 'apache-snafu';
    expect(problemsOf(read('flat-level.json', noLevel))).toMatch(/names no level/);
    const badSeed = exportObject(referenceExportText('skilled'));
    badSeed['seed'] = -1.5;
    expect(problemsOf(read('seed.json', badSeed))).toMatch(/seed is -1\.5, not a whole number/);
  });
});

describe('a tampered replay', () => {
  it('refuses a replay for another level or seed than the export says', () => {
    const level = exportObject(referenceExportText('skilled'));
    (level['replay'] as Record<string, unknown>)['level'] = 'chat-down';
    expect(problemsOf(read('swapped.json', level))).toMatch(/its replay is for level "chat-down", but the export says "apache-snafu": the file was edited/);
    const seed = exportObject(referenceExportText('skilled'));
    (seed['replay'] as Record<string, unknown>)['seed'] = 7;
    expect(problemsOf(read('reseeded.json', seed))).toMatch(/its replay has seed 7, but the export says 1/);
  });

  it('refuses commands the replay checks refuse: out of order, unknown hosts, unknown commands', () => {
    const commandsOf = (doc: Record<string, unknown>): Array<Record<string, unknown>> => (doc['replay'] as { commands: Array<Record<string, unknown>> }).commands;
    const order = exportObject(referenceExportText('skilled'));
    commandsOf(order)[3]!['atTick'] = 5;
    expect(problemsOf(read('order.json', order))).toMatch(/\$\.commands\[3\]\.atTick: expected commands in time order/);
    const host = exportObject(referenceExportText('skilled'));
    commandsOf(host)[1]!['hosts'] = ['web-999'];
    expect(problemsOf(read('host.json', host))).toMatch(/\$\.commands\[1\]: refused at tick 65/);
    const type = exportObject(referenceExportText('skilled'));
    commandsOf(type)[0]!['type'] = 'rm-rf';
    expect(problemsOf(read('type.json', type))).toMatch(/\$\.commands\[0\]/);
    const late = exportObject(referenceExportText('skilled'));
    commandsOf(late).push({ atTick: 999_999, type: 'view-site' });
    expect(problemsOf(read('late.json', late))).toMatch(/after the level's time limit|tick 43200/);
  });

  it('shows the score its commands really give, not the one the file claims, and says so', () => {
    const doc = exportObject(referenceExportText('historical'));
    (doc['scoreSheet'] as Record<string, unknown>)['total'] = 100;
    (doc['score'] as Record<string, unknown>)['total'] = 100;
    const result = read('boasting.json', doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const honest = exportObject(referenceExportText('historical'))['scoreSheet'] as { total: number };
    expect(result.run.debrief.score.total).toBe(honest.total);
    expect(result.run.notes.join('\n')).toMatch(/the file says it scored 100; playing its commands again gives \d+/);
  });
});

describe('hostile values in the fields a page shows', () => {
  it('cleans a player name to one short line, and treats a name of the wrong kind as none', () => {
    const doc = exportObject(referenceExportText('skilled'));
    doc['player'] = '<img src=x>\n# Winner | 100\u202e';
    const result = read('name.json', doc);
    expect(result.ok && result.run.player).toBe('<img src=x> # Winner | 100');
    doc['player'] = { toString: 'x' };
    const odd = read('odd-name.json', doc);
    expect(odd.ok && odd.run.player).toBeNull();
    expect(odd.ok && odd.run.notes.join('\n')).toMatch(/player name is not text/);
    doc['player'] = 'A'.repeat(500);
    const long = read('long-name.json', doc);
    expect(long.ok && long.run.player).toHaveLength(40);
    expect(long.ok && long.run.notes.join('\n')).toMatch(/longer than 40 characters; cut/);
  });

  it('treats a playedAt or gameVersion of the wrong kind as unknown, with a note', () => {
    const doc = exportObject(referenceExportText('skilled'));
    doc['playedAt'] = 'yesterday-ish';
    delete doc['gameVersion'];
    const result = read('dates.json', doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.run.playedAt).toBeNull();
    expect(result.run.gameVersion).toBeNull();
    expect(result.run.notes.join('\n')).toMatch(/playedAt .* is not a date/);
  });
});

describe('a room of files, some bad', () => {
  it('loads the good ones and names each bad one; the same file twice is loaded once', () => {
    const room = emptyRoom();
    const skilled = referenceExportText('skilled');
    const files = [
      { name: 'ada.json', text: skilled, bytes: skilled.length },
      { name: 'notes.txt', text: 'hello', bytes: 5 },
      { name: 'huge.json', text: '', bytes: 50_000_000 },
      { name: 'ada (1).json', text: skilled, bytes: skilled.length },
    ];
    const said = files.map((file) => addToRoom(room, file, context));
    expect(said).toEqual(['loaded', 'refused', 'refused', 'already loaded']);
    expect(room.runs.map((run) => run.file)).toEqual(['ada.json']);
    expect(room.refused.map((file) => file.file)).toEqual(['notes.txt', 'huge.json']);
  });

  it('a file that trips a bug in the checks is named with it, and the next file still loads', () => {
    const room = emptyRoom();
    let calls = 0;
    const flaky = {
      gameVersion: context.gameVersion,
      get levels() {
        calls++;
        if (calls === 1) throw new Error('boom');
        return context.levels;
      },
    };
    const skilled = referenceExportText('skilled');
    expect(addToRoom(room, { name: 'first.json', text: skilled, bytes: skilled.length }, flaky)).toBe('refused');
    expect(room.refused[0]).toEqual({ file: 'first.json', problems: ['could not be read (a bug in this page: boom)'] });
    expect(addToRoom(room, { name: 'second.json', text: skilled, bytes: skilled.length }, flaky)).toBe('loaded');
  });
});
