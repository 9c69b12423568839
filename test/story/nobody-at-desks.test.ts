// Level "Nobody at their desks": the faithful level's failure on a bank holiday morning. The office is
// empty; fewer cats can be reached, each minutes away and slow to catch up. The lesson is adaptive
// capacity: ask at once, do the urgent work by hand, and leave a summary a late joiner can read. Its
// reference replays keep the order a facilitator relies on: skilled > historical > nothing.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { totalOf } from '../support/total-of';
import { bundledLevel, bundledReplay } from '../support/level-files';
import { World } from '../support/run-sim';

const level = bundledLevel('nobody-at-desks');
const faithful = bundledLevel('apache-snafu');
const SEEDS = [1, 2, 3];
const clearAsk = { type: 'post-message', channel: 'ops', text: 'I need hands: Apache fails after the pin bump.', intent: 'ask-help' } as const;
const summary = { type: 'post-message', channel: 'ops', text: 'Summary: the upgrade leaves a config that stops Apache; Chef is stopped.', intent: 'summary' } as const;

describe('nobody at their desks', () => {
  it('is the faithful level’s failure: the same fleet, change, Chef, traffic and monitoring', () => {
    for (const part of ['tiers', 'chef', 'apache', 'change', 'loadBalancer', 'traffic', 'featureFlags', 'monitoring', 'channels', 'staging', 'resolution'] as const) {
      expect(level.sim[part], part).toEqual(faithful.sim[part]);
    }
    expect(level.scoring).toEqual(faithful.scoring);
  });

  it('has fewer cats, each minutes away, and slower to catch up without a summary', () => {
    expect(level.sim.responders.length).toBeLessThan(faithful.sim.responders.length);
    for (const responder of level.sim.responders) expect(responder.joinsAfterSeconds).toBeGreaterThanOrEqual(300);
    expect(Math.min(...level.sim.responders.map((responder) => responder.joinsAfterSeconds))).toBeGreaterThan(
      Math.max(...faithful.sim.responders.map((responder) => responder.joinsAfterSeconds)),
    );
    expect(level.sim.coordination.catchUpSeconds).toBeGreaterThan(faithful.sim.coordination.catchUpSeconds);
    expect(level.sim.responders.map((responder) => responder.specialty)).not.toContain('comms');
  });

  it('brings nobody until asked, and the first cat only minutes after a clear ask', () => {
    const world = new World(level.sim).runUntil(62).give(clearAsk);
    world.runUntil(400);
    expect(world.eventsOf('responder-joined')).toEqual([]);
    const first = world.runUntilEvent('responder-joined');
    expect(first.tick).toBeGreaterThanOrEqual(62 + Math.min(...level.sim.responders.map((responder) => responder.joinsAfterSeconds)));
  });

  it('lets a late joiner catch up in seconds from a running summary, and in minutes without one', () => {
    const caughtUp = (withSummary: boolean): number => {
      const world = new World(level.sim).runUntil(62).give(clearAsk);
      if (withSummary) world.runUntil(300).give(summary);
      const joined = world.runUntilEvent('responder-joined');
      const caught = world.runUntilEvent('responder-caught-up', (event) => event.responder === joined.responder);
      expect(caught.withSummary).toBe(withSummary);
      return caught.tick - joined.tick;
    };
    expect(caughtUp(true)).toBeLessThanOrEqual(level.sim.coordination.catchUpWithSummarySeconds + 1);
    expect(caughtUp(false)).toBeGreaterThanOrEqual(level.sim.coordination.catchUpSeconds);
  });

  it('does not fit the faithful level’s plan: jobs for cats who are away, or not there yet, are refused', () => {
    const run = playRun(level.sim, 1, bundledReplay('skilled').commands);
    const refused = run.events.filter((event) => event.type === 'command-refused' && event.command === 'assign-job');
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe('the level’s reference replays', () => {
  const runs: Record<'nothing' | 'historical' | 'skilled', readonly TimedCommand[]> = {
    nothing: [],
    historical: bundledReplay('historical', 'nobody-at-desks').commands,
    skilled: bundledReplay('skilled', 'nobody-at-desks').commands,
  };

  it('rank skilled > historical > nothing on seeds 1 to 3, each well apart', () => {
    for (const seed of SEEDS) {
      const total = (commands: readonly TimedCommand[]): number => totalOf(level, seed, commands);
      const [nothing, historical, skilled] = [total(runs.nothing), total(runs.historical), total(runs.skilled)];
      expect(nothing).toBeLessThanOrEqual(20);
      expect(historical - nothing).toBeGreaterThanOrEqual(20);
      expect(skilled - historical).toBeGreaterThanOrEqual(20);
      expect(skilled).toBeGreaterThanOrEqual(90);
    }
    // Nine runs of the whole hour: the level has no grace, so nothing ends them early.
  }, 90_000);

  it('the skilled run asks at once and gives every cat who came a job', () => {
    const run = playRun(level.sim, 1, runs.skilled);
    const firstAsk = run.events.find((event) => event.type === 'responder-called');
    expect(firstAsk?.tick).toBeLessThanOrEqual(70);
    const joined = new Set(run.events.flatMap((event) => (event.type === 'responder-joined' ? [event.responder] : [])));
    const employed = new Set(run.events.flatMap((event) => (event.type === 'job-assigned' ? [event.responder] : [])));
    expect([...joined].filter((responder) => !employed.has(responder))).toEqual([]);
    expect(run.events.some((event) => event.type === 'responder-acted-alone')).toBe(false);
  }, 30_000);
});
