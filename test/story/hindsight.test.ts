// Level "Hindsight": the same morning with what the team wished for (a fleet-wide Chef pause, staging
// ready in two minutes, monitoring that says when the monitoring is down), and Robin asking for a look at
// the pin bump before pushing it. A change tried first and held ends the incident before it starts; the
// debrief shows what the fleet would have done, as the counterfactual it is. Its reference replays keep
// the order a facilitator relies on: skilled > historical > nothing.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { newcomerOrder } from '../../src/levels/level-catalog-rules';
import { debriefMarkdown } from '../../src/session/debrief-markdown';
import { debriefOfRun } from '../support/debrief-of';
import { totalOf } from '../support/total-of';
import { bundledLevel, bundledReplay } from '../support/level-files';

const level = bundledLevel('hindsight');
const faithful = bundledLevel('apache-snafu');
const SEEDS = [1, 2, 3];
const runs: Record<'nothing' | 'historical' | 'skilled', readonly TimedCommand[]> = {
  nothing: bundledReplay('nothing', 'hindsight').commands,
  historical: bundledReplay('historical', 'hindsight').commands,
  skilled: bundledReplay('skilled', 'hindsight').commands,
};

describe('hindsight', () => {
  it('is the faithful level’s morning: the same fleet, Apache, change, traffic and people', () => {
    for (const part of ['tiers', 'apache', 'loadBalancer', 'traffic', 'featureFlags', 'channels', 'responders', 'resolution'] as const) {
      expect(level.sim[part], part).toEqual(faithful.sim[part]);
    }
    const { review, ...change } = level.sim.change;
    expect(change).toEqual({ ...faithful.sim.change, pushAtSecond: null });
    expect(review).toBeTruthy();
  });

  it('has the tools the team wished for: a Chef pause, quick staging and meta-monitoring', () => {
    expect(level.sim.chef.hasFleetPause).toBe(true);
    expect(faithful.sim.chef.hasFleetPause).toBe(false);
    expect(level.sim.staging!.setupSeconds).toBeLessThanOrEqual(180);
    expect(level.sim.staging!.setupSeconds).toBeLessThan(faithful.sim.staging!.setupSeconds / 5);
    expect(level.sim.monitoring.metaMonitoring).toBe(true);
  });

  it('asks before anything goes out, and gives the player time to try the change first', () => {
    const review = level.sim.change.review!;
    expect(review.askAtSecond).toBeLessThan(30);
    // Staging's setup and its two Chef runs fit before Robin stops waiting, with minutes to spare.
    expect(review.pushesAnywayAtSecond - review.askAtSecond).toBeGreaterThan(level.sim.staging!.setupSeconds + 2 * 300);
  });

  it('comes right after the true story for a newcomer, and teaches in a line', () => {
    const ids = [bundledLevel('chat-down'), level, bundledLevel('nobody-at-desks'), faithful, bundledLevel('a-quiet-shift')].sort(newcomerOrder).map((candidate) => candidate.meta.id);
    expect(ids.slice(0, 3)).toEqual(['a-quiet-shift', 'apache-snafu', 'hindsight']);
    expect(level.meta.teaches).toMatch(/try a change before the fleet gets it/);
  });
});

describe('the level’s reference replays', () => {
  it('rank skilled > historical > nothing on seeds 1 to 3, each well apart', () => {
    for (const seed of SEEDS) {
      const total = (commands: readonly TimedCommand[]): number => totalOf(level, seed, commands);
      const [nothing, historical, skilled] = [total(runs.nothing), total(runs.historical), total(runs.skilled)];
      expect(nothing).toBeLessThanOrEqual(20);
      expect(historical - nothing).toBeGreaterThanOrEqual(20);
      expect(skilled - historical).toBeGreaterThanOrEqual(40);
      expect(skilled).toBeGreaterThanOrEqual(95);
    }
  }, 60_000);

  it('the skilled run ends early, with the incident that did not happen', () => {
    for (const seed of SEEDS) {
      const run = playRun(level.sim, seed, runs.skilled);
      const averted = run.events.find((event) => event.type === 'incident-averted');
      expect(averted).toMatchObject({ evidence: 'staging' });
      expect(run.state.incident.outcome).toMatchObject({ result: 'no-impact', endedAtTick: averted!.tick });
      expect(averted!.tick).toBeLessThan(level.sim.change.review!.pushesAnywayAtSecond);
      expect(run.state.pin).toBe(level.sim.apache.pinnedVersion);
      expect(run.state.totals.degradedSeconds).toBe(0);
    }
  });

  it('the skilled debrief says so, and shows what the fleet would have done: real broken hosts, as a counterfactual', () => {
    const { debrief } = debriefOfRun(runs.skilled, 1, level);
    expect(debrief.headline).toMatch(/^The incident that did not happen\. Staging showed the change breaking Apache, you held it, and 180 production hosts never took it\.$/);
    expect(debrief.endedBecause).toBe('you held the change on what trying it showed');
    const counterfactual = debrief.counterfactual!;
    expect(counterfactual.worst.webDown + counterfactual.worst.apiDown).toBe(173);
    expect(counterfactual.hostsBroken).toBeGreaterThanOrEqual(173);
    expect(counterfactual.ordersLost).toBeGreaterThan(1000);
    expect(counterfactual.blind).not.toBeNull();
    const markdown = debriefMarkdown(debrief, (tick) => `t+${tick}`);
    expect(markdown).toContain('## What the fleet would have done had the change gone out (a counterfactual)');
    expect(markdown).toContain('A counterfactual, not what happened');
    expect(markdown).toContain('Apache would have been down on 113 of 120 web hosts and 60 of 60 API hosts');
  }, 30_000);

  it('the historical run approves without a look, and the morning goes the way it went', () => {
    const run = playRun(level.sim, 1, runs.historical);
    const approved = run.events.find((event) => event.type === 'change-approved');
    expect(approved).toMatchObject({ evidence: null });
    expect(run.events.some((event) => event.type === 'staging-test-started')).toBe(false);
    expect(run.events.filter((event) => event.type === 'apache-failed-to-start').length).toBeGreaterThan(150);
    expect(run.state.incident.outcome?.result).toBe('recovered');
  });

  it('doing nothing lets the change out when nobody objected, and the monitoring says when it goes blind', () => {
    const run = playRun(level.sim, 1, runs.nothing);
    expect(run.events.find((event) => event.type === 'change-pushed-anyway')?.tick).toBe(level.sim.change.review!.pushesAnywayAtSecond);
    const raised = run.events.filter((event) => event.type === 'monitoring-alert-raised');
    expect(raised.map((event) => event.type === 'monitoring-alert-raised' && event.service)).toEqual(expect.arrayContaining(['dashboards', 'host-status']));
    expect(run.events.some((event) => event.type === 'page-sent' && event.tier === 'monitoring')).toBe(true);
  });
});
