// What the player sees of the review and the debrief of a held change: the review known because the author
// said it aloud, every new event said in plain words, and the debrief of the incident that did not happen,
// with the counterfactual on the end screen and in the Markdown, always labelled as what it is.

import { describe, expect, it, vi } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { describeEvent } from '../../src/session/describe-event';
import { debriefMarkdown } from '../../src/session/debrief-markdown';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import { shiftTimeline } from '../../src/session/shift-timeline';
import { counterfactualHtml, timelineHtml } from '../../src/ui/debrief-view';
import { debriefOfRun } from '../support/debrief-of';
import { bundledLevel } from '../support/level-files';

vi.setConfig({ testTimeout: 30_000 });

const level = bundledLevel('hindsight');
const clock = (tick: number): string => `t+${tick}`;
const at = (atTick: number, command: TimedCommand['command']): TimedCommand => ({ atTick, command });
const stagedHold = [at(8, { type: 'hold-change', reason: 'staging first' }), at(9, { type: 'test-in-staging', version: '2.2.22' })];

describe('the review, as the player knows it', () => {
  it('is known once asked: who, what, and when it goes out without an answer; settled, the deadline is gone', () => {
    const asked = playRun(level.sim, 1, [], { untilTick: 20 });
    const view = playerView(level.sim, asked.state, new KnownWorld());
    expect(view.review).toEqual({ by: 'Robin', version: '2.2.22', status: 'asked', askedAtTick: 5, pushesAnywayAtTick: 900 });
    const held = playRun(level.sim, 1, [at(8, { type: 'hold-change' })], { untilTick: 20 });
    expect(playerView(level.sim, held.state, new KnownWorld()).review).toMatchObject({ status: 'held', pushesAnywayAtTick: null });
  });

  it('is not there on a level without a review', () => {
    const faithful = bundledLevel('apache-snafu').sim;
    expect(playerView(faithful, playRun(faithful, 1, [], { untilTick: 5 }).state, new KnownWorld()).review).toBeNull();
  });
});

describe('the new events, in words', () => {
  const run = playRun(level.sim, 1, stagedHold);
  const lines = run.events.map((event) => describeEvent(event)).filter((line): line is string => line !== null);

  it('say what happened plainly, and the shift’s story keeps the answer and its ending', () => {
    expect(lines).toContain('Robin asks you to look at the change first: httpd pinned to 2.2.22 for every node. If nobody says anything, it goes out in 14 min 55 s.');
    expect(lines).toContain('You held the change: Robin keeps httpd 2.2.22 back. Why: “staging first”');
    expect(lines).toContain('The staging test shows httpd 2.2.22 breaking Apache (staging-01, staging-02), before the fleet has it.');
    expect(lines).toContain('The incident that did not happen: the change was held after the staging test showed it failing, and 180 production hosts never took it.');
    expect(lines).toContain('The shift is over: customers never noticed.');
    const story = shiftTimeline(run.events).map((entry) => entry.text);
    expect(story).toContain('You held the change: Robin keeps httpd 2.2.22 back. Why: “staging first”');
    expect(story.at(-1)).toBe('The shift is over: customers never noticed.');
  });

  it('say when meta-monitoring pages, and when the change went out because nobody objected', () => {
    const nothing = playRun(level.sim, 1, [], { untilTick: 1500 });
    const words = nothing.events.map((event) => describeEvent(event));
    expect(words).toContain('Nobody objected, so Robin pushed httpd 2.2.22 to every node.');
    expect(words).toContain('META Graphite (the graphs) is not answering: the graphs on screen are stale, not live (paged).');
  });
});

describe('the debrief of a held change', () => {
  const { debrief } = debriefOfRun(stagedHold, 1, level);

  it('says how the shift ended, in words', () => {
    expect(debrief.headline).toMatch(/^The incident that did not happen\./);
    expect(debrief.endedBecause).toBe('you held the change on what trying it showed');
    expect(debrief.ending.averted).toMatchObject({ evidence: 'staging', hostsKept: 180 });
    expect(debriefMarkdown(debrief, clock)).toContain('(you held the change on what trying it showed)');
  });

  it('opens the end screen’s timeline with the counterfactual, labelled as one', () => {
    const html = timelineHtml(debrief, clock);
    expect(html.startsWith(counterfactualHtml(debrief, clock))).toBe(true);
    expect(html).toContain('What the fleet would have done had the change gone out <span class="dim">(a counterfactual)</span>');
    expect(html).toContain('A counterfactual, not what happened: the same morning played again by the simulation, with Robin pushing httpd 2.2.22 at t+8');
    expect(html).toContain('Apache would have been down on 113 of 120 web hosts and 60 of 60 API hosts');
  });

  it('has no counterfactual where the change went out, and the end screen shows none', () => {
    const approved = debriefOfRun([at(8, { type: 'approve-change' })], 1, level).debrief;
    expect(approved.counterfactual).toBeNull();
    expect(counterfactualHtml(approved, clock)).toBe('');
    expect(debriefMarkdown(approved, clock)).not.toContain('counterfactual');
    expect(approved.endedBecause).toBe('its time ran out');
  });
});
