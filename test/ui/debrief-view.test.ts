// The end screen's "why this score" tab shows how every number comes about: the total's sum (each
// family's score times its weight, the weighted result, each adjustment, the total), each family's
// points out of what its rules could give, and rules that did not apply marked as not counted.

import { describe, expect, it, vi } from 'vitest';
import type { Debrief } from '../../src/session/debrief';
import { reasonsHtml, takeawaysHtml } from '../../src/ui/debrief-view';
import { referenceRun } from '../support/debrief-of';

// Each test plays whole shifts (a second or two each, more on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

const clock = (tick: number): string => `t+${tick}`;
/** What a reader sees: the words without the tags, entities read back. */
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the why-this-score tab', () => {
  const historical = referenceRun('historical').debrief;

  it('opens with the total’s computation, ending in the total', () => {
    const html = reasonsHtml(historical, clock);
    const shown = text(html.slice(0, html.indexOf('</table>')));
    const { score } = historical;
    for (const family of score.families) expect(shown).toContain(`${family.label} ${family.score} × ${family.weight}`);
    const weights = score.families.filter((family) => family.counted).reduce((sum, family) => sum + family.weight, 0);
    expect(shown).toContain(`The families weighted together (the sum ÷ ${weights}) ${score.familyTotal}`);
    expect(shown.trim()).toMatch(new RegExp(`Total ${score.total}$`));
  });

  it('shows each adjustment to the total with its points', () => {
    const capped: Debrief = {
      ...historical,
      score: {
        ...historical.score,
        total: historical.score.familyTotal - 8,
        adjustments: [{ rule: 'total.unresolved', text: 'The incident was never resolved.', points: -8, tick: 3600, evidence: [] }],
      },
    };
    expect(text(reasonsHtml(capped, clock))).toContain(
      `weighted together (the sum ÷ 100) ${historical.score.familyTotal} The incident was never resolved. t+3600 -8 Total ${historical.score.familyTotal - 8}`,
    );
  });

  it('heads each family with its score and the points it comes from', () => {
    const shown = text(reasonsHtml(historical, clock));
    for (const family of historical.score.families)
      expect(shown).toContain(`${family.label} ${family.score} ${family.earned} of ${family.outOf} points from the rules that applied · weight ${family.weight}`);
  });

  it('gives each line its points out of what its rule could give, and marks rules that did not apply', () => {
    const html = reasonsHtml(historical, clock);
    const opening = historical.score.families.flatMap((family) => family.reasons).find((reason) => reason.outOf > 0 && reason.points > 0)!;
    expect(text(html)).toContain(` +${opening.points} of ${opening.outOf} ${opening.text}`);
    expect(html).toMatch(/<li class="not-counted"><span class="points">–<\/span><span class="of"><\/span><span>[^<]+ <i>\(not counted\)<\/i>/);
    expect(html).not.toMatch(/±0<\/span><span class="of"><\/span><span>[^<]*\(not counted\)/);
  });
});

describe('the what-would-have-helped tab', () => {
  it('says each piece of advice once, with the points of every rule it would have helped', () => {
    const nothing = referenceRun('nothing').debrief;
    const items = [...takeawaysHtml(nothing).matchAll(/<li class="loss"><span class="points">[\d.]+<\/span>([^<]+)<\/li>/g)].map((match) => match[1]);
    expect(items.length).toBeGreaterThan(5);
    expect(new Set(items).size).toBe(items.length);
  });
});
