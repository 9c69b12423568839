// The debrief is built from the run alone: the same score as `npm run sim`, the timeline with what could
// be seen before each action (not hindsight), the site's health per minute, and a Markdown export that
// says all of it in words.

import { describe, expect, it } from 'vitest';
import { playRun } from '../../src/replay/play-run';
import { sampleTimeline, TICKS_PER_SAMPLE, type TimelineSample } from '../../src/replay/timeline';
import { buildDebrief } from '../../src/session/debrief';
import { debriefMarkdown } from '../../src/session/debrief-markdown';
import { scoreRun } from '../../src/sim/scoring/score-run';
import { bundledLevel, bundledReplay } from '../support/level-files';

function debriefOf(replayName: string) {
  const level = bundledLevel();
  const replay = bundledReplay(replayName);
  const samples: TimelineSample[] = [];
  const seed = replay.seed ?? 1;
  const run = playRun(level.sim, seed, replay.commands, {
    onTick: (state) => {
      if (state.tick % TICKS_PER_SAMPLE === 0 || state.incident.outcome) samples.push(sampleTimeline(level.sim, state));
    },
  });
  const score = scoreRun(level.sim, run.events, run.state, level.scoring);
  return { debrief: buildDebrief({ level, seed, state: run.state, events: run.events, samples, commands: replay.commands, score }), score };
}

const clock = (tick: number): string => `t+${tick}`;

describe('the debrief', () => {
  it('carries the run’s own score, outcome and impact', () => {
    const { debrief, score } = debriefOf('skilled');
    expect(debrief.score).toBe(score);
    expect(debrief.headline).toMatch(/^The site is back, and your fix brought it back[.;]/);
    expect(debrief.impact.ordersLost).toBeLessThan(debrief.impact.ordersExpected * 0.02);
  });

  it('puts what could be seen just before beside each of the player’s actions', () => {
    const { debrief } = debriefOf('historical');
    const yours = debrief.timeline.filter((entry) => entry.who === 'you');
    expect(yours.length).toBeGreaterThan(3);
    for (const entry of yours) expect(entry.seen).toMatch(/^Nagios/);
    expect(debrief.timeline.filter((entry) => entry.who === 'world').every((entry) => entry.seen === null)).toBe(true);
    // The fan-out was chosen while Nagios showed dozens of web hosts failing, after the look at web-017.
    expect(yours.find((entry) => entry.text.includes('187 hosts'))!.seen).toMatch(/Nagios showed \d{2,} serving hosts failing;.* last look: web-017 did not answer/);
  });

  it('samples the site’s health once a game minute, as shares', () => {
    const { debrief } = debriefOf('historical');
    expect(debrief.health.length).toBeGreaterThan(20);
    expect(Math.min(...debrief.health.map((point) => point.serving))).toBeLessThan(0.3);
    expect(debrief.health.every((point) => point.serving >= 0 && point.serving <= 1)).toBe(true);
  });

  it('exports as Markdown with the score, its reasons, the award, what would have helped and the timeline', () => {
    const { debrief } = debriefOf('historical');
    const markdown = debriefMarkdown(debrief, clock);
    expect(markdown).toMatch(/^# Debrief: The Apache SNAFU/);
    expect(markdown).toContain(`## Score: ${debrief.score.total} / 100`);
    for (const family of debrief.score.families) expect(markdown).toContain(`### ${family.label}`);
    expect(markdown).toContain('## What would have helped');
    expect(markdown).toContain(`## ${debrief.score.award.label}`);
    expect(markdown).toMatch(/\*\*You\*\*: .*_\(seen then: Nagios/);
  });
});

describe('the debrief timeline', () => {
  it('shows every post the player made, with what it was for', () => {
    const { debrief } = debriefOf('skilled');
    const posts = debrief.timeline.filter((entry) => entry.who === 'you' && entry.text.startsWith('You posted in'));
    expect(posts.length).toBe(6);
    expect(posts.some((entry) => entry.text.includes('(summary)'))).toBe(true);
  });
});
