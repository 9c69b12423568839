// Every line of a debrief is true of its run and reads as a finished sentence: built for doing nothing,
// for what really happened and for a skilled response, on three seeds. The headline matches the run's
// facts, no reason trails off or has an empty clause, each family says how its number comes about, a
// rule that did not apply reads as not counted, and the Markdown never says the same line twice.

import { describe, expect, it, vi } from 'vitest';
import type { Debrief } from '../../src/session/debrief';
import { debriefMarkdown } from '../../src/session/debrief-markdown';
import { isNotCounted, reasonText } from '../../src/session/score-words';
import { REFERENCE_RUNS, referenceRun, type ReferenceRun } from '../support/debrief-of';

// Each test plays whole shifts (a second or two each, more on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

const clock = (tick: number): string => `t+${tick}`;
const runs = REFERENCE_RUNS.flatMap((name) => [1, 2, 3].map((seed) => ({ name, seed })));
const debriefOf = (name: ReferenceRun, seed: number): Debrief => referenceRun(name, seed).debrief;

/** Why a line does not read as a finished sentence, or null when it does. */
function unfinished(text: string): string | null {
  if (text.trim() !== text) return 'space at an end';
  if (/[:;,]$/.test(text)) return 'ends with a colon or comma';
  if (/\(\s*\)/.test(text)) return 'empty brackets';
  if (/[,;:]\s*[,;:.)]/.test(text) || /\s[,.;:)]/.test(text)) return 'an empty clause';
  if (/\s{2,}/.test(text)) return 'a double space';
  if (/\b(undefined|null|NaN)\b/.test(text)) return 'a missing value';
  return null;
}

/** Every sentence the score hands the debrief. */
function scoreTexts(debrief: Debrief): string[] {
  const { score } = debrief;
  return [
    debrief.headline,
    ...score.families.flatMap((family) => family.reasons.map((reason) => reason.text)),
    ...score.adjustments.map((adjustment) => adjustment.text),
    ...score.helped.map((item) => item.text),
    score.award.why,
    ...score.award.learnings.map((learning) => learning.text),
  ];
}

describe.each(runs)('the debrief of $name on seed $seed', ({ name, seed }) => {
  it('has a headline true of how the run ended and whose fix brought the site back', () => {
    const { headline, ending } = debriefOf(name, seed);
    expect(headline.includes('your fix')).toBe(ending.restarts.you > 0);
    expect(headline.includes('on its own')).toBe(ending.restarts.you === 0 && ending.result === 'recovered');
    if (/site is back|came back|healthy again/.test(headline)) expect(ending.siteWhole).toBe(true);
    if (headline.includes('still hurting')) expect(ending.customersServed).toBe(false);
    expect(headline.includes('ran out')).toBe(ending.reason === 'time-limit');
  });

  it('has no line that trails off or has an empty clause', () => {
    const problems = scoreTexts(debriefOf(name, seed))
      .map((text) => ({ text, problem: unfinished(text) }))
      .filter((line) => line.problem !== null);
    expect(problems).toEqual([]);
  });

  it('says the same Markdown line only once', () => {
    const lines = debriefMarkdown(debriefOf(name, seed), clock).split('\n');
    const repeated = lines.filter((line, index) => line.trim() !== '' && lines.indexOf(line) !== index);
    expect(repeated).toEqual([]);
  });

  it('heads each family with how its number comes about, and marks rules that did not apply', () => {
    const debrief = debriefOf(name, seed);
    const markdown = debriefMarkdown(debrief, clock);
    for (const family of debrief.score.families) {
      expect(markdown).toContain(
        family.counted ? `### ${family.label} ${family.score} (${family.earned} of ${family.outOf} points from the rules that applied)` : `### ${family.label}: not called for`,
      );
      for (const reason of family.reasons) {
        expect(markdown).toContain(isNotCounted(reason) ? `- not counted: ${reasonText(reason)}` : reason.text);
      }
    }
    expect(markdown).not.toMatch(/±0.*\(not counted\)/);
    expect(markdown).toContain(`- Total: **${debrief.score.total}**`);
  });
});

describe('the debriefs together', () => {
  it('include rules that did not apply, so the "not counted" wording is exercised', () => {
    const nothing = debriefOf('nothing', 1);
    expect(nothing.score.families.flatMap((family) => family.reasons).filter(isNotCounted).length).toBeGreaterThan(2);
  });
});
