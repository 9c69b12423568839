// The debrief as Markdown, for a facilitator's notes or a team's postmortem doc: the same content as
// the end screen, in the same blameless words, with every number's sum shown so it can be checked by eye.
// Every piece of text that comes from a level file or the player (titles, messages, reasons) goes through
// session/markdown-text, so the file is safe for a facilitator to render: it can never carry markup.

import type { Played } from './debrief-export';
import type { Debrief } from './debrief';
import { counterfactualWords } from './counterfactual-words';
import { markdownCell, markdownHeading, markdownText as md } from './markdown-text';
import { familyHeading, helpedLines, reasonPoints, reasonText, signedPoints, totalSteps } from './score-words';

type Clock = (tick: number) => string;

/** An ISO time as a room reads it (`2026-12-01 21:04 UTC`); anything else as given. */
function whenPlayed(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*Z$/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

export function debriefMarkdown(debrief: Debrief, rawClock: Clock, played: Played | null = null): string {
  const { impact } = debrief;
  // The clock's words come from the level (its start time) too.
  const clock: Clock = (tick) => md(rawClock(tick));
  const lines: string[] = [
    `# Debrief: ${markdownHeading(debrief.level.title)}`,
    '',
    ...(played ? [`Played ${played.player === null ? '' : `by ${md(played.player)} `}on ${md(whenPlayed(played.playedAt))}.`, ''] : []),
    `**${md(debrief.headline)}** Seed ${debrief.seed}; the shift ended at ${clock(debrief.outcome.endedAtTick)} (${md(debrief.endedBecause)}).`,
    '',
    `- Orders lost: ${impact.ordersLost} of ${impact.ordersExpected} (${(impact.lostShare * 100).toFixed(1)} %)`,
    `- Minutes slow: ${impact.minutesDegraded}; minutes down: ${impact.minutesDown}`,
    '',
    ...counterfactualLines(debrief, rawClock),
    ...scoreLines(debrief, clock),
    ...awardLines(debrief),
    ...helpedSection(debrief),
    '## Timeline',
    '',
    'What happened, what you did, and what you could see at that moment.',
    '',
  ];
  for (const entry of debrief.timeline) {
    lines.push(`- ${clock(entry.tick)} ${entry.who === 'you' ? '**You**: ' : ''}${md(entry.text)}${entry.seen ? ` _(seen then: ${md(entry.seen)})_` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The total and how it comes about, then each family with the lines that make its points. */
function scoreLines(debrief: Debrief, clock: Clock): string[] {
  const { score } = debrief;
  const at = (tick: number | null): string => (tick === null ? '' : ` (${clock(tick)})`);
  const steps = totalSteps(score);
  const lines = [
    `## Score: ${score.total} / 100`,
    '',
    'Each family scores 0 to 100 from the points its rules gave; the level weights the families into the total.',
    '',
    '| family | points from its rules | score | weight |',
    '| --- | --- | --- | --- |',
    ...score.families.map(
      (family) =>
        `| ${markdownCell(family.label)} | ${family.counted ? `${family.earned} of ${family.outOf}` : 'no rule applied'} | ${family.counted ? family.score : 'left out'} | ${family.weight} |`,
    ),
    '',
    `- The families, weighted: ${steps.weighting ? `${md(steps.weighting)} ` : ''}**${steps.familyTotal}**`,
    ...(steps.adjustments.length === 0
      ? ['- Nothing about the run as a whole changed that.']
      : steps.adjustments.map((adjustment) => `- ${signedPoints(adjustment.points)} ${md(adjustment.text)}${at(adjustment.tick)}`)),
    `- Total: **${steps.total}**`,
    '',
  ];
  for (const family of score.families) {
    lines.push(`### ${markdownHeading(familyHeading(family))}`, '');
    for (const reason of family.reasons) {
      const { points, of } = reasonPoints(reason);
      lines.push(`- ${points}${of ? ` ${of}` : ''}: ${md(reasonText(reason))}${at(reason.tick)}`);
    }
    lines.push('');
  }
  return lines;
}

/** The run the player avoided, where they held the change: clearly a counterfactual, never what happened. */
function counterfactualLines(debrief: Debrief, clock: Clock): string[] {
  if (!debrief.counterfactual) return [];
  const words = counterfactualWords(debrief.counterfactual, clock);
  return [`## ${markdownHeading(words.heading)} (a counterfactual)`, '', `_${md(words.intro)}_`, '', ...words.lines.map((line) => `- ${md(line)}`), ''];
}

function awardLines(debrief: Debrief): string[] {
  const award = debrief.score.award;
  return [
    `## ${markdownHeading(award.label)}: ${award.earned ? 'earned' : 'not this time'}`,
    '',
    md(award.why),
    '',
    ...award.learnings.map((learning) => `- [${learning.learned ? 'x' : ' '}] ${md(learning.label)}: ${md(learning.text)}`),
    '',
  ];
}

function helpedSection(debrief: Debrief): string[] {
  const lines = ['## What would have helped', '', 'Under each of the five takeaways, what would have helped this run, with the points it would have added to the total.', ''];
  for (const takeaway of debrief.score.takeaways) {
    const items = helpedLines(takeaway);
    // Said in the heading, so five takeaways with nothing missed do not repeat the same line five times.
    lines.push(`### ${markdownHeading(takeaway.label)}${items.length === 0 ? ' (nothing missed this time)' : ''}`, '', md(takeaway.gist), '');
    for (const item of items) lines.push(`- ${md(item.text)} (${item.points.toFixed(1)} points)`);
    if (items.length > 0) lines.push('');
  }
  return lines;
}
