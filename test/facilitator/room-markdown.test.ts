// The room's summary in Markdown: everything that came from a file is escaped, so a hostile name renders
// as the words it is, never as a link, an image, HTML, a heading or a split table cell.

import { describe, expect, it, vi } from 'vitest';
import { localStamp } from '../../src/facilitator/local-time';
import { roomMarkdown } from '../../src/facilitator/room-markdown';
import { chatDownExportText, exportObject, referenceExportText, loadRun as load } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

function withPlayer(player: string): string {
  const doc = exportObject(referenceExportText('historical'));
  doc['player'] = player;
  return JSON.stringify(doc);
}

describe('the summary escapes what came from a file', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '![pic](http://x/y.png)',
    '# Winner',
    'Ada | 100 | 100',
    '**bold** _em_ `code`',
    '- list',
    '1. first',
    '&lt;script&gt;',
  ];

  it.each(hostile)('a player named %j stays words in its table cell', (player) => {
    const markdown = roomMarkdown([load('x.json', withPlayer(player))], [], '2026-12-01 21:30');
    const row = markdown.split('\n').find((line) => line.startsWith('| ') && /\| \d+ \| \d+ \| \d+ \|/.test(line))!;
    expect(row).toBeDefined();
    // The row keeps its 13 cells: a `|` in the name is escaped.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(13);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/(?<!\\)\]\(/);
    expect(markdown).not.toMatch(/^# Winner/m);
    expect(markdown).not.toMatch(/(?<!\\)\*\*bold/);
    expect(markdown).not.toContain('&lt;script');
  });

  it('escapes the names and problems of files that were not loaded', () => {
    const markdown = roomMarkdown([], [{ file: '<b>evil</b>|.json', problems: ['not valid JSON at line 1, column 1: `x`', 'a [link](http://x)'] }], 'now');
    expect(markdown).toContain('## Files not loaded');
    expect(markdown).toContain('- **&lt;b&gt;evil&lt;/b&gt;\\|.json**: not valid JSON at line 1, column 1: \\`x\\`; a \\[link\\](http://x)');
  });

  it('a name with a line break stays on its one line', () => {
    const markdown = roomMarkdown([load('x.json', withPlayer('Ada\n# Heading'))], [], 'now');
    expect(markdown).not.toMatch(/^# Heading/m);
  });
});

describe('the summary holds the table, the moments and the questions, per level', () => {
  it('writes each level apart, with its table, moments and five questions', () => {
    const markdown = roomMarkdown(
      [load('ada.json', referenceExportText('skilled', 'Ada')), load('grace.json', referenceExportText('historical', 'Grace')), load('lin.json', chatDownExportText('Lin'))],
      [],
      '2026-12-01 21:30',
    );
    expect(markdown).toMatch(/^# Onboarding session: the room's runs$/m);
    expect(markdown).toMatch(/Runs of 2 different levels were loaded/);
    expect(markdown.match(/^## /gm)).toHaveLength(2);
    expect(markdown.match(/^### Side by side$/gm)).toHaveLength(2);
    expect(markdown.match(/^### Key moments \(game clock\)$/gm)).toHaveLength(2);
    expect(markdown.match(/^#### /gm)).toHaveLength(10);
    expect(markdown).toMatch(/^\| Ada \| 99 \|/m);
    expect(markdown).toMatch(/^\| Grace \| \d+ \| 0 \|/m);
    expect(markdown).toMatch(/^\| Ada \| \d\d:\d\d \| \d\d:\d\d \|/m);
    expect(markdown).toMatch(/^\*\*Ask:\*\* /m);
  });

  it('says when each run was played, in local time, and "unknown" when the export does not say', () => {
    const doc = exportObject(referenceExportText('historical', 'Grace'));
    delete doc['playedAt'];
    const markdown = roomMarkdown([load('ada.json', referenceExportText('skilled', 'Ada')), load('grace.json', JSON.stringify(doc))], [], '2026-12-01 21:30');
    expect(markdown).toMatch(/\| Award \| Played \|$/m);
    const local = localStamp(new Date('2026-12-01T21:04:00.000Z'));
    expect(markdown).toMatch(new RegExp(`^\\| Ada \\| 99 \\|.*\\| three-armed sweater \\| ${local} \\|$`, 'm'));
    expect(markdown).toMatch(/^\| Grace \|.*\| unknown \|$/m);
  });
});
