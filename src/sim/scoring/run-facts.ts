// Everything the families judge, read once from the run's events and its final state: the incident's
// milestones, whose decision each event was, each host's story, the roll-out, the looks, and Chef's load.
// The families only read these facts (and the events); none of them keeps its own count of the world.

import type { SimConfig } from '../config';
import type { EventOf, SimEvent, SimEventType } from '../events';
import type { SimState } from '../state';
import { followChefRuns, type ChefRunFacts } from './chef-runs';
import { creditBook, type CreditBook } from './credit';
import { dangerOf, type Danger } from './danger';
import { handTasks, type HandTasks } from './hand-tasks';
import { hostFacts, type HostFacts } from './host-facts';
import { outOfBandLooks, watchSpans, type Look, type WatchSpan } from './looks';
import { reviewFacts, triedHostHits, type ReviewFacts } from './review-facts';
import { rolloutStages, type RolloutStage } from './rollout-stages';
import type { HostCover } from './switch-cover';

export interface RunFacts {
  config: SimConfig;
  state: SimState;
  events: readonly SimEvent[];
  /** An event's place in `events`, for the evidence of a reason line (-1 for one not in the run). */
  indexOf: (event: SimEvent) => number;
  endTick: number;
  /** The first production Apache failing to start (a try of the change before the fleet had it aside), or customers first hurt, whichever came first. */
  firstSignTick: number | null;
  /** When customers were first hurt, and when the site was whole again (null if it never was). */
  impactTick: number | null;
  resolvedTick: number | null;
  credit: CreditBook;
  hosts: HostFacts[];
  /** When the cookbook would break a host's Apache, and how that ended. */
  danger: Danger;
  /** What the player's kill switches did for each host at risk, by name. */
  cover: Map<string, HostCover>;
  /** Every hand task, with what it did to Apache; the steps among the player's that changed hosts serving customers. */
  tasks: HandTasks;
  stages: RolloutStage[];
  looks: Look[];
  watches: WatchSpan[];
  chef: ChefRunFacts;
  /** The review of the change, where the level asks for one (null where it does not). */
  review: ReviewFacts | null;
  /** Hosts that broke only because the change was tried on them before the fleet had it (canaries). */
  triedHosts: ReadonlySet<string>;
}

export function runFacts(config: SimConfig, events: readonly SimEvent[], state: SimState): RunFacts {
  const credit = creditBook(config, events);
  const danger = dangerOf(config, events, credit);
  const { hosts, cover } = hostFacts(config, state, events, credit, danger);
  const endTick = state.incident.outcome?.endedAtTick ?? state.tick;
  const tasks = handTasks(events, credit, endTick);
  // A canary the change broke before the fleet had it is the try doing its job, not the incident starting.
  const tried = triedHostHits(config, events);
  const firstHit = Math.min(...hosts.filter((host) => host.atRisk && host.hitTick !== null && !tried.has(host.name)).map((host) => host.hitTick!));
  const impactTick = state.incident.impactStartedAtTick;
  const firstSign = Math.min(firstHit, impactTick ?? Number.POSITIVE_INFINITY);
  const index = new Map(events.map((event, place) => [event, place]));
  return {
    config,
    state,
    events,
    indexOf: (event) => index.get(event) ?? -1,
    endTick,
    firstSignTick: Number.isFinite(firstSign) ? firstSign : null,
    impactTick,
    resolvedTick: state.incident.resolvedAtTick,
    credit,
    hosts,
    danger,
    cover,
    tasks,
    stages: rolloutStages(tasks.all, hosts),
    looks: outOfBandLooks(events, credit),
    watches: watchSpans(events, credit, endTick),
    chef: followChefRuns(config, events, credit),
    review: reviewFacts(config, events, credit, hosts),
    triedHosts: tried,
  };
}

export function eventsOf<T extends SimEventType>(facts: RunFacts, type: T): EventOf<T>[] {
  return facts.events.filter((event): event is EventOf<T> => event.type === type);
}

/** The events of this type that were the player's decision. */
export function creditedOf<T extends SimEventType>(facts: RunFacts, type: T): EventOf<T>[] {
  return eventsOf(facts, type).filter((event) => facts.credit.credited(event));
}

/** When customers stopped being hurt: the resolution, or the end of the run if it never came. */
export function impactEndTick(facts: RunFacts): number {
  return facts.resolvedTick ?? facts.endTick;
}
