// The adversarial suite for "a score that follows what happened, not what was clicked": runs written to
// game the score (talk without fixing, switches flipped and flipped back, canaries that change nothing,
// harm done with a clean conscience), each played on the real level and scored as the debrief scores it.
// Every run first proves it produced the situation it claims (hosts still broken, the site down for ten
// minutes, the survivors broken), so an expectation on the score cannot pass for the wrong reason.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { describeEvent } from '../../src/session/describe-event';
import type { Command } from '../../src/sim/commands';
import { createState } from '../../src/sim/create-state';
import { step } from '../../src/sim/step';
import { parseTerminalLine } from '../../src/terminal/parse-terminal-line';
import { terminalContextFor } from '../../src/terminal/terminal-context';
import {
  ALL_CLEAR_TICK,
  FLEET,
  STOP_FLEET,
  TALK,
  allReasons,
  allTexts,
  at,
  brokenAtRiskHosts,
  brokenServingAt,
  brokenServingHosts,
  chefRunSpans,
  firstHits,
  isAtRisk,
  level,
  play,
  reference,
  runAround,
  unresolvedCap,
  webHosts,
  type ScoredRun,
} from './adversarial-runs';
import { family, reasons, rulePoints } from './score-of';

/** Seeds for each class: the runs are deterministic, so three seeds show a result is not one seed's luck. */
const SEEDS = [1, 2, 3];
/** The headline class gets two more. */
const MORE_SEEDS = [1, 2, 3, 4, 5];
/** A full run plays in about 0.3 s; a test plays a handful (its references are shared). */
const SLOW = 60_000;

/** "Earns ~nothing": a switch flipped and flipped back may keep a point or two of rounding, not a rule's worth. */
const KILL_SWITCH_CRUMBS = 5;
/** "Does not beat doing nothing by more than a few points." */
const FEW_POINTS = 3;

const startFleet: Command = { type: 'start-chef', hosts: FLEET, concurrency: 30 };

function resultOf(run: ScoredRun): string | undefined {
  return run.state.incident.outcome?.result;
}

function postedAt(run: ScoredRun, intent: string): number[] {
  return run.events.filter((event) => event.type === 'message-posted' && event.from === 'player' && event.intent === intent).map((event) => event.tick);
}

// ---------------------------------------------------------------------------------------------------
// 1. Never fixed, talks a lot
// ---------------------------------------------------------------------------------------------------

interface Variant {
  name: string;
  commands: (seed: number) => TimedCommand[];
  /** Seeds to play (SEEDS unless said). */
  seeds?: number[];
  /** How many serving hosts at least are still broken at the all-clear and at the end (5 unless said). */
  minBroken?: number;
  /** Whether customers may never have noticed (the sim then calls the outcome 'no-impact', broken hosts and all). */
  mayBeQuiet?: boolean;
  /** Hosts that must still be broken at the end. */
  stillBroken?: string[];
}

const NEVER_FIXED: Variant[] = [
  {
    name: 'chef-client stopped on every host not yet hit, "Operational" and the all-clear while hosts are broken, chef-client back on a minute before the time limit',
    commands: () => [...TALK, at(65, STOP_FLEET), at(3540, startFleet)],
  },
  {
    name: 'the broken hosts drained instead of fixed, chef-client left off',
    commands: (seed) => {
      const before = [...TALK, at(65, STOP_FLEET)];
      return [...before, at(210, { type: 'drain', hosts: brokenServingAt(before, seed, 205) })];
    },
  },
  {
    name: 'pinned back to 2.2.21, which the mirror no longer has, so the broken hosts can never converge',
    commands: () => [...TALK, at(40, { type: 'set-pin', version: '2.2.21' })],
  },
  {
    name: 'pinned to 9.9.9, a version nobody has',
    commands: () => [...TALK, at(40, { type: 'set-pin', version: '9.9.9' })],
  },
  {
    name: 'the cookbook fixed, but chef-client left off everywhere, so the fix reaches nobody',
    commands: () => [...TALK, at(65, STOP_FLEET), at(300, { type: 'fix-cookbook' })],
  },
  {
    // On seeds 3 and 5 only web-017 breaks: under 1 % of requests fail, the site never counts as hurt,
    // and the sim ends the level as 'no-impact' with web-017 still broken (seed 1 is 'unresolved').
    name: 'chef-client stopped on every host the second the pin bump lands, web-017 never fixed',
    commands: () => [...TALK, at(21, { type: 'stop-chef', hosts: ['@all'], concurrency: 100 })],
    seeds: [1, 3, 5],
    minBroken: 1,
    mayBeQuiet: true,
    stillBroken: ['web-017'],
  },
];

describe('1. never fixed, talks a lot', () => {
  describe.each(NEVER_FIXED)('$name', (variant) => {
    const seeds = variant.seeds ?? (variant === NEVER_FIXED[0] ? MORE_SEEDS : SEEDS);
    const minBroken = variant.minBroken ?? 5;

    it.each(seeds)(
      'really leaves web and api hosts broken while it says all is well (seed %i)',
      (seed) => {
        const run = play(variant.commands(seed), seed);
        // Customers were hurt (this is an incident, not a quiet morning), or at least a host broke, and it never resolved.
        if (!variant.mayBeQuiet) expect(run.state.incident.impactStartedAtTick).not.toBeNull();
        expect(resultOf(run)).not.toBe('recovered');
        // The all-clear and "Operational" really went out, and really were false when they did.
        expect(postedAt(run, 'all-clear')).toContain(ALL_CLEAR_TICK);
        expect(run.ticks[ALL_CLEAR_TICK]!.brokenServing).toBeGreaterThanOrEqual(minBroken);
        expect(run.events.some((event) => event.type === 'status-page-updated' && event.status === 'operational' && event.by === 'player')).toBe(true);
        // And at the end, hosts meant to serve customers are still broken.
        expect(brokenServingHosts(run.state).length).toBeGreaterThanOrEqual(minBroken);
        for (const host of variant.stillBroken ?? []) expect(brokenServingHosts(run.state)).toContain(host);
      },
      SLOW,
    );

    it.each(seeds)(
      'scores below what the real team did, within the cap for unresolved runs, and earns no award (seed %i)',
      (seed) => {
        const run = play(variant.commands(seed), seed);
        const historical = reference('historical', seed);
        // The real team fixed the site; a run that never did cannot beat it, however much it talked.
        expect(run.score.total).toBeLessThan(historical.score.total);
        // The level caps the total of a run that never resolves (when it names a cap).
        const cap = unresolvedCap();
        if (cap !== null) expect(run.score.total).toBeLessThanOrEqual(cap);
        // The sweater goes to the run that learned most on the way to a fix; one that leaves customers hurting has not earned it.
        expect(run.score.award.earned).toBe(false);
      },
      SLOW,
    );
  });

  it('the level states the cap for runs that never resolve', () => {
    // "A run that never fixes the incident cannot beat the real team's response": a number in the
    // level's scoring section (any setting whose path says "unresolved"), so a trainer can see and tune it.
    expect(unresolvedCap()).not.toBeNull();
  });

  it.each(SEEDS)(
    'a late chef-client restart is itself a new wave of breakage, not a switch turned back on well (seed %i)',
    (seed) => {
      const run = play(NEVER_FIXED[0]!.commands(seed), seed);
      const hits = firstHits(run);
      // Turning chef-client back on at 59 minutes with the bad pin still in the cookbook breaks hosts the stop had kept safe.
      expect([...hits.values()].filter((tick) => tick >= 3540).length).toBeGreaterThan(5);
      // So the switched-back-on rule may not pay for it as if the danger were past.
      expect(rulePoints(run.score, 'kill-switches.switched-back-on')).toBeLessThanOrEqual(0);
    },
    SLOW,
  );
});

// ---------------------------------------------------------------------------------------------------
// 2. Switches flipped and flipped back
// ---------------------------------------------------------------------------------------------------

/** A web host serving at `tick` in the run with no commands, with no Chef run due for a while: safe to drain and restore. */
function quietHealthyHost(seed: number, tick: number): string {
  const state = playRun(level.sim, seed, [], { untilTick: tick, keepEvents: false }).state;
  const host = state.hosts.find(
    (candidate) => level.sim.tiers[candidate.tierIndex]!.id === 'web' && candidate.apache.status === 'running' && candidate.chef.run === null && candidate.chef.nextRunAtTick > tick + 120,
  );
  if (!host) throw new Error(`no quiet healthy web host at ${tick} on seed ${seed}`);
  return host.name;
}

const withFleetPause = { ...level.sim, chef: { ...level.sim.chef, hasFleetPause: true } };

interface FlipVariant {
  name: string;
  commands: (seed: number) => TimedCommand[];
  /** The level's config, where the switch needs one it lacks (the fleet pause). */
  config?: typeof level.sim;
  /** What the run must show so the flip is real: it happened, and it was undone. */
  facts: (run: ScoredRun, seed: number) => void;
  /** Points above doing nothing the run may still earn elsewhere, where the flip had a real side effect (FEW_POINTS otherwise). */
  slack?: number;
}

const FLIPS: FlipVariant[] = [
  {
    name: 'Recommendations switched off, then on again 10 s later',
    commands: () => [at(200, { type: 'set-feature-flag', flag: 'recommendations', on: false }), at(210, { type: 'set-feature-flag', flag: 'recommendations', on: true })],
    facts: (run) => {
      expect(run.events.filter((event) => event.type === 'feature-flag-set').map((event) => event.tick)).toEqual([200, 210]);
      expect(run.state.featureFlagsOn['recommendations']).toBe(true);
    },
  },
  {
    name: 'a healthy web host drained, then restored 30 s later',
    commands: (seed) => {
      const host = quietHealthyHost(seed, 200);
      return [at(200, { type: 'drain', hosts: [host] }), at(230, { type: 'restore', hosts: [host] })];
    },
    facts: (run, seed) => {
      const host = quietHealthyHost(seed, 200);
      const drained = run.events.find((event) => event.type === 'host-drained' && event.host === host)!;
      // It was serving when it was drained, and came back: nothing broken was taken out.
      expect(run.events.some((event) => event.type === 'apache-failed-to-start' && event.host === host && event.tick <= drained.tick + 30)).toBe(false);
      expect(run.events.some((event) => event.type === 'host-restored' && event.host === host)).toBe(true);
    },
  },
  {
    name: 'chef-client stopped and started again on the databases, which run no Apache',
    commands: () => [at(100, { type: 'stop-chef', hosts: ['@db'], concurrency: 40 }), at(200, { type: 'start-chef', hosts: ['@db'], concurrency: 40 })],
    facts: (run) => {
      expect(run.events.filter((event) => event.type === 'chef-daemon-stopped').length).toBe(40);
      expect(run.events.filter((event) => event.type === 'chef-daemon-started').length).toBe(40);
      expect(run.state.hosts.filter((host) => level.sim.tiers[host.tierIndex]!.id === 'db').every((host) => host.apache.status === 'absent')).toBe(true);
    },
  },
  {
    name: 'chef-client stopped on the fleet after every host had been hit, and started again',
    commands: () => [at(1000, STOP_FLEET), at(1100, startFleet)],
    // Starting chef-client again gives each host a run within its splay: the hosts still broken are
    // mended a few minutes early, a clumsy forced Chef run that staging and visibility may credit a
    // little as a roll-out. The kill-switch family must still pay nothing for it.
    slack: 5,
    facts: (run) => {
      const hits = firstHits(run);
      const atRisk = run.state.hosts.filter((host) => isAtRisk(level.sim, host.tierIndex)).length;
      // The danger was past: every host the pin could reach had already broken before the stop.
      expect(hits.size).toBe(atRisk);
      expect(Math.max(...hits.values())).toBeLessThan(1000);
    },
  },
  {
    name: 'chef-client stopped on the fleet in the first minute, and started again 45 s later',
    commands: () => [at(65, STOP_FLEET), at(110, startFleet)],
    facts: (run) => {
      const hits = firstHits(run);
      const atRisk = run.state.hosts.filter((host) => isAtRisk(level.sim, host.tierIndex)).length;
      // Flipped back while the bad pin was still in the cookbook: the stop kept nobody safe.
      expect(hits.size).toBe(atRisk);
    },
  },
  {
    name: 'the fleet-wide Chef pause (a level that has one) paused, and resumed 10 s later in the middle of the spread',
    config: withFleetPause,
    commands: () => [at(100, { type: 'pause-chef' }), at(110, { type: 'resume-chef' })],
    facts: (run) => {
      expect(run.events.filter((event) => event.type === 'chef-paused' || event.type === 'chef-resumed').map((event) => event.tick)).toEqual([100, 110]);
      expect(firstHits(run).size).toBe(run.state.hosts.filter((host) => isAtRisk(level.sim, host.tierIndex)).length);
    },
  },
  {
    name: 'the fleet-wide Chef pause paused and resumed after the danger',
    config: withFleetPause,
    commands: () => [at(1000, { type: 'pause-chef' }), at(1100, { type: 'resume-chef' })],
    facts: (run) => {
      expect(Math.max(...firstHits(run).values())).toBeLessThan(1000);
      expect(run.state.chefPaused).toBe(false);
    },
  },
];

describe('2. switches flipped and flipped back', () => {
  describe.each(FLIPS)('$name', (variant) => {
    const options = variant.config ? { config: variant.config, configName: 'fleet-pause' } : {};

    it.each(SEEDS)(
      'really flipped it and flipped it back (seed %i)',
      (seed) => {
        variant.facts(play(variant.commands(seed), seed, options), seed);
      },
      SLOW,
    );

    it.each(SEEDS)(
      'earns ~nothing in kill switches and does not beat doing nothing (seed %i)',
      (seed) => {
        const run = play(variant.commands(seed), seed, options);
        const nothing = play([], seed, options);
        // The switch changed nothing in the world (or made it worse): no kill-switch rule should pay for it,
        // "switched back on" least of all (it was never off for long enough to matter).
        expect(family(run.score, 'kill-switches').earned).toBeLessThanOrEqual(KILL_SWITCH_CRUMBS);
        expect(rulePoints(run.score, 'kill-switches.switched-back-on')).toBeLessThanOrEqual(0);
        // And the whole run is worth what doing nothing is worth, give or take a few points.
        expect(run.score.total).toBeLessThanOrEqual(nothing.score.total + (variant.slack ?? FEW_POINTS));
      },
      SLOW,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// 3. Staging that changed nothing, and real staging the old score missed
// ---------------------------------------------------------------------------------------------------

interface StagingVariant {
  name: string;
  commands: TimedCommand[];
  facts: (run: ScoredRun) => void;
}

/** The player's own manual Chef runs, host by host. */
function playerRuns(run: ScoredRun) {
  return chefRunSpans(run.events).filter((span) => span.trigger === 'manual' && span.by === 'player');
}

/** Whether any of the player's manual runs upgraded or started Apache anywhere: whether the "roll-out" changed anything. */
function playerRunsChangedApache(run: ScoredRun): boolean {
  const spans = chefRunSpans(run.events);
  return run.events.some((event) => {
    if (event.type !== 'apache-upgraded' && !(event.type === 'apache-started' && event.by === 'chef')) return false;
    const around = runAround(spans, event.host, event.tick);
    return around !== undefined && around.trigger === 'manual' && around.by === 'player';
  });
}

const NOTHING_STAGED: StagingVariant[] = [
  {
    name: 'canary, batch and rest on the php7 boxes, whose Chef runs fail before they touch the package',
    commands: [
      at(100, { type: 'run-chef', hosts: ['web-php7-01'] }),
      at(200, { type: 'run-chef', hosts: ['web-php7-02', 'web-php7-03', 'web-php7-04'], concurrency: 3 }),
      at(300, { type: 'run-chef', hosts: ['@php7'], concurrency: 7 }),
    ],
    facts: (run) => {
      const runs = playerRuns(run);
      expect(runs.length).toBeGreaterThanOrEqual(11);
      expect(runs.every((span) => span.host.startsWith('web-php7-') && span.result === 'failed')).toBe(true);
      // Harmless: the survivors never got the upgrade and kept serving.
      expect(run.events.some((event) => (event.type === 'apache-upgraded' || event.type === 'apache-failed-to-start') && event.host.startsWith('web-php7-'))).toBe(false);
      expect(playerRunsChangedApache(run)).toBe(false);
    },
  },
  {
    name: 'a canary on a healthy web host before the pin bump lands',
    commands: [at(0, { type: 'run-chef', hosts: ['web-050'] })],
    facts: (run) => {
      const pinned = run.events.find((event) => event.type === 'pin-changed')!;
      const canary = playerRuns(run)[0]!;
      expect(canary.host).toBe('web-050');
      expect(canary.startTick).toBeLessThan(pinned.tick);
      expect(canary.result).toBe('ok');
      expect(playerRunsChangedApache(run)).toBe(false);
    },
  },
  {
    name: 'canary, batch and rest after the fleet had healed itself',
    commands: [
      at(1700, { type: 'run-chef', hosts: ['web-001'] }),
      at(1780, { type: 'run-chef', hosts: webHosts(2, 12), concurrency: 11 }),
      at(1860, { type: 'run-chef', hosts: ['@web', '@api', '-@php7'], concurrency: 25 }),
    ],
    facts: (run) => {
      // Chef's own second runs had already brought every serving host back before the "canary".
      expect(run.ticks[1699]!.brokenServing).toBe(0);
      expect(playerRuns(run).length).toBeGreaterThan(50);
      expect(playerRunsChangedApache(run)).toBe(false);
    },
  },
  {
    name: 'canary, batch and rest on developer VMs, which serve nobody',
    commands: [
      at(100, { type: 'run-chef', hosts: ['dev-001'] }),
      at(250, { type: 'run-chef', hosts: Array.from({ length: 11 }, (_, index) => `dev-${String(index + 2).padStart(3, '0')}`), concurrency: 11 }),
      at(400, { type: 'run-chef', hosts: ['@dev'], concurrency: 25 }),
    ],
    facts: (run) => {
      expect(playerRuns(run).every((span) => span.host.startsWith('dev-'))).toBe(true);
    },
  },
];

describe('3. staging that changed nothing', () => {
  describe.each(NOTHING_STAGED)('$name', (variant) => {
    it.each(SEEDS)(
      'really ran Chef by hand in steps, and changed nothing for customers (seed %i)',
      (seed) => {
        const run = play(variant.commands, seed);
        expect(run.events.filter((event) => event.type === 'task-started' && event.action === 'run-chef' && event.by === 'player').length).toBe(variant.commands.length);
        variant.facts(run);
      },
      SLOW,
    );

    it.each(SEEDS)(
      'earns nothing for trying first or for stages (seed %i)',
      (seed) => {
        const score = play(variant.commands, seed).score;
        // A canary is worth what it showed: these moved no host from broken to serving, so there was nothing to stage.
        expect(rulePoints(score, 'staging.tried-first')).toBe(0);
        expect(rulePoints(score, 'staging.stages')).toBe(0);
      },
      SLOW,
    );
  });
});

/**
 * Staging done with the tools the old score did not look at: chef-client stopped at once, the cookbook
 * fixed forward, Apache started by hand on one broken host (the canary: it proves the fix), then
 * chef-client restarted on one broken host, on eleven, and on the rest, with a look between each step.
 */
function realStaging(seed: number, canary: 'start-apache' | 'remove-config-then-start'): TimedCommand[] {
  const opening: TimedCommand[] = [
    at(62, { type: 'post-message', channel: 'ops', text: 'The pin bump breaks Apache on each web server in turn: stopping chef-client on every host not yet hit.', intent: 'update' }),
  ];
  const stopAndLook: TimedCommand[] = [
    at(65, STOP_FLEET),
    at(110, { type: 'check-host', host: 'web-017', method: 'ssh' }),
    at(137, { type: 'post-message', channel: 'ops', text: 'Please leave the php7 boxes alone: their failing Chef is why they still serve.', intent: 'leave-php7-alone' }),
    at(150, { type: 'fix-cookbook' }),
  ];
  const byHand: TimedCommand[] =
    canary === 'start-apache'
      ? [at(200, { type: 'start-apache', hosts: ['web-017'] })]
      : [at(56, { type: 'remove-default-config', hosts: ['web-017'] }), at(70, { type: 'start-apache', hosts: ['web-017'] })];
  const before = [...opening, ...byHand, ...stopAndLook];
  // The hosts the canary's fix has to reach: broken when the first restart goes out, web-017 aside.
  const broken = brokenServingAt(before, seed, 255).filter((name) => name !== 'web-017');
  const first = broken[0]!;
  const batch = [...broken.slice(1, 11), ...webHosts(100, 112)].filter((name, index, all) => all.indexOf(name) === index && name !== first).slice(0, 11);
  return [
    ...before,
    at(240, { type: 'view-site' }),
    at(260, { type: 'start-chef', hosts: [first] }),
    at(380, { type: 'read-lb-stats' }),
    at(400, { type: 'start-chef', hosts: batch, concurrency: 11 }),
    at(540, { type: 'view-site' }),
    at(560, { type: 'start-chef', hosts: FLEET, concurrency: 4 }),
    at(900, { type: 'view-site' }),
    at(960, { type: 'post-message', channel: 'ops', text: 'All clear: every host serves again, chef-client back on everywhere.', intent: 'all-clear' }),
  ];
}

describe('3. real staging, done with the tools the old score did not count', () => {
  describe.each(['start-apache', 'remove-config-then-start'] as const)('canary by %s on web-017, then chef-client restarted on 1, ~11 and the rest', (canary) => {
    it.each(SEEDS)(
      'really moved hosts from broken to serving at every step, and resolved quickly (seed %i)',
      (seed) => {
        const commands = realStaging(seed, canary);
        const run = play(commands, seed);
        const started = (host: string, from: number, to: number): boolean =>
          run.events.some((event) => event.type === 'apache-started' && event.host === host && event.tick >= from && event.tick < to);
        // The canary: Apache started by the player's own hand on a host the upgrade had broken.
        const hand = run.events.find((event) => event.type === 'apache-started' && event.host === 'web-017' && event.by === 'player');
        expect(hand).toBeDefined();
        expect(firstHits(run).get('web-017')!).toBeLessThan(hand!.tick);
        // Step 1: chef-client back on one broken host, and its run brought Apache back before step 2.
        const first = (commands.find((entry) => entry.atTick === 260)!.command as Extract<Command, { type: 'start-chef' }>).hosts[0]!;
        expect(firstHits(run).has(first)).toBe(true);
        expect(started(first, 260, 400)).toBe(true);
        // Step 2: eleven hosts, some of them broken, serving again before step 3.
        const batch = (commands.find((entry) => entry.atTick === 400)!.command as Extract<Command, { type: 'start-chef' }>).hosts;
        expect(batch.length).toBe(11);
        const brokenInBatch = batch.filter((host) => (firstHits(run).get(host) ?? Infinity) < 400);
        expect(brokenInBatch.length).toBeGreaterThanOrEqual(3);
        expect(brokenInBatch.every((host) => started(host, 400, 560))).toBe(true);
        // The rest, and the incident resolved in well under the real team's time.
        expect(resultOf(run)).toBe('recovered');
        expect(run.state.incident.resolvedAtTick!).toBeLessThan(reference('historical', seed).state.incident.resolvedAtTick!);
        expect(brokenAtRiskHosts(run.state)).toEqual([]);
        expect(run.state.hosts.every((host) => host.chef.daemon === 'running')).toBe(true);
      },
      SLOW,
    );

    it.each(SEEDS)(
      'is staging the score sees: the staging family high, the total well above the real team (seed %i)',
      (seed) => {
        const run = play(realStaging(seed, canary), seed);
        const historical = reference('historical', seed);
        // A canary that proved the fix, then 1, ~11 and the rest, each only after the last had served again.
        expect(family(run.score, 'staging').score).toBeGreaterThanOrEqual(80);
        expect(run.score.total).toBeGreaterThanOrEqual(historical.score.total + 20);
      },
      SLOW,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// 4. Harm is felt
// ---------------------------------------------------------------------------------------------------

const DRAIN_EVERYTHING: TimedCommand[] = [at(300, { type: 'drain', hosts: ['@web'] }), at(900, { type: 'restore', hosts: ['@web'] })];

describe('4. harm is felt: every web host drained, survivors included, for ten minutes', () => {
  it.each(SEEDS)(
    'really took the whole site down for ~10 minutes (seed %i)',
    (seed) => {
      const run = play(DRAIN_EVERYTHING, seed);
      expect(run.state.totals.downSeconds).toBeGreaterThanOrEqual(540);
      expect(run.state.totals.downSeconds).toBeLessThanOrEqual(660);
      // Down the whole time it was drained, though the php7 survivors were healthy all along.
      for (const tick of [320, 600, 880]) {
        expect(run.ticks[tick]!.web).toBe('down');
        expect(run.ticks[tick]!.php7Running).toBe(7);
      }
      expect(reference('nothing', seed).state.totals.downSeconds).toBe(0);
    },
    SLOW,
  );

  it.each(SEEDS)(
    'scores below doing nothing (seed %i)',
    (seed) => {
      const run = play(DRAIN_EVERYTHING, seed);
      // Ten minutes of a dead shop is worse than the slow shop that doing nothing gives; no drain rule may pay for it.
      expect(run.score.total).toBeLessThan(reference('nothing', seed).score.total);
      expect(rulePoints(run.score, 'kill-switches.drain')).toBeLessThanOrEqual(0);
    },
    SLOW,
  );
});

const MEND_SURVIVORS: { name: string; commands: TimedCommand[] }[] = [
  { name: 'repair-chef on @php7 at minute 3', commands: [at(180, { type: 'repair-chef', hosts: ['@php7'], concurrency: 7 })] },
  { name: 'repair-chef on @php7 at minute 5', commands: [at(300, { type: 'repair-chef', hosts: ['@php7'], concurrency: 7 })] },
  { name: 'repair-chef on @php7 at minute 9', commands: [at(540, { type: 'repair-chef', hosts: ['@php7'], concurrency: 7 })] },
  {
    name: 'a cat sent to mend Chef on @php7 at minute 4 40 s',
    commands: [at(10, { type: 'ask-for-help', responder: 'miso' }), at(280, { type: 'assign-job', responder: 'miso', job: { type: 'repair-chef', hosts: ['@php7'], concurrency: 7 } })],
  },
];

function survivorsBroke(run: ScoredRun): { lastBrokeTick: number; firstDownTick: number | null } {
  const php7 = run.events.filter((event) => event.type === 'apache-failed-to-start' && event.host.startsWith('web-php7-'));
  const firstDown = run.ticks.find((entry) => entry.web === 'down');
  return { lastBrokeTick: Math.max(...php7.map((event) => event.tick)), firstDownTick: firstDown?.tick ?? null };
}

describe('4. harm is felt: Chef mended on the php7 survivors while the rest is broken', () => {
  describe.each(MEND_SURVIVORS)('$name', ({ commands }) => {
    it.each(SEEDS)(
      'really broke the survivors, and the site went down when they did (seed %i)',
      (seed) => {
        const run = play(commands, seed);
        const php7Broken = new Set(run.events.flatMap((event) => (event.type === 'apache-failed-to-start' && event.host.startsWith('web-php7-') ? [event.host] : [])));
        expect(php7Broken.size).toBe(7);
        const { lastBrokeTick, firstDownTick } = survivorsBroke(run);
        // They broke while most of the fleet was still broken…
        expect(run.ticks[lastBrokeTick]!.brokenServing).toBeGreaterThan(50);
        // …and the shop went fully down, with not one survivor serving, which doing nothing never does.
        expect(firstDownTick).not.toBeNull();
        expect(run.ticks[firstDownTick!]!.php7Running).toBe(0);
        expect(run.state.totals.downSeconds).toBeGreaterThan(0);
        expect(reference('nothing', seed).state.totals.downSeconds).toBe(0);
      },
      SLOW,
    );

    it.each(SEEDS)(
      'scores below doing nothing, and the debrief says the survivors broke, not that they came through (seed %i)',
      (seed) => {
        const run = play(commands, seed);
        // Killing the last survivors is the worst moment a run can have.
        expect(run.score.total).toBeLessThan(reference('nothing', seed).score.total);
        const lines = reasons(run.score, 'staging.survivors').map((reason) => reason.text);
        expect(lines.some((text) => /broke/i.test(text))).toBe(true);
        expect(lines.some((text) => /luck/i.test(text))).toBe(false);
        expect(rulePoints(run.score, 'staging.survivors')).toBe(0);
      },
      SLOW,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// 5. Pinning back
// ---------------------------------------------------------------------------------------------------

/** What the terminal prints for a typed line at `tick`: its echo, then the world's answers in that tick (as the terminal panel shows them). */
function terminalPrints(line: string, tick = 40): string[] {
  const config = level.sim;
  const state = createState(config, 1);
  const parsed = parseTerminalLine(
    line,
    terminalContextFor(
      config,
      state.hosts.map((host) => host.name),
    ),
  );
  if (parsed.kind === 'error') return [parsed.message];
  if (parsed.kind !== 'command') return [];
  playRun(config, 1, [], { from: state, untilTick: tick, keepEvents: false });
  const answers = step(config, state, [parsed.command]).filter((event) => !('by' in event) || event.by === 'player');
  return [parsed.echo, ...answers.map((event) => describeEvent(event)).filter((text): text is string => text !== null)];
}

const MIRROR_LACKS = /mirror/i;

interface PinRun {
  version: string;
  atTick: number;
}

const PINS: PinRun[] = [
  { version: '2.2.21', atTick: 40 },
  { version: '9.9.9', atTick: 40 },
  { version: '2.2.21', atTick: 300 },
];

describe('5. pinning back', () => {
  describe('the terminal says at once that the mirror lacks the version', () => {
    it.each(['knife pin 2.2.21', 'knife pin 9.9.9', 'knife pin 2.2.21 web-017'])('%s', (line) => {
      const printed = terminalPrints(line);
      // The mirror keeps only the newest package: a pin it cannot serve must be said on the spot, not 10 minutes later in a failed run.
      expect(printed.some((text) => MIRROR_LACKS.test(text) && (text.includes('2.2.21') || text.includes('9.9.9')))).toBe(true);
    });

    it('and says nothing of the kind for the version the mirror has', () => {
      const printed = terminalPrints('knife pin 2.2.22');
      expect(printed.length).toBeGreaterThan(0);
      expect(printed.some((text) => /mirror[^.]*\b(only|not|lacks|no)\b/i.test(text))).toBe(false);
    });
  });

  describe.each(PINS)('set-pin $version at $atTick s', (pin) => {
    it.each(SEEDS)(
      "the first Chef run that needs the package is refused by the mirror within a run's length (seed %i)",
      (seed) => {
        const run = play([at(pin.atTick, { type: 'set-pin', version: pin.version })], seed);
        const landed = run.events.find((event) => event.type === 'pin-changed' && event.by === 'player' && event.version === pin.version)!;
        expect(landed).toBeDefined();
        // Which Apache each host has, as the run goes.
        const version = new Map(run.state.hosts.map((host) => [host.name, level.sim.apache.installedVersion]));
        const spans = chefRunSpans(run.events);
        let firstTry: (typeof spans)[number] | undefined;
        for (const event of run.events) {
          if (event.type === 'apache-upgraded') version.set(event.host, event.to);
          if (event.type === 'chef-run-started' && event.tick >= landed.tick && !firstTry && version.get(event.host) !== pin.version) {
            const host = run.state.hosts.find((candidate) => candidate.name === event.host)!;
            const tier = level.sim.tiers[host.tierIndex]!;
            // A host whose own Chef fails never reaches the package step; it is not trying the pin.
            if (tier.runsApache && !tier.chefFailure) firstTry = runAround(spans, event.host, event.tick);
          }
        }
        expect(firstTry).toBeDefined();
        const refused = run.events.find((event) => event.type === 'package-unavailable' && event.host === firstTry!.host && event.tick >= firstTry!.startTick);
        expect(refused).toBeDefined();
        expect(refused!.tick - firstTry!.startTick).toBeLessThanOrEqual(level.sim.chef.runSecondsMax);
        if (firstTry!.endTick !== null) expect(refused!.tick).toBeLessThanOrEqual(firstTry!.endTick);
        // And no run that began after the pin landed upgraded anything.
        const upgradedLate = run.events.filter((event) => event.type === 'apache-upgraded' && (runAround(spans, event.host, event.tick)?.startTick ?? -1) >= landed.tick);
        expect(upgradedLate).toEqual([]);
      },
      SLOW,
    );
  });

  const PIN_BACK_EARLY: TimedCommand[] = [at(40, { type: 'set-pin', version: '2.2.21' })];
  /** Pinned back, then the hosts already broken started by hand (their failed run left no default config behind). */
  const pinBackAndMend = (seed: number): TimedCommand[] => [...PIN_BACK_EARLY, at(250, { type: 'start-apache', hosts: brokenServingAt(PIN_BACK_EARLY, seed, 245), concurrency: 10 })];

  describe.each([
    { name: 'pinned back at 40 s, nothing else', commands: () => PIN_BACK_EARLY },
    { name: 'pinned back at 40 s, the broken hosts started by hand', commands: pinBackAndMend },
  ])('$name', ({ commands }) => {
    it.each(SEEDS)(
      'stopped the spread: most hosts kept the old Apache (seed %i)',
      (seed) => {
        const run = play(commands(seed), seed);
        const atRisk = run.state.hosts.filter((host) => isAtRisk(level.sim, host.tierIndex));
        const kept = atRisk.filter((host) => host.apache.version === level.sim.apache.installedVersion && host.apache.status === 'running');
        expect(kept.length).toBeGreaterThanOrEqual(150);
        expect(firstHits(run).size).toBeLessThanOrEqual(atRisk.length - 150);
      },
      SLOW,
    );

    it.each(SEEDS)(
      'the kill-switch family recognises the pin, and states its cost (seed %i)',
      (seed) => {
        const run = play(commands(seed), seed);
        const lines = family(run.score, 'kill-switches').reasons;
        // Pinning back is a kill switch here: it kept most of the fleet off the bad version.
        expect(lines.some((reason) => /pin/i.test(reason.text) && reason.points > 0)).toBe(true);
        // And it is not free: the mirror has no 2.2.21, so every run that needs the package fails and no server can be built.
        expect(allReasons(run.score).some((reason) => reason.points < 0 && /pin|mirror/i.test(reason.text))).toBe(true);
      },
      SLOW,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// 6. Debrief lines true of the run
// ---------------------------------------------------------------------------------------------------

/** Every run this file plays, by name, on seed 1 and 2: the debrief's lines must be true of each. */
function namedRuns(seed: number): { name: string; run: ScoredRun }[] {
  return [
    ...(['nothing', 'historical', 'skilled'] as const).map((name) => ({ name, run: reference(name, seed) })),
    ...NEVER_FIXED.map((variant) => ({ name: variant.name, run: play(variant.commands(seed), seed) })),
    ...FLIPS.filter((variant) => !variant.config).map((variant) => ({ name: variant.name, run: play(variant.commands(seed), seed) })),
    ...NOTHING_STAGED.map((variant) => ({ name: variant.name, run: play(variant.commands, seed) })),
    { name: 'real staging', run: play(realStaging(seed, 'start-apache'), seed) },
    { name: 'drain everything', run: play(DRAIN_EVERYTHING, seed) },
    ...MEND_SURVIVORS.map((variant) => ({ name: variant.name, run: play(variant.commands, seed) })),
    { name: 'stop, then restart without a fix', run: play([at(65, STOP_FLEET), at(1000, startFleet)], seed) },
    { name: 'pinned back', run: play([at(40, { type: 'set-pin', version: '2.2.21' })], seed) },
  ];
}

/** Chef-client stopped and a cookbook fix that reached nobody, then a look at the site: nothing was fixed by the player. */
const FIX_REACHES_NOBODY: TimedCommand[] = [at(65, STOP_FLEET), at(200, { type: 'fix-cookbook' }), at(600, { type: 'view-site' })];
/** A no-op run before the bump, then a look at the site after Chef's own second runs healed the fleet. */
const LOOK_AFTER_SELF_HEAL: TimedCommand[] = [at(0, { type: 'run-chef', hosts: ['web-050'] }), at(1900, { type: 'view-site' })];

/**
 * A canary on web-017 that has to wait for Robin's run there to end, while a repair-chef the player
 * started earlier finishes its mending and starts its own Chef runs: then a batch and the rest. With the
 * repair on the php7 boxes and no cookbook fix, those runs break the survivors, which is the survivors'
 * story, not the canary's.
 */
function canaryWhileRepairing(repair: '@dev' | '@php7', fixAt: number | null): TimedCommand[] {
  return [
    at(25, { type: 'repair-chef', hosts: [repair], concurrency: 10 }),
    at(60, { type: 'run-chef', hosts: ['web-017'] }),
    ...(fixAt === null ? [] : [at(fixAt, { type: 'fix-cookbook' })]),
    at(300, { type: 'view-site' }),
    at(320, { type: 'run-chef', hosts: webHosts(1, 10).filter((name) => name !== 'web-017'), concurrency: 10 }),
    at(480, { type: 'view-site' }),
    at(500, { type: 'run-chef', hosts: FLEET, concurrency: 25 }),
  ];
}

const REPAIR_ON_DEV = canaryWhileRepairing('@dev', 100);
const REPAIR_ON_PHP7 = canaryWhileRepairing('@php7', null);

describe('6. debrief lines true of the run', () => {
  it.each([1, 2])(
    'no line ends in a colon or prints a broken number (seed %i)',
    (seed) => {
      for (const { name, run } of namedRuns(seed)) {
        for (const text of allTexts(run.score)) {
          // A line ending in ':' promised a list the debrief never printed.
          expect(text, name).not.toMatch(/:\s*$/);
          expect(text, name).not.toMatch(/\b(NaN|undefined|Infinity|null)\b/);
        }
      }
    },
    120_000,
  );

  it.each([1, 2])(
    '"N had already broken" counts the hosts hit before the spread stopped, and no later wave (seed %i)',
    (seed) => {
      let checked = 0;
      for (const { name, run } of namedRuns(seed)) {
        const hits = firstHits(run);
        for (const reason of reasons(run.score, 'kill-switches.stop-spread')) {
          const said = /(\d+) had already broken/.exec(reason.text);
          if (!said) continue;
          checked++;
          expect(reason.tick, name).not.toBeNull();
          const before = [...hits.values()].filter((tick) => tick <= reason.tick!).length;
          expect(Number(said[1]), `${name}: ${reason.text}`).toBe(before);
        }
      }
      // The skilled run at least says it; the check must not pass by finding no such line.
      expect(checked).toBeGreaterThan(0);
    },
    120_000,
  );

  it.each([1, 2])(
    '"only after the upgrade had reached all" is said only when it had (seed %i)',
    (seed) => {
      for (const { name, run } of namedRuns(seed)) {
        const hits = firstHits(run);
        const stopped = new Map<string, number>();
        for (const event of run.events) if (event.type === 'chef-daemon-stopped' && event.by === 'player' && !stopped.has(event.host)) stopped.set(event.host, event.tick);
        for (const reason of reasons(run.score, 'kill-switches.stop-spread')) {
          if (!/only after the upgrade had reached/.test(reason.text)) continue;
          // Every host that was switched off had already been hit when it was (a restart that let the pin in later is another story).
          const coveredFirst = [...stopped].filter(([host, tick]) => hits.has(host) && tick < hits.get(host)!);
          expect(
            coveredFirst.map(([host]) => host),
            `${name}: ${reason.text}`,
          ).toEqual([]);
        }
      }
    },
    120_000,
  );

  describe.each([
    { name: 'chef-client stopped and a cookbook fix that reached nobody, then a look', commands: FIX_REACHES_NOBODY },
    { name: 'a no-op run before the bump, then a look after Chef healed the fleet by itself', commands: LOOK_AFTER_SELF_HEAL },
  ])('no "you checked the fix took" when the player fixed no host: $name', ({ commands }) => {
    it.each(SEEDS)(
      'no confirm points, whatever the look saw (seed %i)',
      (seed) => {
        const run = play(commands, seed);
        const spans = chefRunSpans(run.events);
        // No host went from broken to serving by anything the player did: no start by hand, no run of theirs.
        const fixedByPlayer = run.events.filter((event) => {
          if (event.type !== 'apache-started' || !firstHits(run).has(event.host)) return false;
          if (event.by === 'player') return true;
          const around = runAround(spans, event.host, event.tick);
          return around !== undefined && around.trigger === 'manual' && around.by === 'player';
        });
        expect(fixedByPlayer).toEqual([]);
        expect(run.events.some((event) => event.type === 'site-viewed' && event.by === 'player')).toBe(true);
        // So there was no fix to confirm, whatever the look saw.
        expect(rulePoints(run.score, 'visibility.confirm')).toBe(0);
        expect(allTexts(run.score).some((text) => /checked the fix took/i.test(text))).toBe(false);
      },
      SLOW,
    );
  });

  it.each(SEEDS)(
    'never both "came through on luck" and "broke too" for the survivors (seed %i)',
    (seed) => {
      for (const { commands } of MEND_SURVIVORS) {
        const lines = reasons(play(commands, seed).score, 'staging.survivors').map((reason) => reason.text);
        expect(lines.some((text) => /luck/i.test(text)) && lines.some((text) => /broke/i.test(text)), lines.join(' | ')).toBe(false);
      }
    },
    SLOW,
  );

  describe('a repair-chef whose runs start while a canary waits its turn is not part of that canary', () => {
    it.each(SEEDS)(
      "the repair's runs really did start while the canary on web-017 waited for Robin's run (seed %i)",
      (seed) => {
        for (const repair of ['@dev', '@php7'] as const) {
          const run = play(repair === '@dev' ? REPAIR_ON_DEV : REPAIR_ON_PHP7, seed);
          const spans = playerRuns(run);
          const canaryRun = spans.find((span) => span.host === 'web-017')!;
          const repairRuns = spans.filter((span) => span.host.startsWith(repair === '@dev' ? 'dev-' : 'web-php7-'));
          expect(canaryRun).toBeDefined();
          expect(repairRuns.length).toBeGreaterThan(0);
          expect(Math.min(...repairRuns.map((span) => span.startTick))).toBeLessThan(canaryRun.startTick);
          // The canary really was a canary: web-017 was broken, and its run brought Apache back.
          expect(
            run.events.some((event) => event.type === 'apache-started' && event.host === 'web-017' && event.tick >= canaryRun.startTick && event.tick <= (canaryRun.endTick ?? Infinity)),
          ).toBe(true);
        }
      },
      SLOW,
    );

    it.each(SEEDS)(
      'with the repair on dev VMs, the canary on web-017 still counts as trying first (seed %i)',
      (seed) => {
        const score = play(REPAIR_ON_DEV, seed).score;
        // The player tried one host (web-017) and it came back before anything went wider.
        expect(rulePoints(score, 'staging.tried-first')).toBeGreaterThan(0);
        expect(reasons(score, 'staging.tried-first').some((reason) => /nothing tried/i.test(reason.text))).toBe(false);
      },
      SLOW,
    );

    it.each(SEEDS)(
      'with the repair on the php7 boxes, no canary line blames a php7 host (seed %i)',
      (seed) => {
        const run = play(REPAIR_ON_PHP7, seed);
        // The repair's runs really broke the survivors (so there is a php7 failure a careless canary could claim).
        expect(run.events.some((event) => event.type === 'apache-failed-to-start' && event.host.startsWith('web-php7-'))).toBe(true);
        const lines = [...reasons(run.score, 'staging.tried-first'), ...reasons(run.score, 'staging.stages')];
        // web-017 was the canary and it worked; the php7 boxes broke through the repair, which is the survivors' story.
        for (const reason of lines) {
          expect(reason.text).not.toMatch(/php7/);
          for (const cited of reason.evidence) {
            const event = run.events[cited.event];
            if (event && 'host' in event) expect(event.host, reason.text).not.toMatch(/^web-php7-/);
          }
        }
      },
      SLOW,
    );
  });
});

// The reference ordering on seeds 1-20 (skilled >= 95, nothing <= 20, 20 points apart) is pinned in
// reference-runs.test.ts.
