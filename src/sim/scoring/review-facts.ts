// The review of the change, where the level asks for one (the Hindsight level), read from the run's
// events: when the author asked, what the player tried of the change before deciding and what that try
// showed, what they decided, whether the change reached the fleet, and what it did there. Trying counts
// by what it showed (a failure of the change's version in staging or on a canary), never by the command.

import type { SimConfig } from '../config';
import type { EventOf, SimEvent } from '../events';
import type { CreditBook } from './credit';
import type { HostFacts } from './host-facts';

export interface ReviewFacts {
  askedTick: number | null;
  /** The first failure of the change's version seen before the fleet had it, on a try of the player's. */
  evidence: EventOf<'change-evidence-found'> | null;
  /** A try of the player's before the fleet had it that showed the change working (a staging test that passed, a canary still serving), or null. */
  passedTry: { tick: number; where: 'staging' | 'canary' } | null;
  /** The player's approval that let it go out, if it went out that way. */
  approved: EventOf<'change-approved'> | null;
  /** The hold in force at the end (none once an approval released it). */
  held: EventOf<'change-held'> | null;
  /** The author pushing it when nobody had answered by the deadline. */
  pushedAnyway: EventOf<'change-pushed-anyway'> | null;
  /** When the change reached the whole fleet, however it got there (null: it never did). */
  outTick: number | null;
  /** The pin-changed that took it to the fleet. */
  outEvent: SimEvent | null;
  averted: EventOf<'incident-averted'> | null;
  /** Production hosts at risk that broke after the change reached the fleet. */
  brokeAfterOut: number;
  /** Production hosts at risk that never took the change's version, and how many were at risk. */
  hostsKept: number;
  hostsAtRisk: number;
}

/** Null where the level asks for no review. */
export function reviewFacts(config: SimConfig, events: readonly SimEvent[], credit: CreditBook, hosts: readonly HostFacts[]): ReviewFacts | null {
  if (!config.change.review) return null;
  const version = config.change.pinVersion;
  const facts: ReviewFacts = {
    askedTick: null,
    evidence: null,
    passedTry: null,
    approved: null,
    held: null,
    pushedAnyway: null,
    outTick: null,
    outEvent: null,
    averted: null,
    brokeAfterOut: 0,
    hostsKept: 0,
    hostsAtRisk: 0,
  };
  /** Hosts the player pinned to the change's version on their own: a canary of theirs. */
  const canaryPins = new Set<string>();
  const tookIt = new Set<string>();
  /** Canary hosts that took the change, and when, until their Apache fails: still serving at the end, they showed it working. */
  const canaryUpgrades = new Map<string, number>();
  for (const event of events) {
    switch (event.type) {
      case 'change-review-asked':
        facts.askedTick ??= event.tick;
        break;
      case 'pin-changed':
        if (event.version !== version) break;
        if (event.hosts !== null && credit.credited(event)) for (const host of event.hosts) canaryPins.add(host);
        if (event.hosts === null && facts.outTick === null) Object.assign(facts, { outTick: event.tick, outEvent: event });
        break;
      case 'staging-test-finished':
        if (facts.outTick === null && event.version === version && event.installed > 0 && event.failedAfterUpgrade === 0 && credit.credited(event)) {
          facts.passedTry ??= { tick: event.tick, where: 'staging' };
        }
        break;
      case 'change-evidence-found':
        // A staging test is whoever booked it; a canary is the player's when they pinned that host.
        if (facts.evidence === null && (event.kind === 'staging' ? stagedByPlayer(events, event, credit) : event.hosts.some((host) => canaryPins.has(host)))) facts.evidence = event;
        break;
      case 'change-approved':
        if (credit.credited(event)) facts.approved ??= event;
        facts.held = null;
        break;
      case 'change-held':
        if (credit.credited(event)) facts.held = event;
        break;
      case 'change-pushed-anyway':
        facts.pushedAnyway = event;
        break;
      case 'incident-averted':
        facts.averted = event;
        break;
      case 'apache-upgraded':
        if (event.to === version) tookIt.add(event.host);
        if (event.to === version && facts.outTick === null && canaryPins.has(event.host)) canaryUpgrades.set(event.host, event.tick);
        break;
      case 'apache-failed-to-start':
        canaryUpgrades.delete(event.host);
        break;
    }
  }
  const served = [...canaryUpgrades.values()];
  if (facts.passedTry === null && served.length > 0) facts.passedTry = { tick: Math.min(...served), where: 'canary' };
  const atRisk = hosts.filter((host) => host.atRisk);
  const out = facts.outTick;
  facts.brokeAfterOut = out === null ? 0 : atRisk.filter((host) => host.hitTick !== null && host.hitTick >= out).length;
  facts.hostsAtRisk = atRisk.length;
  facts.hostsKept = atRisk.filter((host) => !tookIt.has(host.name)).length;
  return facts;
}

/** Whether the staging test behind this evidence was booked by the player (or a cat on their job). */
function stagedByPlayer(events: readonly SimEvent[], evidence: SimEvent, credit: CreditBook): boolean {
  for (let index = events.indexOf(evidence); index >= 0; index--) {
    const event = events[index]!;
    if (event.type === 'staging-test-finished') return credit.credited(event);
  }
  return false;
}

/**
 * Hosts that broke only because someone tried the change there (a host pinned to its version on its own)
 * before the fleet had it: a try, not the incident spreading, so not its first sign.
 */
export function triedHostHits(config: SimConfig, events: readonly SimEvent[]): Set<string> {
  const version = config.change.pinVersion;
  const pinned = new Set<string>();
  const tried = new Set<string>();
  for (const event of events) {
    if (event.type === 'pin-changed' && event.version === version) {
      if (event.hosts === null) break;
      for (const host of event.hosts) pinned.add(host);
    } else if (event.type === 'apache-failed-to-start' && pinned.has(event.host)) tried.add(event.host);
  }
  return tried;
}
