// Properties of the simulation over random levels and random players. Levels are variations of the
// shipped ones a trainer could write (fleet size, Chef and health-check timings, when the change goes
// out, the time limit) and must pass the level checks; players give random commands, sensible and
// not (unknown hosts, huge fan-outs, many at one tick). Whatever they do:
//   - the simulation never throws, and every run ends by its time limit;
//   - hosts are conserved: the fleet is the level's, each host once, in id order;
//   - counts never go negative (pools, the Chef server, orders) and no number turns into NaN;
//   - no host is in more hand tasks than the bound, and no task has more hosts in flight than its width;
//   - a snapshot, restored and continued, ends in the same state (same hash) as the run it was taken from.
//
// Reproducible: fast-check runs from a fixed seed; a failure prints the level changes and the commands.

import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Level } from '../../src/levels/level';
import { formatLevelProblems, parseLevel } from '../../src/levels/parse-level';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { MAX_TASKS_PER_HOST } from '../../src/sim/apply-command';
import { INVESTIGATION_TOPICS, STATUS_PAGE_STATUSES, WATCH_TARGETS, type Command, type Job } from '../../src/sim/commands';
import { POOL_IDS } from '../../src/sim/config';
import { createState } from '../../src/sim/create-state';
import { restoreState, saveState, snapshot } from '../../src/sim/snapshot';
import type { SimState } from '../../src/sim/state';
import { hashState } from '../../src/sim/state-hash';
import { ticksFor } from '../../src/sim/ticks';
import { hostCount, levelJson, scaledFleet, type LevelJson } from '../support/level-variants';

/** Fixed, so every run of the suite plays the same cases; change it to explore, and keep a failure as a test. */
const FAST_CHECK_SEED = 20_250_715;
/** About 0.1 s a run on an idle 2-core machine: both properties together stay near 10 s. */
const NUM_RUNS = 40;
const PARAMS = { seed: FAST_CHECK_SEED, numRuns: NUM_RUNS, plugins: [fc.interruptAfterTimeLimit(20_000)] };
const TIMEOUT_MS = 90_000;

// ---- random levels ---------------------------------------------------------------------------------

interface LevelChanges {
  base: 'apache-snafu' | 'chat-down';
  fleetFactor: number;
  timeLimitSeconds: number;
  /** A share of the time limit, or null for a change the player decides on. */
  pushAt: number | null;
  chefIntervalSeconds: number;
  splaySeconds: number;
  runSeconds: [number, number];
  comfortableConcurrentRuns: number;
  healthCheckSeconds: number;
  failedStartTimeoutSeconds: number;
}

const levelChanges: fc.Arbitrary<LevelChanges> = fc.record({
  base: fc.constantFrom('apache-snafu', 'chat-down'),
  fleetFactor: fc.constantFrom(0.05, 0.1, 0.25, 0.5, 1),
  timeLimitSeconds: fc.integer({ min: 120, max: 1_500 }),
  pushAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  chefIntervalSeconds: fc.integer({ min: 30, max: 1_800 }),
  splaySeconds: fc.integer({ min: 0, max: 300 }),
  runSeconds: fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 })).map(([min, extra]): [number, number] => [min, min + extra]),
  comfortableConcurrentRuns: fc.integer({ min: 1, max: 200 }),
  healthCheckSeconds: fc.integer({ min: 1, max: 60 }),
  failedStartTimeoutSeconds: fc.integer({ min: 0, max: 300 }),
});

/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the level JSON is edited as a trainer edits the file */
function levelFrom(changes: LevelChanges): Level {
  const json: LevelJson = scaledFleet(levelJson(changes.base), changes.fleetFactor);
  const limit = changes.timeLimitSeconds;
  json.resolution.timeLimitSeconds = limit;
  json.change.pushAtSecond = changes.pushAt === null ? null : Math.floor(changes.pushAt * limit);
  json.chef.intervalSeconds = changes.chefIntervalSeconds;
  json.chef.splaySeconds = changes.splaySeconds;
  [json.chef.runSecondsMin, json.chef.runSecondsMax] = changes.runSeconds;
  json.chef.comfortableConcurrentRuns = changes.comfortableConcurrentRuns;
  json.loadBalancer.healthCheckSeconds = changes.healthCheckSeconds;
  json.apache.failedStartTimeoutSeconds = changes.failedStartTimeoutSeconds;
  // Whatever the story says at set times must still fall within the shorter shift.
  json.script = (json.script as Array<{ atSecond: number }>).filter((line) => line.atSecond <= limit);
  for (const channel of json.channels as Array<{ outage?: { atSecond: number } | null }>) if (channel.outage && channel.outage.atSecond > limit) channel.outage = null;
  const parsed = parseLevel(json, `${changes.base} (varied)`);
  if (!parsed.ok) throw new Error(`a generated level was refused: ${formatLevelProblems(parsed.problems)}`);
  expect(hostCount(json)).toBe(parsed.level.sim.tiers.reduce((sum, tier) => sum + tier.count, 0));
  return parsed.level;
}
/* eslint-enable @typescript-eslint/no-unsafe-member-access */

// ---- random players --------------------------------------------------------------------------------

/** Commands over the names a level has, and some it has not; `pick` is a random index into each list. */
function commandsFor(level: Level): fc.Arbitrary<Command> {
  const sim = level.sim;
  const hostNames = createState(sim, 1).hosts.map((host) => host.name);
  const names = [...new Set(['@all', ...sim.tiers.map((tier) => `@${tier.id}`), ...sim.tiers.map((tier) => `@${tier.group}`), '@nope'])];
  const hostEntry = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...names) },
    { weight: 3, arbitrary: fc.constantFrom(...hostNames) },
    { weight: 1, arbitrary: fc.constantFrom(...names).map((name) => `-${name}`) },
    { weight: 1, arbitrary: fc.constantFrom('web-9999', 'nobody', '') },
  );
  const hosts = fc.array(hostEntry, { minLength: 1, maxLength: 4 });
  const concurrency = fc.option(fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constant(100_000)), { nil: undefined });
  const hostAction = fc
    .record({ type: fc.constantFrom('run-chef', 'stop-chef', 'start-chef', 'start-apache', 'remove-default-config', 'repair-chef'), hosts, concurrency })
    .map(({ type, hosts: list, concurrency: width }): Command => ({ type, hosts: list, ...(width === undefined ? {} : { concurrency: width }) }));
  const flags = [...sim.featureFlags.map((flag) => flag.id), 'no-such-flag'];
  const channels = [...sim.channels.map((channel) => channel.id), 'in-person', 'nowhere'];
  const version = fc.constantFrom(sim.apache.installedVersion, sim.apache.mirrorVersion, sim.change.pinVersion, '9.9.9');
  const action: fc.Arbitrary<Command> = fc.oneof(
    { weight: 6, arbitrary: hostAction },
    { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('drain', 'restore'), hosts }).map((command): Command => command) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Command>(
        { type: 'pause-chef' },
        { type: 'resume-chef' },
        { type: 'fix-cookbook' },
        { type: 'view-site' },
        { type: 'read-lb-stats' },
        { type: 'check-mirror' },
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ version, hosts: fc.option(hosts, { nil: undefined }) })
        .map(({ version: v, hosts: h }): Command => ({ type: 'set-pin', version: v, ...(h === undefined ? {} : { hosts: h }) })),
    },
    { weight: 1, arbitrary: version.map((v): Command => ({ type: 'test-in-staging', version: v })) },
    { weight: 1, arbitrary: fc.record({ flag: fc.constantFrom(...flags), on: fc.boolean() }).map(({ flag, on }): Command => ({ type: 'set-feature-flag', flag, on })) },
    {
      weight: 1,
      arbitrary: fc.record({ host: fc.constantFrom(...hostNames, 'nobody'), method: fc.constantFrom('curl' as const, 'ssh' as const) }).map((c): Command => ({ type: 'check-host', ...c })),
    },
    {
      weight: 1,
      arbitrary: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }).map((pageId): Command => (pageId === undefined ? { type: 'ack-page' } : { type: 'ack-page', pageId })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          channel: fc.constantFrom(...channels),
          text: fc.constantFrom('on it', 'summary so far', ' '),
          intent: fc.constantFrom(undefined, 'update', 'summary', 'blame', 'all-clear', 'made-up'),
        })
        .map(({ intent, ...rest }): Command => ({ type: 'post-message', ...rest, ...(intent === undefined ? {} : { intent }) })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...STATUS_PAGE_STATUSES).map((status): Command => ({ type: 'update-status-page', status, text: 'We are on it.', intent: 'update' })) },
    { weight: 1, arbitrary: fc.constant<Command>({ type: 'end-incident' }) },
  );
  const responders = [...sim.responders.map((responder) => responder.id), 'nobody'];
  const job: fc.Arbitrary<Job> = fc.oneof(
    action.filter((command): command is Exclude<Command, { type: 'ask-for-help' | 'assign-job' }> => command.type !== 'ask-for-help' && command.type !== 'assign-job'),
    fc.constantFrom(...INVESTIGATION_TOPICS).map((topic): Job => ({ type: 'investigate', topic })),
    fc.constantFrom(...WATCH_TARGETS).map((target): Job => ({ type: 'watch', target })),
  );
  return fc.oneof(
    { weight: 8, arbitrary: action },
    {
      weight: 1,
      arbitrary: fc.option(fc.constantFrom(...responders), { nil: undefined }).map((r): Command => (r === undefined ? { type: 'ask-for-help' } : { type: 'ask-for-help', responder: r })),
    },
    { weight: 2, arbitrary: fc.record({ responder: fc.constantFrom(...responders), job }).map((c): Command => ({ type: 'assign-job', ...c })) },
  );
}

/** A level, a seed and up to 30 commands (some in bursts at one tick, as a pasted script gives them), sorted by tick. */
const randomCase = levelChanges.chain((changes) => {
  const level = levelFrom(changes);
  const timed = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), burst: fc.integer({ min: 1, max: 40 }), command: commandsFor(level) });
  return fc.record({
    level: fc.constant(level),
    changes: fc.constant(changes),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    timed: fc.array(timed, { maxLength: 30 }),
  });
});

function commandsOf(level: Level, timed: ReadonlyArray<{ at: number; burst: number; command: Command }>): TimedCommand[] {
  const lastTick = ticksFor(level.sim.resolution.timeLimitSeconds);
  // Most commands come alone; one in five is a burst of the same command at one tick (a key held down).
  return timed
    .flatMap(({ at, burst, command }) => Array.from({ length: burst % 5 === 0 ? burst : 1 }, () => ({ atTick: Math.floor(at * lastTick), command })))
    .sort((a, b) => a.atTick - b.atTick);
}

function explain(seed: number, changes: LevelChanges, commands: readonly TimedCommand[], what: string): string {
  return `${what}\nlevel changes: ${JSON.stringify(changes)}\nseed ${seed}, commands: ${JSON.stringify(commands.slice(0, 60))}`;
}

/** Everything that must hold after every tick. */
function checkTick(level: Level, state: SimState): string | null {
  const sim = level.sim;
  const hosts = sim.tiers.reduce((sum, tier) => sum + tier.count, 0);
  if (state.hosts.length !== hosts) return `${state.hosts.length} hosts, the level has ${hosts}`;
  for (const pool of POOL_IDS) {
    const load = state.pools[pool];
    for (const [name, value] of Object.entries(load)) {
      if (typeof value === 'number' && !(value >= 0)) return `pool ${pool}: ${name} is ${value}`;
    }
    if (load.serving > load.inPool || load.inPool > load.hosts || load.broken > load.hosts) return `pool ${pool}: counts do not nest: ${JSON.stringify(load)}`;
    if (load.errorRate > 1) return `pool ${pool}: error rate ${load.errorRate}`;
  }
  for (const [name, value] of Object.entries(state.totals)) if (!(value >= 0) || !Number.isFinite(value)) return `totals.${name} is ${value}`;
  if (!(state.ordersPerMinute >= 0) || !Number.isFinite(state.ordersPerMinute)) return `orders per minute is ${state.ordersPerMinute}`;
  if (!(state.chefServer.concurrentRuns >= 0)) return `the Chef server has ${state.chefServer.concurrentRuns} runs`;
  const tasksOn = new Map<number, number>();
  for (const task of state.tasks) {
    if (task.active.length > task.concurrency) return `task ${task.id} has ${task.active.length} hosts in flight, width ${task.concurrency}`;
    for (const id of new Set([...task.hostIds.slice(task.nextIndex), ...task.active.map((slot) => slot.hostId)])) tasksOn.set(id, (tasksOn.get(id) ?? 0) + 1);
  }
  for (const [id, count] of tasksOn) if (count > MAX_TASKS_PER_HOST) return `host ${id} is in ${count} tasks`;
  return null;
}

describe('random levels and random players', () => {
  it.prop([randomCase], PARAMS)(
    'never throw, keep every count sane, and end by the time limit',
    ({ level, changes, seed, timed }) => {
      const commands = commandsOf(level, timed);
      let trouble: string | null = null;
      let ticks = 0;
      const run = playRun(level.sim, seed, commands, {
        keepEvents: false,
        onTick: (state) => {
          ticks++;
          // Every tick on small fleets; every tenth on the others, to keep the run quick.
          if (trouble === null && (state.hosts.length < 100 || ticks % 10 === 0)) trouble = checkTick(level, state);
        },
      });
      expect(trouble, explain(seed, changes, commands, trouble ?? '')).toBeNull();
      const outcome = run.state.incident.outcome;
      const lastTick = ticksFor(level.sim.resolution.timeLimitSeconds);
      expect(outcome, explain(seed, changes, commands, 'the run did not end')).not.toBeNull();
      expect(outcome!.endedAtTick, explain(seed, changes, commands, 'the run ended after its time limit')).toBeLessThanOrEqual(lastTick);
      expect(checkTick(level, run.state), explain(seed, changes, commands, 'at the end')).toBeNull();
      // Hosts are the level's own: each once, in id order, in its tier.
      run.state.hosts.forEach((host, index) => {
        expect(host.id).toBe(index);
        expect(level.sim.tiers[host.tierIndex]).toBeDefined();
      });
      expect(new Set(run.state.hosts.map((host) => host.name)).size).toBe(run.state.hosts.length);
    },
    TIMEOUT_MS,
  );

  it.prop([randomCase, fc.double({ min: 0, max: 1, noNaN: true })], PARAMS)(
    'give the same final state from a snapshot restored partway as from the run itself',
    ({ level, changes, seed, timed }, cut) => {
      const commands = commandsOf(level, timed);
      const whole = playRun(level.sim, seed, commands, { keepEvents: false });
      const cutTick = Math.floor(cut * whole.state.tick);
      const first = playRun(level.sim, seed, commands, { keepEvents: false, untilTick: cutTick });
      const saved = snapshot(first.state);
      expect(hashState(saved), explain(seed, changes, commands, `the snapshot at tick ${cutTick} differs from the state it was taken of`)).toBe(hashState(first.state));
      const fromSnapshot = playRun(level.sim, seed, commands, { keepEvents: false, from: saved });
      const fromSave = playRun(level.sim, seed, commands, { keepEvents: false, from: restoreState(saveState(first.state)) });
      expect(hashState(fromSnapshot.state), explain(seed, changes, commands, `restored at tick ${cutTick}, the run ended elsewhere`)).toBe(hashState(whole.state));
      expect(hashState(fromSave.state)).toBe(hashState(whole.state));
    },
    TIMEOUT_MS,
  );
});
