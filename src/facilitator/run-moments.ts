// A run's key moments, for the room's shared timeline and its questions: the first kill switch, the first
// canary, the status page first updated, help first asked, the php7 survivors first touched, and the
// incident resolved.
//
// Computed by playing the export's commands again (run-file.ts) and reading the events through the same
// facts the score reads (src/sim/scoring/run-facts.ts), not from the debrief's timeline: that timeline is
// words written for people (and a file can be edited), while the events are exact, and reading them the
// way the score does keeps a moment on the timeline and a point on the score sheet in agreement. Each
// moment is an effect, never a command merely given: a kill switch is one that covered a host at risk
// while the cookbook was dangerous; a canary is a step of the player's that ran Chef on at most the
// level's canary size of serving hosts, and changed them, before anything went wider.

import type { Level } from '../levels/level';
import type { HostAction } from '../sim/commands';
import type { SimEvent } from '../sim/events';
import type { SimState } from '../sim/state';
import { creditedOf, runFacts, type RunFacts } from '../sim/scoring/run-facts';
import { unresolvedBecause } from '../sim/scoring/total-adjustments';
import { graphBlindAt } from './graph-blind';

export const MOMENT_IDS = ['kill-switch', 'canary', 'status-page', 'help', 'php7', 'resolved'] as const;
export type MomentId = (typeof MOMENT_IDS)[number];

export const MOMENT_LABELS: Record<MomentId, string> = {
  'kill-switch': 'First kill switch',
  canary: 'First canary',
  'status-page': 'Status page first updated',
  help: 'Help asked',
  php7: 'php7 touched',
  resolved: 'Resolved',
};

export interface Moment {
  id: MomentId;
  tick: number;
  /** The fleet's monitoring was down just before it: the player could not see the fleet. */
  graphBlind: boolean;
}

export interface RunMoments {
  /** The first sign of trouble (a production Apache failing, or customers hurt), or null if none came. */
  firstSignTick: number | null;
  /** When customers were first hurt, or null. */
  impactTick: number | null;
  /** When the level ended. */
  endTick: number;
  /** Each moment, or null when the run never had it. */
  moments: Record<MomentId, Moment | null>;
  /** The php7 survivors were touched while the rest was not yet healthy (before the resolution, or it never came). */
  php7BeforeHealthy: boolean;
  /** How many php7 survivors the level has (serving hosts whose own Chef runs were failing): none, no such moment. */
  survivors: number;
}

/** Actions that run Chef on a host: a canary is Chef tried on one host first. */
const CHEF_ACTIONS: readonly HostAction[] = ['run-chef', 'start-chef'];

export function runMoments(level: Level, events: readonly SimEvent[], state: SimState): RunMoments {
  const facts = runFacts(level.sim, events, state);
  const blind = graphBlindAt(events);
  const moment = (id: MomentId, tick: number | null | undefined): Moment | null => (tick === null || tick === undefined ? null : { id, tick, graphBlind: blind(tick) });
  // Resolved as the score means it (total-adjustments.ts): the site whole and the bad change truly past.
  const resolvedTick = unresolvedBecause(facts) === null ? facts.resolvedTick : null;
  const php7 = php7TouchedTick(facts);
  return {
    firstSignTick: facts.firstSignTick,
    impactTick: facts.impactTick,
    endTick: facts.endTick,
    moments: {
      'kill-switch': moment('kill-switch', firstKillSwitchTick(facts)),
      canary: moment('canary', firstCanaryTick(facts, level.scoring.staging.canaryMaxHosts)),
      'status-page': moment('status-page', creditedOf(facts, 'status-page-updated')[0]?.tick),
      help: moment('help', creditedOf(facts, 'responder-called')[0]?.tick),
      php7: moment('php7', php7),
      resolved: moment('resolved', resolvedTick),
    },
    php7BeforeHealthy: php7 !== null && (resolvedTick === null || php7 < resolvedTick),
    survivors: facts.hosts.filter((host) => host.survivor).length,
  };
}

/** The first moment a switch of the player's covered a host at risk while the cookbook was dangerous. */
function firstKillSwitchTick(facts: RunFacts): number | null {
  const ticks = [...facts.cover.values()].flatMap((cover) => (cover.coveredTick === null ? [] : [cover.coveredTick]));
  return ticks.length > 0 ? Math.min(...ticks) : null;
}

/**
 * The staging rule's canary (src/sim/scoring/staging.ts), held to Chef: a step of the player's that ran
 * Chef and changed at most `canaryMaxHosts` serving hosts, and had done so before anything went wider (a
 * bigger step, or a fleet-wide pin to a version the mirror serves, which rolls it out everywhere).
 */
function firstCanaryTick(facts: RunFacts, canaryMaxHosts: number): number | null {
  const stages = [...facts.stages].sort((a, b) => a.startTick - b.startTick);
  const wideStep = stages.find((stage) => stage.servingHosts > canaryMaxHosts)?.startTick ?? Number.POSITIVE_INFINITY;
  const fleetPin = creditedOf(facts, 'pin-changed').find((event) => event.hosts === null && event.version === facts.config.apache.mirrorVersion)?.tick ?? Number.POSITIVE_INFINITY;
  const wider = Math.min(wideStep, fleetPin);
  const canary = stages.find((stage) => stage.servingHosts <= canaryMaxHosts && CHEF_ACTIONS.includes(stage.task.action) && stage.endTick <= wider);
  return canary?.startTick ?? null;
}

/**
 * The first moment the player (or a cat on a job they gave) changed one of the php7 survivors: a hand
 * task that moved its Apache (fixed, upgraded or broke it), Chef mended on it (its next run takes the
 * upgrade), or the host drained from the load balancer. Looking at one changes nothing and is no touch.
 */
function php7TouchedTick(facts: RunFacts): number | null {
  const survivors = new Set(facts.hosts.filter((host) => host.survivor).map((host) => host.name));
  if (survivors.size === 0) return null;
  const ticks: number[] = [];
  for (const task of facts.tasks.all) {
    if (task.credit !== 'player') continue;
    for (const event of task.effectEvents) if ('host' in event && survivors.has(event.host)) ticks.push(event.tick);
  }
  for (const event of [...creditedOf(facts, 'chef-repaired'), ...creditedOf(facts, 'host-drained')]) if (survivors.has(event.host)) ticks.push(event.tick);
  return ticks.length > 0 ? Math.min(...ticks) : null;
}
