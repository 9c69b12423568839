// Level "The five-minute cut": the true story for a conference booth or a talk, told in about five real
// minutes at the level's own speed. The fleet, the Apache package, the change, the traffic, the people and
// the scoring are the faithful level's; Chef runs twice as often (and the Chef server carries twice the runs),
// monitoring checks twice as fast, the cats come sooner, and the level ends by itself a minute of game time
// after the incident is resolved. Every beat of the story comes from the simulation, not a cut-scene: these
// tests find each one in a run's events. The true story's run (the historical replay) reaches every beat; the
// skilled run stops Chef as Robin warns, so the graphs never go dark and the php7 boxes are never all that is
// left. Its reference replays keep the order a facilitator relies on: skilled > historical > nothing.

import { describe, expect, it } from 'vitest';
import { readLevelCatalog } from '../../scripts/level-catalog-file';
import { playRun, type PlayResult, type TimedCommand } from '../../src/replay/play-run';
import { SIGHT_SERVICES } from '../../src/sim/config';
import { totalOf } from '../support/total-of';
import { bundledLevel, bundledReplay, repoPath } from '../support/level-files';

const level = bundledLevel('conference-cut');
const faithful = bundledLevel('apache-snafu');
const SEEDS = [1, 2, 3];
const SPEED = level.meta.gameSecondsPerRealSecond;
const runs: Record<'nothing' | 'historical' | 'skilled', readonly TimedCommand[]> = {
  nothing: [],
  historical: bundledReplay('historical', 'conference-cut').commands,
  skilled: bundledReplay('skilled', 'conference-cut').commands,
};

/** The game second each beat of the story first happened in a run, or null when it never did. */
interface Beats {
  /** Robin's pin bump went out to the fleet. */
  pin: number | null;
  /** Customers felt it: a pool stopped being healthy. */
  hurt: number | null;
  /** The on-call was paged. */
  page: number | null;
  /** A tool the fleet is seen through (the graphs, the Nagios UI) lost Apache: graph-blind. */
  blind: number | null;
  /** Every php7 box still serving while most of the other web servers are down: the accidental survivors. */
  survivors: number | null;
  /**
   * The fix: the cookbook fixed forward (it deletes the default config before it starts Apache), or, as the
   * real team did it, a second Chef run forced on many hosts at once (a dsh fan-out of the player's).
   */
  fix: number | null;
  resolved: number | null;
}

function beatsOf(commands: readonly TimedCommand[], seed: number): { beats: Beats; run: PlayResult } {
  const tierIndex = (id: string): number => level.sim.tiers.findIndex((tier) => tier.id === id);
  const [web, php7] = [tierIndex('web'), tierIndex('php7')];
  const webCount = level.sim.tiers[web]!.count;
  let survivors: number | null = null;
  const run = playRun(level.sim, seed, commands, {
    onTick: (state) => {
      if (survivors !== null) return;
      const down = state.hosts.filter((host) => host.tierIndex === web && host.apache.status !== 'running').length;
      const php7Hosts = state.hosts.filter((host) => host.tierIndex === php7);
      const serving = php7Hosts.every((host) => host.apache.status === 'running' && host.lb?.inPool === true && !host.lb.drained);
      if (serving && down > webCount / 2) survivors = state.tick;
    },
  });
  const first = (match: (event: PlayResult['events'][number]) => boolean): number | null => run.events.find(match)?.tick ?? null;
  const beats: Beats = {
    pin: first((event) => event.type === 'pin-changed' && event.version === level.sim.change.pinVersion && event.by === level.sim.change.by),
    hurt: first((event) => event.type === 'customers-affected'),
    page: first((event) => event.type === 'page-sent'),
    blind: first((event) => event.type === 'tool-went-down' && SIGHT_SERVICES.includes(event.service)),
    survivors,
    fix: first((event) => event.type === 'cookbook-fixed' || (event.type === 'task-started' && event.action === 'run-chef' && event.hostCount > 1 && event.by === 'player')),
    resolved: first((event) => event.type === 'incident-resolved'),
  };
  return { beats, run };
}

/** The run's length in real seconds at the level's own speed. */
const realSeconds = (ticks: number): number => ticks / SPEED;

describe('the five-minute cut', () => {
  it('is the true story’s morning: the same fleet, Apache, change, traffic and people, with no Chef kill switch', () => {
    for (const part of ['tiers', 'loadBalancer', 'traffic', 'featureFlags', 'channels'] as const) expect(level.sim[part], part).toEqual(faithful.sim[part]);
    const sameApache = ({ failedStartTimeoutSeconds: _, ...apache }: typeof level.sim.apache) => apache;
    expect(sameApache(level.sim.apache)).toEqual(sameApache(faithful.sim.apache));
    const web = level.sim.tiers.filter((tier) => (tier.group ?? tier.id) === 'web');
    expect(web.reduce((sum, tier) => sum + tier.count, 0)).toBe(120);
    expect(level.sim.tiers.find((tier) => tier.id === 'php7')!.count).toBe(7);
    expect({ ...level.sim.change, pushAtSecond: 0 }).toEqual({ ...faithful.sim.change, pushAtSecond: 0 });
    expect(level.sim.chef.hasFleetPause).toBe(false);
    expect(level.sim.staging?.tierId).toBe(faithful.sim.staging?.tierId);
    expect(level.sim.responders.map((responder) => responder.id)).toEqual(faithful.sim.responders.map((responder) => responder.id));
    expect(level.scoring).toEqual(faithful.scoring);
  });

  it('is cut for a booth: the pin goes out within seconds, Chef runs more often, and the level ends by itself', () => {
    expect(realSeconds(level.sim.change.pushAtSecond!)).toBeLessThanOrEqual(5);
    expect(level.sim.chef.intervalSeconds).toBeLessThan(faithful.sim.chef.intervalSeconds);
    expect(level.sim.resolution.graceSeconds).not.toBeNull();
    expect(realSeconds(level.sim.resolution.graceSeconds!)).toBeLessThanOrEqual(30);
    // Nobody at the keyboard: the level still ends within the booth's few minutes.
    expect(realSeconds(level.sim.resolution.timeLimitSeconds)).toBeLessThanOrEqual(8 * 60);
    expect(level.meta.teaches).toBeTruthy();
    expect(Object.keys(level.sim.injections ?? {}).sort()).toEqual(Object.keys(faithful.sim.injections ?? {}).sort());
  });

  it('comes after the newcomer’s first three levels, by title', () => {
    const ids = readLevelCatalog(repoPath('')).levels.map((candidate) => candidate.meta.id);
    expect(ids.slice(0, 3)).toEqual(['a-quiet-shift', 'apache-snafu', 'hindsight']);
    expect(ids).toContain('conference-cut');
  });
});

describe('the level’s reference replays', () => {
  it('rank skilled > historical > nothing on seeds 1 to 3, each well apart', () => {
    for (const seed of SEEDS) {
      const total = (commands: readonly TimedCommand[]): number => totalOf(level, seed, commands);
      const [nothing, historical, skilled] = [total(runs.nothing), total(runs.historical), total(runs.skilled)];
      expect(nothing, `seed ${seed}`).toBeLessThanOrEqual(20);
      expect(historical - nothing, `seed ${seed}`).toBeGreaterThanOrEqual(25);
      expect(skilled - historical, `seed ${seed}`).toBeGreaterThanOrEqual(35);
      expect(skilled, `seed ${seed}`).toBeGreaterThanOrEqual(90);
    }
  }, 60_000);

  it('the skilled run resolves and hands over within the five-minute budget, in real time at the level’s speed', () => {
    for (const seed of SEEDS) {
      const { beats, run } = beatsOf(runs.skilled, seed);
      expect(run.state.incident.outcome?.result, `seed ${seed}`).toBe('recovered');
      expect(beats.resolved, `seed ${seed}`).not.toBeNull();
      expect(realSeconds(beats.resolved!), `seed ${seed}`).toBeLessThanOrEqual(300);
      expect(realSeconds(run.state.tick), `seed ${seed}`).toBeGreaterThanOrEqual(240);
      expect(realSeconds(run.state.tick), `seed ${seed}`).toBeLessThanOrEqual(360);
    }
  });

  it('the true story’s run reaches every beat, in order, and ends by itself within about five real minutes', () => {
    for (const seed of SEEDS) {
      const { beats, run } = beatsOf(runs.historical, seed);
      for (const [name, tick] of Object.entries(beats)) expect(tick, `seed ${seed}: ${name}`).not.toBeNull();
      const { pin, hurt, page, blind, survivors, fix, resolved } = beats as Record<keyof Beats, number>;
      // The pin within seconds, the first broken web server, the page within a real minute.
      expect(realSeconds(pin)).toBeLessThanOrEqual(5);
      expect(pin).toBeLessThan(hurt);
      expect(hurt).toBeLessThan(page);
      expect(realSeconds(page)).toBeLessThanOrEqual(60);
      // Then the dark graphs and the seven php7 boxes holding the shop up while the rest of the web tier is down,
      // the forced second run, and the incident resolved after all of it.
      expect(page).toBeLessThan(blind);
      expect(page).toBeLessThan(survivors);
      expect(page).toBeLessThan(fix);
      expect(resolved).toBeGreaterThan(Math.max(blind, survivors, fix));
      expect(run.state.incident.outcome).toMatchObject({ result: 'recovered', reason: 'resolved' });
      expect(realSeconds(run.state.tick)).toBeGreaterThanOrEqual(180);
      expect(realSeconds(run.state.tick)).toBeLessThanOrEqual(360);
    }
  });

  it('the skilled run tells the same story up to the page, then keeps most of it from happening', () => {
    for (const seed of SEEDS) {
      const { beats } = beatsOf(runs.skilled, seed);
      const { pin, hurt, page, fix, resolved } = beats as Record<keyof Beats, number>;
      for (const tick of [pin, hurt, page, fix, resolved]) expect(tick, `seed ${seed}`).not.toBeNull();
      expect(pin).toBeLessThan(hurt);
      expect(hurt).toBeLessThan(page);
      expect(page).toBeLessThan(fix);
      expect(fix).toBeLessThan(resolved);
      // chef-client stopped as Robin warns: the graphs never go dark and most web servers never break, so
      // the php7 survivors are never all that is left. That is what a kill switch buys.
      expect(beats.blind, `seed ${seed}`).toBeNull();
      expect(beats.survivors, `seed ${seed}`).toBeNull();
    }
  });

  it('doing nothing: the fleet breaks, goes blind, and only heals on Chef’s own next runs, minutes later', () => {
    for (const seed of SEEDS) {
      const nothing = beatsOf(runs.nothing, seed);
      const historical = beatsOf(runs.historical, seed);
      expect(nothing.beats.blind, `seed ${seed}`).not.toBeNull();
      expect(nothing.beats.survivors, `seed ${seed}`).not.toBeNull();
      expect(nothing.beats.fix).toBeNull();
      expect(nothing.beats.resolved!).toBeGreaterThan(historical.beats.resolved! + 120);
      expect(realSeconds(nothing.run.state.tick)).toBeLessThanOrEqual(realSeconds(level.sim.resolution.timeLimitSeconds));
    }
  });
});
