// Saying no in time: a responder's announced plan refused, a job stopped before its effect, a fan-out
// stopped before it reached every host. Judged by what it spared, never by the command: production hosts
// that were whole and would have taken the bad upgrade while the cookbook was dangerous (and did not
// take it later anyway), php7 survivors spared an early "repair", or a fan-out wider than the Chef server
// carries. Saying no to a harmless plan (a look at the mirror), or stopping your own roll-out, earns
// nothing here; what stopping a good roll-out costs shows in the customers' minutes. A harmful plan that
// was announced and carried out, with nobody saying no, is what would have helped.

import { PLAYER, type Job } from '../commands';
import type { EventOf, SimEvent } from '../events';
import { resolveHosts } from '../host-names';
import type { FamilySheet, Helped } from './family-sheet';
import type { RunFacts } from './run-facts';
import { at, count, listOf } from './words';

/** What stopping one thing spared. */
export interface Spared {
  event: SimEvent;
  /** Production hosts kept from the bad upgrade, and php7 survivors kept serving. */
  kept: string[];
  survivors: string[];
  /** Runs at once that would have been more than the Chef server carries (0 when not). */
  overloadWidth: number;
}

const HELPED: Helped = {
  takeaway: 'understand-your-automation',
  text: 'A cat left without a job says what they are about to do before they do it: say no to a fan-out over every host or a "fix" of the php7 boxes, or give them a clear job instead. A fan-out already going stops with Ctrl-C (or stop), sparing the hosts it has not reached.',
};

/** How many of the rule's points spared survivors, kept hosts and an avoided overload each give, at most. */
const WORTH = { survivors: 1, kept: 1, overload: 1 / 3 };

export function stoppedInTime(sheet: FamilySheet, facts: RunFacts, outOf: number): void {
  const stops = playerStops(facts);
  const spared = stops.map((stop) => sparedBy(facts, stop.event, stop.actor, stop.action, stop.hosts, stop.concurrency));
  const useful = spared.filter((item) => item.kept.length + item.survivors.length > 0 || item.overloadWidth > 0);
  if (useful.length > 0) return void credit(sheet, facts, useful, outOf);
  const missed = harmfulPlansCarriedOut(facts);
  if (missed.length > 0) {
    const plans = missed.map((plan) => `${plan.announced.name}, ${at(plan.announced.tick)}: ${plan.announced.summary} (${harmOf(plan)})`);
    const text = `Nobody said no to what was announced: ${listOf(plans)}.`;
    return void sheet.gain(
      'stopped-in-time',
      outOf,
      0,
      text,
      missed[0]!.announced.tick,
      HELPED,
      missed.flatMap((plan) => [plan.announced, plan.event]),
    );
  }
  if (stops.length > 0)
    return void sheet.notCounted('stopped-in-time', `You said no or stopped work ${count(stops.length, 'time')}, but none of it spared a host or the Chef server, so it earns nothing`);
  sheet.notCounted('stopped-in-time', 'Nobody announced or ran anything that needed stopping');
}

/** What a plan carried out put at risk, in a few words. */
function harmOf(plan: Spared): string {
  if (plan.survivors.length > 0) return `${count(plan.survivors.length, 'php7 survivor')} to lose`;
  if (plan.kept.length > 0) return `${count(plan.kept.length, 'whole host')} to break`;
  return `${plan.overloadWidth} Chef runs at once`;
}

function credit(sheet: FamilySheet, facts: RunFacts, useful: Spared[], outOf: number): void {
  const survivors = new Set(useful.flatMap((item) => item.survivors));
  const kept = new Set(useful.flatMap((item) => item.kept));
  const allSurvivors = facts.hosts.filter((host) => host.survivor).length;
  const atRisk = facts.hosts.filter((host) => host.atRisk).length;
  const overload = Math.max(0, ...useful.map((item) => item.overloadWidth));
  const share = (allSurvivors > 0 ? (WORTH.survivors * survivors.size) / allSurvivors : 0) + (atRisk > 0 ? (WORTH.kept * kept.size) / atRisk : 0) + (overload > 0 ? WORTH.overload : 0);
  const parts = [
    survivors.size > 0 ? `${count(survivors.size, 'php7 survivor')} kept serving` : '',
    kept.size > 0 ? `${count(kept.size, 'whole production host')} kept from the bad upgrade` : '',
    overload > 0 ? `a fan-out of ${overload} at once, more than the Chef server carries (${facts.config.chef.comfortableConcurrentRuns}), never started` : '',
  ].filter((part) => part !== '');
  const first = useful[0]!.event;
  sheet.gain(
    'stopped-in-time',
    outOf,
    outOf * Math.min(1, share),
    `Saying no in time (${count(useful.length, 'stop')}, the first ${at(first.tick)}) spared what would have broken: ${listOf(parts)}.`,
    first.tick,
    HELPED,
    useful.map((item) => item.event),
  );
}

interface Stop {
  event: EventOf<'intent-refused' | 'job-stopped' | 'task-stopped'>;
  /** Whose work it was: the responder, or who started the task. */
  actor: string;
  action: string;
  hosts: string[];
  concurrency: number;
}

/** The player's refusals and stops, of work they had not started themselves (stopping your own mistake undoes it; it does not prevent anything). */
function playerStops(facts: RunFacts): Stop[] {
  const stops: Stop[] = [];
  for (const event of facts.events) {
    if (!facts.credit.credited(event)) continue;
    if (event.type === 'intent-refused' || event.type === 'job-stopped')
      stops.push({ event, actor: event.name, action: event.command.type, hosts: event.hosts, concurrency: event.concurrency });
    else if (event.type === 'task-stopped' && event.startedBy !== PLAYER)
      stops.push({ event, actor: event.startedBy, action: event.action, hosts: event.sparedHosts, concurrency: Math.min(event.concurrency, event.spared) });
  }
  return stops;
}

/**
 * What not doing `action` on `hosts` at the event's tick spared, as the rest of the run shows: a host that
 * broke later anyway, while the cookbook was still dangerous, was not spared. For a plan that was carried
 * out (`carriedOut`), what it put at risk: the hosts whole when it started.
 */
export function sparedBy(facts: RunFacts, event: SimEvent, actor: string, action: string, hosts: readonly string[], concurrency: number, carriedOut = false): Spared {
  const tick = event.tick;
  const dangerous = facts.danger.at(tick);
  const names = new Set(hosts);
  const whole = (host: RunFacts['hosts'][number]): boolean => host.hitTick === null || (host.hitTick > tick && (carriedOut || !facts.danger.at(host.hitTick)));
  const inReach = facts.hosts.filter((host) => names.has(host.name) && whole(host));
  return {
    event,
    // A Chef run on a whole host while the cookbook is dangerous upgrades it into a broken Apache…
    kept: dangerous && action === 'run-chef' ? inReach.filter((host) => host.atRisk).map((host) => host.name) : [],
    // …and mending a survivor's Chef does the same to a host that was keeping the site up.
    survivors: dangerous && action === 'repair-chef' ? inReach.filter((host) => host.survivor).map((host) => host.name) : [],
    // A swamped Chef server avoided, unless the same one, left idle, swamped it later anyway.
    overloadWidth:
      action === 'run-chef' &&
      concurrency > facts.config.chef.comfortableConcurrentRuns &&
      (carriedOut || !facts.chef.overloads.some((overload) => overload.tick > tick && overload.aloneBy.includes(actor)))
        ? concurrency
        : 0,
  };
}

interface CarriedOut extends Spared {
  announced: EventOf<'responder-announced'>;
}

/** Plans a responder announced and then carried out, and what saying no would have spared. */
function harmfulPlansCarriedOut(facts: RunFacts): CarriedOut[] {
  const announced = new Map<string, EventOf<'responder-announced'>>();
  const found: CarriedOut[] = [];
  for (const event of facts.events) {
    if (event.type === 'responder-announced') announced.set(event.responder, event);
    else if (event.type === 'responder-acted-alone') {
      const plan = announced.get(event.responder);
      announced.delete(event.responder);
      // Not announced ahead, or not what was announced (told to leave the php7 boxes alone, they did something else).
      if (!plan || plan.startsAtTick <= plan.tick || event.job !== plan.summary) continue;
      const { hosts, concurrency } = reachOf(facts, plan.command);
      const spared = sparedBy(facts, event, plan.name, plan.command.type, hosts, concurrency, true);
      if (spared.kept.length + spared.survivors.length > 0 || spared.overloadWidth > 0) found.push({ ...spared, announced: plan });
    }
  }
  return found;
}

function reachOf(facts: RunFacts, job: Job): { hosts: string[]; concurrency: number } {
  if (!('hosts' in job) || !Array.isArray(job.hosts)) return { hosts: [], concurrency: 0 };
  const found = resolveHosts(facts.config, facts.state.hosts, job.hosts);
  const hosts = found.ok ? found.hostIds.map((id) => facts.state.hosts[id]!.name) : [];
  const width = 'concurrency' in job && typeof job.concurrency === 'number' ? job.concurrency : 1;
  return { hosts, concurrency: Math.min(width, hosts.length) };
}
