// Level "A quiet shift", the tutorial: a small fleet and a pin bump that breaks a few web servers, with a
// guide that walks a newcomer through every panel, the kill switch, a canary, the status page and the
// cats. It comes first in the level list, plays in about five real minutes, every step of its guide is
// reachable (its skilled replay does them all, in order), and each step is done by what happened.

import { describe, expect, it } from 'vitest';
import { readLevelCatalog } from '../../scripts/level-catalog-file';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { guideProgress } from '../../src/session/guide-progress';
import { scoreRun } from '../../src/sim/scoring/score-run';
import { bundledLevel, bundledReplay, repoPath } from '../support/level-files';

const level = bundledLevel('a-quiet-shift');
const guide = level.guide!;
const skilled = bundledReplay('skilled', 'a-quiet-shift').commands;
const nothing = bundledReplay('nothing', 'a-quiet-shift').commands;
const SEEDS = [1, 2, 3];

const play = (commands: readonly TimedCommand[], seed = 1) => playRun(level.sim, seed, commands);
const stepOf = (commands: readonly TimedCommand[], id: string, seed = 1) => {
  const progress = guideProgress(guide, play(commands, seed).events);
  return progress.steps.find((step) => step.id === id)!;
};
const without = (commands: readonly TimedCommand[], drop: (entry: TimedCommand) => boolean): TimedCommand[] => commands.filter((entry) => !drop(entry));

describe('a quiet shift, for a newcomer', () => {
  it('comes first in the level list, before the true story, and says what each teaches', () => {
    const catalog = readLevelCatalog(repoPath(''));
    expect(catalog.levels.slice(0, 2).map((candidate) => candidate.meta.id)).toEqual(['a-quiet-shift', 'apache-snafu']);
    expect(level.meta.teaches).toMatch(/stop Chef.*canary/);
    expect(bundledLevel('nobody-at-desks').meta.teaches).toMatch(/^Adaptive capacity/);
  });

  it('is a small fleet, and a failure its skilled run keeps small: a few web servers, and the site never down', () => {
    expect(level.sim.tiers.reduce((sum, tier) => sum + tier.count, 0)).toBeLessThanOrEqual(30);
    for (const seed of SEEDS) {
      const run = play(skilled, seed);
      const brokenWeb = new Set(run.events.flatMap((event) => (event.type === 'apache-failed-to-start' && event.host.startsWith('web-') ? [event.host] : [])));
      expect(brokenWeb.size).toBeGreaterThanOrEqual(1);
      expect(brokenWeb.size).toBeLessThanOrEqual(3);
      expect(run.state.totals.downSeconds).toBe(0);
      expect(run.state.incident.outcome).toMatchObject({ result: 'recovered', reason: 'player-ended' });
    }
  });

  it('still matters: left alone, the change reaches every web server and the site goes down', () => {
    const run = play(nothing);
    const web = level.sim.tiers.find((tier) => tier.id === 'web')!;
    const broken = new Set(run.events.flatMap((event) => (event.type === 'apache-failed-to-start' && event.host.startsWith('web-') ? [event.host] : [])));
    expect(broken.size).toBe(web.count);
    expect(run.state.totals.downSeconds).toBeGreaterThan(0);
  });

  it('plays in about five real minutes at its own speed, with time to spare for reading', () => {
    const endedAt = play(skilled).state.incident.outcome!.endedAtTick;
    expect(endedAt / level.meta.gameSecondsPerRealSecond).toBeLessThanOrEqual(5 * 60);
    expect(level.sim.resolution.timeLimitSeconds / level.meta.gameSecondsPerRealSecond).toBeGreaterThanOrEqual(10 * 60);
  });
});

describe('its guide', () => {
  it('walks through every panel and move the tutorial is for', () => {
    expect(guide.steps.map((step) => step.id)).toEqual([
      'look',
      'kill-switch',
      'page',
      'tell-team',
      'ask-a-cat',
      'status-page',
      'fix-forward',
      'canary',
      'roll-out',
      'switch-back',
      'all-clear',
    ]);
    for (const step of guide.steps) expect(step.text).toMatch(/press|click/i);
  });

  it('is done, every step, in the order it gives them, by the skilled replay on seeds 1 to 3', () => {
    for (const seed of SEEDS) {
      const progress = guideProgress(guide, play(skilled, seed).events);
      expect(progress).toMatchObject({ finished: true, done: guide.steps.length, next: null });
      const ticks = progress.steps.map((step) => step.atTick!);
      expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    }
  });

  it('is not started by doing nothing: the first step waits on screen', () => {
    expect(guideProgress(guide, play(nothing).events)).toMatchObject({ done: 0, next: 0, finished: false });
  });

  it('counts effects: a kill switch on too few hosts, or a wide Chef run before one host, does not do the step', () => {
    const narrowSwitch = skilled.map((entry) => (entry.command.type === 'stop-chef' ? { ...entry, command: { ...entry.command, hosts: ['web-01', 'web-02'] } } : entry));
    expect(stepOf(narrowSwitch, 'kill-switch').status).toBe('open');
    const noCanary = without(skilled, (entry) => entry.command.type === 'run-chef' && entry.command.hosts.length === 1);
    expect(stepOf(noCanary, 'canary').status).toBe('missed');
    expect(stepOf(noCanary, 'roll-out').status).toBe('done');
  });

  it('waits for the page, the fix and the post the step asks for, not for any post or any look', () => {
    const holdingLine = skilled.map((entry) =>
      entry.command.type === 'post-message' && entry.command.intent === 'update' ? { ...entry, command: { ...entry.command, intent: 'looking-into-it' } } : entry,
    );
    expect(stepOf(holdingLine, 'tell-team').status).toBe('open');
    expect(
      stepOf(
        without(skilled, (entry) => entry.command.type === 'ack-page'),
        'page',
      ).status,
    ).toBe('open');
    expect(
      stepOf(
        without(skilled, (entry) => entry.command.type === 'fix-cookbook'),
        'fix-forward',
      ).status,
    ).toBe('open');
  });
});

describe('its reference replays', () => {
  it('score the skilled run well above doing nothing on seeds 1 to 3', () => {
    for (const seed of SEEDS) {
      const score = (commands: readonly TimedCommand[]): number => {
        const run = play(commands, seed);
        return scoreRun(level.sim, run.events, run.state, level.scoring).total;
      };
      const best = score(skilled);
      const none = score(nothing);
      expect(best).toBeGreaterThanOrEqual(80);
      expect(none).toBeLessThanOrEqual(20);
      expect(best).toBeGreaterThan(none);
    }
  }, 60_000);
});
