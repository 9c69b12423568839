// The debrief in HTML, piece by piece: the score per family, the award, the reasons, what would have
// helped under the five takeaways, the timeline beside what could be seen then, and the site's health
// over time with the player's actions marked, and, where the change was held, the counterfactual: what the
// fleet would have done had it gone out. The end scene puts the pieces on screen; every string from the
// run goes through escapeHtml.

import { counterfactualWords } from '../session/counterfactual-words';
import type { Debrief } from '../session/debrief';
import { familySum, helpedLines, isNotCounted, reasonPoints, reasonText, signedPoints, totalSteps } from '../session/score-words';
import type { FamilyScore, RunScore, ScoreReason } from '../sim/scoring/score-types';
import { escapeHtml } from './ui-layer';

export type Clock = (tick: number) => string;

export function familiesHtml(families: readonly FamilyScore[]): string {
  return `<ul class="families">${families
    .map((family) => {
      const value = family.counted ? family.score : null;
      return `<li><span class="family-label">${escapeHtml(family.label)}</span><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="${value ?? 0}" height="10" /></svg><b>${value === null ? '–' : value}</b></li>`;
    })
    .join('')}</ul>`;
}

export function awardHtml(debrief: Debrief, artUrl: (key: string) => string): string {
  const award = debrief.score.award;
  return `<div class="award ${award.earned ? 'earned' : 'missed'}"><img src="${artUrl(award.earned ? 'award' : 'award-missed')}" alt="" />
    <div><h3>${escapeHtml(award.label)}: ${award.earned ? 'yours!' : 'not this time'}</h3><p>${escapeHtml(award.why)}</p></div></div>`;
}

/** The "why this score" tab: how the total comes about, then each family with the lines that make its points. */
export function reasonsHtml(debrief: Debrief, clock: Clock): string {
  return `${totalHtml(debrief.score, clock)}${debrief.score.families
    .map(
      (family) => `<h4 class="family-heading">${escapeHtml(family.label)} <b>${family.counted ? family.score : 'not called for'}</b>
      <span class="dim">${escapeHtml(familySum(family))}${family.counted ? ` · weight ${family.weight}` : ''}</span></h4>
      <ul class="reasons">${family.reasons.map((reason) => reasonHtml(reason, clock)).join('')}</ul>`,
    )
    .join('')}`;
}

function reasonHtml(reason: ScoreReason, clock: Clock): string {
  const when = reason.tick === null ? '' : ` <span class="dim">${clock(reason.tick)}</span>`;
  // A rule nothing in this run called for: no points either way, and it says so in words.
  if (isNotCounted(reason))
    return `<li class="not-counted"><span class="points">–</span><span class="of"></span><span>${escapeHtml(reasonText(reason))} <i>(not counted)</i>${when}</span></li>`;
  const { points, of } = reasonPoints(reason);
  return `<li class="${reason.points > 0 ? 'gain' : reason.points < 0 ? 'loss' : 'none'}"><span class="points">${points}</span><span class="of">${of}</span><span>${escapeHtml(reason.text)}${when}</span></li>`;
}

/** The total's computation: each counted family's score times its weight, the weighted result, each adjustment, the total. */
function totalHtml(score: RunScore, clock: Clock): string {
  const steps = totalSteps(score);
  const families = score.families
    .map((family) => `<tr class="${family.counted ? '' : 'dim'}"><td>${escapeHtml(family.label)}</td><td>${family.counted ? `${family.score} × ${family.weight}` : 'left out'}</td></tr>`)
    .join('');
  const adjustments = steps.adjustments
    .map(
      (adjustment) =>
        `<tr class="loss"><td>${escapeHtml(adjustment.text)}${adjustment.tick === null ? '' : ` <span class="dim">${clock(adjustment.tick)}</span>`}</td><td>${signedPoints(adjustment.points)}</td></tr>`,
    )
    .join('');
  return `<h4>How the total comes about</h4><table class="total-sum">${families}
    <tr class="subtotal"><td>The families weighted together${steps.divisor === null ? '' : ` (the sum ÷ ${steps.divisor})`}</td><td>${steps.familyTotal}</td></tr>${adjustments}
    <tr class="grand"><td>Total</td><td>${steps.total}</td></tr></table>`;
}

export function takeawaysHtml(debrief: Debrief): string {
  const learnings = debrief.score.award.learnings
    .map(
      (learning) =>
        `<li class="${learning.learned ? 'gain' : 'none'}"><span class="points">${learning.learned ? '✓' : '·'}</span>${escapeHtml(learning.label)}: ${escapeHtml(learning.text)}</li>`,
    )
    .join('');
  const takeaways = debrief.score.takeaways
    .map(
      (takeaway) => `<h4>${escapeHtml(takeaway.label)}</h4><p class="dim">${escapeHtml(takeaway.gist)}</p>
      <ul class="reasons">${
        takeaway.helped.length === 0
          ? '<li class="none"><span class="points">✓</span>Nothing missed here this time.</li>'
          : helpedLines(takeaway)
              .map((item) => `<li class="loss"><span class="points">${item.points.toFixed(1)}</span>${escapeHtml(item.text)}</li>`)
              .join('')
      }</ul>`,
    )
    .join('');
  return `<h4>What you learned on the way</h4><ul class="reasons">${learnings}</ul>
    <p class="dim">Under each of the five takeaways, what would have helped this run, with the points it would have added to the total.</p>${takeaways}`;
}

/**
 * Where the change was held and never went out: what the fleet would have done had it gone out, labelled
 * as the counterfactual it is. Empty for every other run. The timeline tab opens with it.
 */
export function counterfactualHtml(debrief: Debrief, clock: Clock): string {
  if (!debrief.counterfactual) return '';
  const words = counterfactualWords(debrief.counterfactual, clock);
  return `<section class="counterfactual" aria-label="${escapeHtml(words.heading)}"><h4>${escapeHtml(words.heading)} <span class="dim">(a counterfactual)</span></h4>
    <p class="dim">${escapeHtml(words.intro)}</p>
    <ul class="reasons">${words.lines.map((line) => `<li class="none"><span class="points">·</span>${escapeHtml(line)}</li>`).join('')}</ul></section>`;
}

export function timelineHtml(debrief: Debrief, clock: Clock): string {
  return `${counterfactualHtml(debrief, clock)}<ol class="debrief-timeline">${debrief.timeline
    .map(
      (entry) =>
        `<li class="${entry.who}"><span class="when">${clock(entry.tick)}</span><span class="what">${entry.who === 'you' && !entry.text.startsWith('You') ? '<b>You:</b> ' : ''}${escapeHtml(entry.text)}${
          entry.seen ? `<span class="seen">seen then: ${escapeHtml(entry.seen)}</span>` : ''
        }</span></li>`,
    )
    .join('')}</ol>`;
}

/** Web hosts serving (green) and the error rate (red) over the run, with a mark for each of your actions. */
export function healthChartSvg(debrief: Debrief, width: number, height: number): string {
  const points = debrief.health;
  if (points.length < 2) return '';
  const end = Math.max(1, points[points.length - 1]!.tick);
  const pad = { left: 4, right: 4, top: 8, bottom: 18 };
  const x = (tick: number): number => pad.left + (tick / end) * (width - pad.left - pad.right);
  const y = (share: number): number => pad.top + (1 - Math.max(0, Math.min(1, share))) * (height - pad.top - pad.bottom);
  const line = (value: (point: (typeof points)[number]) => number): string =>
    points.map((point, i) => `${i === 0 ? 'M' : 'L'}${x(point.tick).toFixed(1)} ${y(value(point)).toFixed(1)}`).join('');
  const marks = debrief.timeline
    .filter((entry) => entry.who === 'you')
    .map((entry) => `<line x1="${x(entry.tick).toFixed(1)}" x2="${x(entry.tick).toFixed(1)}" y1="${height - pad.bottom + 2}" y2="${height - 4}" class="mark" />`)
    .join('');
  return `<svg class="health-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Site health over the run">
    <line x1="${pad.left}" x2="${width - pad.right}" y1="${y(1)}" y2="${y(1)}" class="grid" />
    <line x1="${pad.left}" x2="${width - pad.right}" y1="${y(0)}" y2="${y(0)}" class="grid" />
    <path d="${line((point) => point.serving)}" class="serving" />
    <path d="${line((point) => point.errorRate)}" class="errors" />
    ${marks}
  </svg>`;
}
