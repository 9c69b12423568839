// The debrief as Markdown, for a facilitator's notes or a team's postmortem doc: the same content as
// the end screen, in the same blameless words.

import { signedPoints, type Debrief } from './debrief';

export function debriefMarkdown(debrief: Debrief, clock: (tick: number) => string): string {
  const { score, impact } = debrief;
  const lines: string[] = [
    `# Debrief: ${debrief.level.title}`,
    '',
    `**${debrief.headline}** Seed ${debrief.seed}; the shift ended at ${clock(debrief.outcome.endedAtTick)} (${debrief.outcome.reason.replace('-', ' ')}).`,
    '',
    `- Orders lost: ${impact.ordersLost} of ${impact.ordersExpected} (${(impact.lostShare * 100).toFixed(1)} %)`,
    `- Minutes slow: ${impact.minutesDegraded}; minutes down: ${impact.minutesDown}`,
    '',
    `## Score: ${score.total} / 100`,
    '',
    '| family | score | weight |',
    '| --- | --- | --- |',
    ...score.families.map((family) => `| ${family.label} | ${family.counted ? family.score : 'not called for'} | ${family.weight} |`),
    '',
  ];
  for (const family of score.families) {
    lines.push(`### ${family.label}: ${family.counted ? family.score : 'not called for'}`, '');
    for (const reason of family.reasons) lines.push(`- ${signedPoints(reason.points)} ${reason.text}${reason.tick === null ? '' : ` (${clock(reason.tick)})`}`);
    lines.push('');
  }
  lines.push(`## ${score.award.label}: ${score.award.earned ? 'earned' : 'not this time'}`, '', score.award.why, '');
  for (const learning of score.award.learnings) lines.push(`- [${learning.learned ? 'x' : ' '}] ${learning.label}: ${learning.text}`);
  lines.push('', '## What would have helped', '');
  for (const takeaway of score.takeaways) {
    lines.push(`### ${takeaway.label}`, '', takeaway.gist, '');
    if (takeaway.helped.length === 0) lines.push('- Nothing missed here this time.');
    for (const item of takeaway.helped) lines.push(`- ${item.text} (${item.missedTotalPoints.toFixed(1)} points)`);
    lines.push('');
  }
  lines.push('## Timeline', '', 'What happened, what you did, and what you could see at that moment.', '');
  for (const entry of debrief.timeline) {
    lines.push(`- ${clock(entry.tick)} ${entry.who === 'you' ? '**You**: ' : ''}${entry.text}${entry.seen ? ` _(seen then: ${entry.seen})_` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
