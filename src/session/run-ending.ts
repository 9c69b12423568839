// How a run ended, as facts the headline can be true of: how the shift closed, what state the site was
// in at that moment, and whose decisions started Apache again on the hosts that came back. A run where
// Chef's own second runs healed the fleet must not read as the player's fix, nor one healthy at the end
// as one where customers still hurt. A change held on what trying it showed ends the shift before any
// incident: that ending is named too, so it never reads as an ordinary quiet morning.

import type { SimConfig } from '../sim/config';
import { POOL_IDS } from '../sim/config';
import type { SimEvent } from '../sim/events';
import { allPoolsHealthy, siteRecovered } from '../sim/incident';
import { followChefRuns } from '../sim/scoring/chef-runs';
import { creditBook } from '../sim/scoring/credit';
import type { Outcome, SimState } from '../sim/state';

/** Hosts whose Apache came back, by whose decision started it. */
export interface Restarts {
  /** Yours: by hand, a Chef run you started (or restarted), or a cat on a job you gave. */
  you: number;
  /** Chef's own schedule: its second run on a host starts Apache by itself. */
  chef: number;
  /** Cats who acted without a job from you, and how many hosts they brought back. */
  alone: number;
  aloneNames: string[];
  /** Anyone else (a cat on a job nobody gave, say). */
  others: number;
}

export interface RunEnding {
  result: Outcome['result'];
  reason: Outcome['reason'];
  endedAtTick: number;
  /** Every pool healthy and no host meant to serve still broken: what the simulation calls recovered. */
  siteWhole: boolean;
  /** Every pool healthy for customers, even if some hosts were still broken behind the survivors. */
  customersServed: boolean;
  /** A pool failing nearly every request. */
  siteDown: boolean;
  /** Hosts of the serving pools with Apache down at the end. */
  hostsStillBroken: number;
  restarts: Restarts;
  /**
   * The incident that did not happen: the change was held on what trying it showed (a staging test, a
   * canary), with the fleet whole, and the level ended there. Null for every other ending.
   */
  averted: { atTick: number; evidence: 'staging' | 'canary'; hostsKept: number } | null;
}

export function runEnding(config: SimConfig, state: SimState, events: readonly SimEvent[]): RunEnding {
  const outcome = state.incident.outcome ?? { result: 'unresolved', reason: 'time-limit', endedAtTick: state.tick };
  return {
    result: outcome.result,
    reason: outcome.reason,
    endedAtTick: outcome.endedAtTick,
    siteWhole: siteRecovered(state),
    customersServed: allPoolsHealthy(state),
    siteDown: POOL_IDS.some((pool) => state.pools[pool].status === 'down'),
    hostsStillBroken: POOL_IDS.reduce((sum, pool) => sum + state.pools[pool].broken, 0),
    restarts: restartsOf(config, events),
    averted: avertedOf(events),
  };
}

function avertedOf(events: readonly SimEvent[]): RunEnding['averted'] {
  const averted = events.find((event) => event.type === 'incident-averted');
  return averted?.type === 'incident-averted' ? { atTick: averted.tick, evidence: averted.evidence, hostsKept: averted.hostsKept } : null;
}

/** Reads whose decision each `apache-started` was, with the score's own credit rules, so the two agree. */
function restartsOf(config: SimConfig, events: readonly SimEvent[]): Restarts {
  const credit = creditBook(config, events);
  const chef = followChefRuns(config, events, credit);
  const restarts: Restarts = { you: 0, chef: 0, alone: 0, aloneNames: [], others: 0 };
  for (const event of events) {
    if (event.type !== 'apache-started') continue;
    const cause = chef.causeOf(event) ?? { by: event.by, credit: credit.of(event) };
    if (cause.credit === 'player') restarts.you++;
    else if (cause.credit === 'alone') {
      restarts.alone++;
      if (!restarts.aloneNames.includes(cause.by)) restarts.aloneNames.push(cause.by);
    } else if (cause.by === 'chef') restarts.chef++;
    else restarts.others++;
  }
  return restarts;
}
