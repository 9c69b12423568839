// The Markdown debrief is safe to render: text from a level file or a player (a title with an
// `<img onerror>`, a chat post with a link, a label with `|` or a line break) lands as the same words,
// never as HTML, a link, a heading, a list, emphasis or a broken table.

import { describe, expect, it } from 'vitest';
import type { Debrief } from '../../src/session/debrief';
import { debriefMarkdown } from '../../src/session/debrief-markdown';
import { markdownCell, markdownHeading, markdownText } from '../../src/session/markdown-text';
import { referenceRun } from '../support/debrief-of';

const HOSTILE = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(document.cookie)</script>',
  '[click me](javascript:alert(1))',
  '![tracker](https://evil.example/pixel.png)',
  '# Not a heading',
  '- not a list',
  '+ nor this',
  '1. nor this',
  '---',
  '> not a quote',
  '    four spaces, not code',
  'pipes | split | cells',
  'line one\nline two\r\n# line three',
  '**bold** _em_ ~~gone~~ `code` \\ backslash',
  '&lt;already an entity&gt; &amp; & <!-- comment -->',
  '<https://autolink.example>',
  'html <b onmouseover=alert(1)>inline</b>',
  'closing hashes ##',
  '\u2028separator\u2029',
];

/** An unescaped occurrence of a character: not preceded by a backslash (that is not itself escaped). */
const unescaped = (ch: string): RegExp => new RegExp(`(^|[^\\\\])(\\\\\\\\)*\\${ch}`);

describe('markdown text', () => {
  it.each(HOSTILE)('keeps %j as plain text on one line', (payload) => {
    const text = markdownText(payload);
    expect(text).not.toMatch(/[<>\n\r\u2028\u2029]/);
    for (const ch of ['[', ']', '`', '*', '_', '|', '~']) expect(text).not.toMatch(unescaped(ch));
    expect(text).not.toMatch(/^(#|[-+=]\s|[-+=]{2}|\d+[.)]|\s)/);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('reads as the same words', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdownText('Fix [web] *now* & then')).toBe('Fix \\[web\\] \\*now\\* &amp; then');
    expect(markdownText('# 1. - no')).toBe('\\# 1. - no');
    expect(markdownText('1. first')).toBe('1\\. first');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('-5 points, web-001')).toBe('-5 points, web-001');
    expect(markdownText('two\nlines')).toBe('two lines');
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownCell('')).toBe(' ');
    expect(markdownHeading('Staging ##')).toBe('Staging \\##');
  });
});

/** Every string the debrief shows as words, replaced by a hostile one (the same words by the same, so lines merge as before). */
function hostile(debrief: Debrief): Debrief {
  const copy = structuredClone(debrief);
  const replaced = new Map<string, string>();
  const replace = (text: string): string => {
    if (!replaced.has(text)) replaced.set(text, `${HOSTILE[replaced.size % HOSTILE.length]} #${replaced.size}`);
    return replaced.get(text)!;
  };
  const WORDS = new Set(['title', 'headline', 'text', 'seen', 'label', 'why', 'gist']);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    for (const [key, inner] of Object.entries(record)) {
      if (WORDS.has(key) && typeof inner === 'string') record[key] = replace(inner);
      else walk(inner);
    }
  };
  walk(copy);
  copy.level.title = HOSTILE[0]!;
  return copy;
}

describe('the Markdown debrief of a hostile level and player', () => {
  const { debrief } = referenceRun('historical');
  const clock = (tick: number): string => `t+${tick}`;
  const plain = debriefMarkdown(debrief, clock);
  const evil = debriefMarkdown(hostile(debrief), clock);

  it('carries no HTML at all', () => {
    expect(evil).not.toMatch(/[<>]/);
    expect(evil.split('\n')[0]).toBe('# Debrief: &lt;img src=x onerror="alert(1)"&gt;');
  });

  it('keeps the document’s shape: the same lines, headings and list items as a harmless run', () => {
    const shape = (markdown: string): string[] => markdown.split('\n').map((line) => (/^(#+ |- |\| |$)/.exec(line)?.[1] ?? 'text').trim());
    expect(shape(evil)).toEqual(shape(plain));
  });

  it('keeps the score table’s columns, whatever a family label holds', () => {
    const rows = evil.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.length).toBe(debrief.score.families.length + 2);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('has no link, image, code span or emphasis but its own', () => {
    const withoutOwn = evil
      .replace(/^\*\*(.*)\*\* Seed /m, '$1')
      .replace(/\*\*(You|[0-9]+)\*\*/g, '')
      .replace(/^- \[[ x]\] /gm, '')
      .replace(/_\(seen then: /g, '')
      .replace(/\)_$/gm, '');
    for (const ch of ['[', ']', '`', '*', '_', '~']) expect(withoutOwn).not.toMatch(unescaped(ch));
  });
});
