// Random runs of the real level, scored as the debrief scores them: whatever the player clicks, in
// whatever order, (a) a run that leaves the incident unresolved never scores above what the real team
// did, (b) no run scores above the skilled reference, and (c) every point is explained (each family's
// reason lines add up to what it earned) and the total stays within 0-100. The command set, the host
// names and groups, the flags, the pins and the wordings all come from the level itself.
//
// Reproducible: fast-check runs from a fixed seed. A failure prints the shrunk run as a replay file
// (paste it into a .replay.json and play it with `npm run sim -- --level levels/apache-snafu.json --replay FILE`).

import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { TimedCommand } from '../../src/replay/play-run';
import { INVESTIGATION_TOPICS, WATCH_TARGETS, type Command, type Job } from '../../src/sim/commands';
import { createState } from '../../src/sim/create-state';
import { level, play, reference, replayText, type ScoredRun } from './adversarial-runs';

/** Fixed, so CI sees the same 40 runs every time; change it to explore, and keep any counterexample as a test. */
const FAST_CHECK_SEED = 20_250_601;
/** About 0.3 s a run: 40 runs, shared by the three properties, keep the file near 20 s. */
const NUM_RUNS = 40;
/** Shrinking replays a run per step: stop it after this long and report the smallest run found so far. */
const SHRINK_BUDGET_MS = 45_000;
const TIMEOUT_MS = 120_000;

const config = level.sim;
const hostNames = createState(config, 1).hosts.map((host) => host.name);
const firstOf = (prefix: string): string => hostNames.find((name) => name.startsWith(prefix))!;

// ---- what the player can name ------------------------------------------------------------------

/** The level's groups (as the terminal and replays write them), and a few single hosts of every tier. */
const GROUPS = ['@web', '@api', '@tools', '@php7', '@db', '@dev', '@all'];
const SINGLE_HOSTS = [...new Set(['web-017', 'web-001', 'web-050', 'web-113', 'api-01', 'api-30', ...config.tiers.map((tier) => firstOf(`${tier.hostPrefix}-`)), 'web-php7-07'])].filter(
  (name) => hostNames.includes(name),
);
const PIN_VERSIONS = ['2.2.21', '2.2.22', '9.9.9'];
const FLAGS = config.featureFlags.map((flag) => flag.id);
const CHANNELS = config.channels.map((channel) => channel.id);
const RESPONDERS = config.responders.map((responder) => responder.id);
const POSTS = level.comms.posts.flatMap((choice) => choice.wordings);
const STATUS_UPDATES = level.comms.statusUpdates.flatMap((choice) => choice.wordings.map((wording) => ({ status: choice.status, ...wording })));

/** Every web, api and tool host but the survivors: the list a player who knows the story types most. */
const FLEET = ['@web', '@api', '@tools', '-@php7'];
const hostList = fc.oneof(
  { weight: 1, arbitrary: fc.constant(FLEET) },
  {
    weight: 3,
    arbitrary: fc.uniqueArray(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...GROUPS) }, { weight: 2, arbitrary: fc.constantFrom(...SINGLE_HOSTS) }, { weight: 1, arbitrary: fc.constant('-@php7') }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  },
);
const concurrency = fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined });

function hostCommand<T extends 'run-chef' | 'stop-chef' | 'start-chef' | 'start-apache' | 'remove-default-config' | 'repair-chef'>(type: T) {
  return fc.record({ hosts: hostList, concurrency }).map(({ hosts, concurrency: width }): Command => ({ type, hosts, ...(width === undefined ? {} : { concurrency: width }) }));
}

/** Every command but asking for help and giving jobs: what a responder can also be given as a job. */
const actionCommand: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: hostCommand('run-chef') },
  { weight: 3, arbitrary: hostCommand('stop-chef') },
  { weight: 3, arbitrary: hostCommand('start-chef') },
  { weight: 1, arbitrary: hostCommand('start-apache') },
  { weight: 1, arbitrary: hostCommand('remove-default-config') },
  { weight: 2, arbitrary: hostCommand('repair-chef') },
  { weight: 2, arbitrary: hostList.map((hosts): Command => ({ type: 'drain', hosts })) },
  { weight: 2, arbitrary: hostList.map((hosts): Command => ({ type: 'restore', hosts })) },
  { weight: 1, arbitrary: fc.constantFrom<Command>({ type: 'pause-chef' }, { type: 'resume-chef' }) },
  {
    weight: 2,
    arbitrary: fc
      .record({ version: fc.constantFrom(...PIN_VERSIONS), hosts: fc.option(hostList, { nil: undefined }) })
      .map(({ version, hosts }): Command => ({ type: 'set-pin', version, ...(hosts === undefined ? {} : { hosts }) })),
  },
  { weight: 2, arbitrary: fc.constant<Command>({ type: 'fix-cookbook' }) },
  { weight: 1, arbitrary: fc.constantFrom(...PIN_VERSIONS).map((version): Command => ({ type: 'test-in-staging', version })) },
  { weight: 2, arbitrary: fc.record({ flag: fc.constantFrom(...FLAGS), on: fc.boolean() }).map(({ flag, on }): Command => ({ type: 'set-feature-flag', flag, on })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ host: fc.constantFrom(...SINGLE_HOSTS), method: fc.constantFrom('curl' as const, 'ssh' as const) })
      .map(({ host, method }): Command => ({ type: 'check-host', host, method })),
  },
  { weight: 2, arbitrary: fc.constantFrom<Command>({ type: 'view-site' }, { type: 'read-lb-stats' }, { type: 'check-mirror' }) },
  { weight: 1, arbitrary: fc.constant<Command>({ type: 'ack-page' }) },
  {
    weight: 3,
    arbitrary: fc
      .record({ channel: fc.constantFrom(...CHANNELS), wording: fc.constantFrom(...POSTS) })
      .map(({ channel, wording }): Command => ({ type: 'post-message', channel, text: wording.text, intent: wording.intent })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...STATUS_UPDATES).map((update): Command => ({ type: 'update-status-page', status: update.status, text: update.text, intent: update.intent })),
  },
  { weight: 1, arbitrary: fc.constant<Command>({ type: 'end-incident' }) },
);

const job: fc.Arbitrary<Job> = fc.oneof(
  { weight: 3, arbitrary: actionCommand as fc.Arbitrary<Job> },
  { weight: 1, arbitrary: fc.constantFrom(...INVESTIGATION_TOPICS).map((topic): Job => ({ type: 'investigate', topic })) },
  { weight: 1, arbitrary: fc.constantFrom(...WATCH_TARGETS).map((target): Job => ({ type: 'watch', target })) },
);

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 10, arbitrary: actionCommand },
  {
    weight: 1,
    arbitrary: fc.option(fc.constantFrom(...RESPONDERS), { nil: undefined }).map((responder): Command => ({ type: 'ask-for-help', ...(responder === undefined ? {} : { responder }) })),
  },
  { weight: 2, arbitrary: fc.record({ responder: fc.constantFrom(...RESPONDERS), job }).map(({ responder, job: given }): Command => ({ type: 'assign-job', responder, job: given })) },
);

/** Any second of the hour, with the first ten minutes (where the spread is won or lost) a little more likely. */
const atTick = fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 3600 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 600 }) });
const timedCommand: fc.Arbitrary<TimedCommand> = fc.record({ atTick, command });

/** A run: a seed of the level and up to 25 commands at random seconds (sorted, as a replay file is). */
const randomRun = fc.record({
  seed: fc.constantFrom(1, 2, 3),
  commands: fc.array(timedCommand, { maxLength: 25, size: 'max' }).map((list) => [...list].sort((a, b) => a.atTick - b.atTick)),
});

type RandomRun = { seed: number; commands: TimedCommand[] };

const PARAMS = { seed: FAST_CHECK_SEED, numRuns: NUM_RUNS, plugins: [fc.interruptAfterTimeLimit(SHRINK_BUDGET_MS)] };

/** Fails with the run as a replay, the outcome and the totals against the references, so the counterexample can be replayed as it is. */
function explain(run: ScoredRun, problem: string): string {
  const historical = reference('historical', run.seed).score.total;
  const skilled = reference('skilled', run.seed).score.total;
  return [
    problem,
    `outcome ${JSON.stringify(run.state.incident.outcome)}; total ${run.score.total} (historical ${historical}, skilled ${skilled} on seed ${run.seed})`,
    `families: ${run.score.families.map((entry) => `${entry.id} ${entry.earned}/${entry.outOf}`).join(', ')}`,
    `replay: ${replayText(run.commands, run.seed)}`,
  ].join('\n');
}

function playRandom({ seed, commands }: RandomRun): ScoredRun {
  return play(commands, seed);
}

describe('random runs of the real level', () => {
  it.prop([randomRun], PARAMS)(
    '(a) a run that leaves the incident unresolved never scores above what the real team did',
    (sample) => {
      const run = playRandom(sample);
      const result = run.state.incident.outcome?.result;
      if (result === 'recovered' || result === 'no-impact') return;
      const historical = reference('historical', run.seed).score.total;
      expect(run.score.total, explain(run, 'an unresolved run beat the real team')).toBeLessThanOrEqual(historical);
    },
    TIMEOUT_MS,
  );

  it.prop([randomRun], PARAMS)(
    '(b) no run scores above the skilled reference',
    (sample) => {
      const run = playRandom(sample);
      const skilled = reference('skilled', run.seed).score.total;
      expect(run.score.total, explain(run, 'a random run beat the skilled response')).toBeLessThanOrEqual(skilled);
    },
    TIMEOUT_MS,
  );

  it.prop([randomRun], PARAMS)(
    '(c) every family is the sum of its reason lines, and the total is 0-100',
    (sample) => {
      const run = playRandom(sample);
      for (const entry of run.score.families) {
        const sum = entry.reasons.reduce((total, reason) => total + reason.points, 0);
        expect(Math.abs(sum - entry.earned), explain(run, `${entry.id}: its lines add up to ${sum}, it earned ${entry.earned}`)).toBeLessThan(1e-6);
      }
      expect(Number.isFinite(run.score.total), explain(run, 'the total is not a number')).toBe(true);
      expect(run.score.total, explain(run, 'the total is below 0')).toBeGreaterThanOrEqual(0);
      expect(run.score.total, explain(run, 'the total is above 100')).toBeLessThanOrEqual(100);
    },
    TIMEOUT_MS,
  );
});
