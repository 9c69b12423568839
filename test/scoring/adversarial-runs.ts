// Support for the adversarial runs (adversarial-runs.test.ts) and the random runs (random-runs.property.test.ts):
// play a replay of the real level through the real step, score it with the level's own scoring section,
// and keep what the tests need to prove the run really produced the situation it claims (which hosts
// are broken, when the site was down, what the status page said), so a test cannot pass for the wrong reason.

import { playRun, type PlayResult, type TimedCommand } from '../../src/replay/play-run';
import type { Command } from '../../src/sim/commands';
import type { SimConfig } from '../../src/sim/config';
import type { SimEvent } from '../../src/sim/events';
import type { PoolStatus, SimState } from '../../src/sim/state';
import { scoreRun } from '../../src/sim/scoring/score-run';
import type { ScoringConfig } from '../../src/sim/scoring/scoring-config';
import type { RunScore, ScoreReason } from '../../src/sim/scoring/score-types';
import { bundledReplay } from '../support/level-files';
import { at, level } from './score-of';

export { at, level };

/** What the run looked like at the end of one tick: enough to say when the site was down and who was broken. */
export interface TickFacts {
  tick: number;
  web: PoolStatus;
  /** Hosts behind the load balancer (web, php7, api) whose Apache is not running, drained or not. */
  brokenServing: number;
  /** The php7 survivors whose Apache still runs. */
  php7Running: number;
}

export interface ScoredRun extends PlayResult {
  seed: number;
  commands: readonly TimedCommand[];
  score: RunScore;
  /** One entry per tick played, indexed by tick. */
  ticks: TickFacts[];
}

export interface PlayOptions {
  /** Another config than the level's (a level with a fleet-wide pause, say); name it in `configName` to share the run between tests. */
  config?: SimConfig;
  configName?: string;
  untilTick?: number;
}

/** Runs already played, oldest first; a run keeps its events (about a megabyte), so the oldest are let go past this many. */
const memo = new Map<string, ScoredRun>();
const MEMO_RUNS = 300;

/** Plays and scores a run (memoised: the same commands, seed and options give the same run). */
export function play(commands: readonly TimedCommand[], seed: number, options: PlayOptions = {}): ScoredRun {
  const shared = options.config === undefined || options.configName !== undefined;
  const key = JSON.stringify({ commands, seed, config: options.configName ?? null, until: options.untilTick ?? null });
  const known = shared ? memo.get(key) : undefined;
  if (known) return known;
  const config = options.config ?? level.sim;
  const ticks: TickFacts[] = [];
  const php7Tier = config.tiers.findIndex((tier) => tier.id === 'php7');
  const result = playRun(config, seed, commands, {
    ...(options.untilTick === undefined ? {} : { untilTick: options.untilTick }),
    onTick: (state) => {
      let brokenServing = 0;
      let php7Running = 0;
      for (const host of state.hosts) {
        if (host.lb === null) continue;
        if (host.apache.status !== 'running') brokenServing++;
        else if (host.tierIndex === php7Tier) php7Running++;
      }
      ticks.push({ tick: state.tick - 1, web: state.pools.web.status, brokenServing, php7Running });
    },
  });
  const score = scoreRun(config, result.events, result.state, level.scoring);
  const run: ScoredRun = { ...result, seed, commands, score, ticks };
  if (shared) {
    memo.set(key, run);
    if (memo.size > MEMO_RUNS) memo.delete(memo.keys().next().value!);
  }
  return run;
}

export type ReferenceName = 'nothing' | 'historical' | 'skilled';

export const REFERENCE_COMMANDS: Record<ReferenceName, readonly TimedCommand[]> = {
  nothing: [],
  historical: bundledReplay('historical').commands,
  skilled: bundledReplay('skilled').commands,
};

const references = new Map<string, ScoredRun>();

/** The bundled reference runs (doing nothing, what the real team did, a skilled response), kept for the whole file. */
export function reference(name: ReferenceName, seed: number): ScoredRun {
  const key = `${name}/${seed}`;
  let run = references.get(key);
  if (!run) {
    run = play(REFERENCE_COMMANDS[name], seed);
    references.set(key, run);
  }
  return run;
}

// ---- the fleet, as the tests need to talk about it ------------------------------------------------

const tierIdOf = (config: SimConfig, tierIndex: number): string => config.tiers[tierIndex]!.id;

/** A production host running Apache whose own Chef runs work: the bad pin spreads to it. */
export function isAtRisk(config: SimConfig, tierIndex: number): boolean {
  const tier = config.tiers[tierIndex]!;
  return tier.environment === 'production' && tier.runsApache && !tier.chefFailure;
}

export function hostNamesWhere(state: SimState, config: SimConfig, keep: (tierId: string, host: SimState['hosts'][number]) => boolean): string[] {
  return state.hosts.filter((host) => keep(tierIdOf(config, host.tierIndex), host)).map((host) => host.name);
}

/** Hosts behind the load balancer whose Apache is not running (drained or not): customers' capacity still missing. */
export function brokenServingHosts(state: SimState): string[] {
  return state.hosts.filter((host) => host.lb !== null && host.apache.status !== 'running').map((host) => host.name);
}

/** The at-risk hosts (web, api, tools) whose Apache is not running. */
export function brokenAtRiskHosts(state: SimState, config: SimConfig = level.sim): string[] {
  return state.hosts.filter((host) => isAtRisk(config, host.tierIndex) && host.apache.status !== 'running').map((host) => host.name);
}

/** When each at-risk host first failed to start Apache (the bad upgrade reaching it). */
export function firstHits(run: PlayResult, config: SimConfig = level.sim): Map<string, number> {
  const atRisk = new Set(run.state.hosts.filter((host) => isAtRisk(config, host.tierIndex)).map((host) => host.name));
  const hits = new Map<string, number>();
  for (const event of run.events) if (event.type === 'apache-failed-to-start' && atRisk.has(event.host) && !hits.has(event.host)) hits.set(event.host, event.tick);
  return hits;
}

/** The serving hosts broken after the first `untilTick` ticks of these commands (what a look at the load balancer would list). */
export function brokenServingAt(commands: readonly TimedCommand[], seed: number, untilTick: number): string[] {
  return brokenServingHosts(playRun(level.sim, seed, commands, { untilTick, keepEvents: false }).state);
}

/** Chef runs as they happened per host: who started each, when, and how it ended. */
export interface ChefRunSpan {
  host: string;
  startTick: number;
  endTick: number | null;
  trigger: 'schedule' | 'manual';
  by: string;
  result: 'ok' | 'failed' | null;
}

export function chefRunSpans(events: readonly SimEvent[]): ChefRunSpan[] {
  const open = new Map<string, ChefRunSpan>();
  const spans: ChefRunSpan[] = [];
  for (const event of events) {
    if (event.type === 'chef-run-started') {
      const span: ChefRunSpan = { host: event.host, startTick: event.tick, endTick: null, trigger: event.trigger, by: event.by, result: null };
      open.set(event.host, span);
      spans.push(span);
    } else if (event.type === 'chef-run-finished') {
      const span = open.get(event.host);
      if (span) Object.assign(span, { endTick: event.tick, result: event.result });
      open.delete(event.host);
    }
  }
  return spans;
}

/** The Chef run in flight on `host` when `event` happened, if any. */
export function runAround(spans: readonly ChefRunSpan[], host: string, tick: number): ChefRunSpan | undefined {
  return spans.filter((span) => span.host === host && span.startTick <= tick && (span.endTick === null || span.endTick >= tick)).pop();
}

// ---- the score, as the tests need to read it -------------------------------------------------------

export function allReasons(score: RunScore): ScoreReason[] {
  return score.families.flatMap((entry) => entry.reasons);
}

/** Every line the debrief prints for the score: the families' reasons and the adjustments to the total. */
export function allTexts(score: RunScore): string[] {
  return [...allReasons(score).map((reason) => reason.text), ...score.adjustments.map((adjustment) => adjustment.text)];
}

/**
 * The level's cap on the total of a run that never resolves, if its scoring section states one (the
 * lead names it; any numeric setting whose path mentions "unresolved" is taken), else null.
 */
export function unresolvedCap(scoring: ScoringConfig = level.scoring): number | null {
  const found: number[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number' && /unresolved|never.?resolved/i.test(path)) found.push(value);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  walk(scoring, 'scoring');
  return found.length > 0 ? Math.min(...found) : null;
}

/** The run as a replay file a person can paste into levels/ and play with `npm run sim`. */
export function replayText(commands: readonly TimedCommand[], seed: number): string {
  return JSON.stringify({ replayVersion: 1, level: 'apache-snafu', seed, commands: commands.map(({ atTick, command }) => ({ atTick, ...command })) });
}

// ---- what the player says, in the level's own words ---------------------------------------------

/** A prepared post of the level, by intent. */
export function post(intent: string, channel = 'ops'): Command {
  const wording = level.comms.posts.flatMap((choice) => choice.wordings).find((candidate) => candidate.intent === intent);
  if (!wording) throw new Error(`the level has no post with intent ${intent}`);
  return { type: 'post-message', channel, text: wording.text, intent: wording.intent };
}

/** A prepared status page update of the level, by its label ("Degraded", "Operational"…). */
export function statusUpdate(label: string): Command {
  const choice = level.comms.statusUpdates.find((candidate) => candidate.label === label);
  const wording = choice?.wordings.find((candidate) => candidate.intent === 'update') ?? choice?.wordings[0];
  if (!choice || !wording) throw new Error(`the level has no status update labelled ${label}`);
  return { type: 'update-status-page', status: choice.status, text: wording.text, intent: wording.intent };
}

/** Every web, api and tool host but the php7 survivors: where the skilled replay stops chef-client. */
export const FLEET: string[] = ['@web', '@api', '@tools', '-@php7'];

export const STOP_FLEET: Command = { type: 'stop-chef', hosts: FLEET, concurrency: 30 };

export function webHosts(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => `web-${String(from + index).padStart(3, '0')}`);
}

/**
 * A great deal of talk and looking, and no fix: the channel told at once, help asked, every cat given a
 * clear job, the php7 boxes named, a summary, load shed and restored, the status page kept current,
 * and then "Operational" and the all-clear at 15 minutes, whatever the fleet looks like.
 */
export const TALK: TimedCommand[] = [
  at(62, post('update')),
  at(100, { type: 'check-host', host: 'web-017', method: 'ssh' }),
  at(120, { type: 'check-mirror' }),
  at(130, post('ask-help')),
  at(135, post('leave-php7-alone')),
  at(150, { type: 'read-lb-stats' }),
  at(160, { type: 'set-feature-flag', flag: 'recommendations', on: false }),
  at(200, statusUpdate('Degraded')),
  at(240, { type: 'ack-page' }),
  at(250, { type: 'assign-job', responder: 'marmalade', job: { type: 'watch', target: 'site' } }),
  at(260, { type: 'assign-job', responder: 'miso', job: { type: 'investigate', topic: 'broken-host' } }),
  at(270, { type: 'assign-job', responder: 'noodle', job: { type: 'investigate', topic: 'php7' } }),
  at(280, { type: 'assign-job', responder: 'pixel', job: { type: 'investigate', topic: 'monitoring' } }),
  at(290, { type: 'assign-job', responder: 'biscuit', job: { type: 'watch', target: 'chef-server' } }),
  at(400, { type: 'assign-job', responder: 'tofu', job: { type: 'read-lb-stats' } }),
  at(420, post('blameless')),
  at(600, post('summary')),
  at(700, { type: 'view-site' }),
  at(800, { type: 'set-feature-flag', flag: 'recommendations', on: true }),
  at(900, statusUpdate('Operational')),
  at(910, post('all-clear')),
  at(1500, { type: 'view-site' }),
  at(1510, post('summary')),
];

/** The tick the talk posts its all-clear. */
export const ALL_CLEAR_TICK = 910;
