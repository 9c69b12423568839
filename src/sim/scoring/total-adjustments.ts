// What the whole run does to the total, beyond the five families. An incident that was never resolved
// cannot beat the real team's response, however much was said and looked at along the way; every minute
// the site was fully down comes straight off the total; and losing the accidental survivors while the
// rest was still broken, the worst moment a run can have, costs most of all. Where the level asks for a
// review of the change, a change that went out and broke production holds the total below a held one,
// however well the fight went: not having the incident beats fighting it well.

import { FamilySheet, round } from './family-sheet';
import type { SimEvent } from '../events';
import type { RunFacts } from './run-facts';
import type { TotalScoring } from './scoring-config';
import type { TotalAdjustment } from './score-types';
import { at, count, lasting } from './words';

export interface Adjusted {
  total: number;
  adjustments: TotalAdjustment[];
}

/**
 * Why the incident is not over at the end of the run, in words, or null when it is: the gate on the total
 * and the award. Over means customers served well (or never hurt), no host behind the load balancer
 * still broken (drained or not), and no host still held off the bad change only by a switch: the fix is
 * in, or every host has already taken the change, so Chef could run everywhere again without breaking anything.
 */
export function unresolvedBecause(facts: RunFacts): string | null {
  const { state, config } = facts;
  const served = facts.impactTick === null || facts.resolvedTick !== null || state.incident.outcome?.result === 'recovered';
  const brokenServing = state.pools.web.broken + state.pools.api.broken;
  const badVersion = config.apache.mirrorVersion;
  const quirky = config.apache.versionsDroppingDefaultConfig.includes(badVersion);
  const lingering =
    facts.danger.spans.length > 0 && facts.danger.passedTick === null && quirky && facts.hosts.some((host) => host.atRisk && state.hosts[host.id]!.apache.version !== badVersion);
  // The level's change is part of the shift: handing over before it went out hands over an incident to come.
  if (config.change.pushAtSecond !== null && state.incident.changePushedAtTick === null) return 'the shift was handed over before the change it was about went out';
  const review = facts.review;
  if (review && review.outTick === null) {
    if (review.askedTick === null) return 'the shift was handed over before the change it was about was put to you';
    if (!review.held) return 'the shift ended with the change still waiting for an answer';
    // A "no" nobody looked into leaves the question open: was it safe? New servers still need the new pin.
    if (!review.evidence) {
      return review.passedTry
        ? 'the change was held though its try showed it working, so the chore it was for is still waiting'
        : 'the change was held without anyone trying it, so nobody found out whether it was safe, and the chore it was for is still waiting';
    }
  }
  if (!served) return 'customers were still hurting when the shift ended';
  if (brokenServing > 0) return `Apache was still down on ${count(brokenServing, 'host')} behind the load balancer`;
  if (lingering) return 'the bad change was only held off by a switch: Chef could not run everywhere again without breaking hosts';
  // A Chef run already under way with the bad cookbook will break its host: the shift ended a moment too soon.
  const doomed = state.hosts.find((host) => {
    const run = host.chef.run;
    return (
      run !== null &&
      host.apache.status !== 'absent' &&
      host.chef.brokenReason === null &&
      !run.packageStepDone &&
      !run.cookbookFixed &&
      run.wantedVersion !== host.apache.version &&
      config.apache.versionsDroppingDefaultConfig.includes(run.wantedVersion) &&
      run.wantedVersion === state.mirrorVersion &&
      config.tiers[host.tierIndex]!.environment === 'production'
    );
  });
  if (doomed) return `a Chef run under way on ${doomed.name} was about to install the bad change`;
  return null;
}

export function adjustTotal(facts: RunFacts, familyTotal: number, settings: TotalScoring): Adjusted {
  const adjustments: TotalAdjustment[] = [];
  const cite = new FamilySheet('customer-impact', facts.indexOf);
  let total = familyTotal;
  const take = (rule: string, points: number, text: string, tick: number | null, evidence: Parameters<FamilySheet['evidenceOf']>[0] = []): void => {
    const taken = round(Math.min(total, Math.max(0, points)));
    total = round(total - taken);
    adjustments.push({ rule: `total.${rule}`, text, points: -taken, tick, evidence: cite.evidenceOf(evidence) });
  };

  const survivors = facts.hosts.filter((host) => host.survivor);
  const lost = survivorsLost(facts);
  if (lost.length > 0 && settings.survivorsLostPoints > 0) {
    const first = Math.min(...lost.map((loss) => loss.tick));
    take(
      'survivors-lost',
      (settings.survivorsLostPoints * lost.length) / survivors.length,
      `${lost.length} of the ${count(survivors.length, 'accidental survivor')} ${lost.every((loss) => loss.how === 'drained') ? 'were drained' : 'broke or were drained'} from ${at(first)}, while the rest was not yet healthy: the hosts keeping the site up were lost.`,
      first,
      lost.map((loss) => loss.event),
    );
  }

  const drainedMinutes = healthyDrainedHostSeconds(facts) / 60;
  // A host put back a few seconds after it was mended is no loss worth a line.
  if (settings.healthyDrainPointsPerHostMinute * drainedMinutes >= 0.5) {
    const drains = facts.events.filter((event) => event.type === 'host-drained' && facts.credit.credited(event));
    take(
      'healthy-drained',
      settings.healthyDrainPointsPerHostMinute * drainedMinutes,
      `Healthy hosts stood drained from the load balancer for ${Math.round(drainedMinutes)} host-minutes in all: serving capacity left on the table.`,
      drains[0]?.tick ?? null,
      drains,
    );
  }

  const downSeconds = facts.state.totals.downSeconds;
  if (downSeconds > 0 && settings.downPointsPerMinute > 0) {
    const evidence = facts.events.filter((event) => event.type === 'pool-status-changed' && event.to === 'down');
    take(
      'site-down',
      (settings.downPointsPerMinute * downSeconds) / 60,
      `The site was fully down for ${lasting(downSeconds)}: customers could not buy anything at all.`,
      evidence[0]?.tick ?? null,
      evidence,
    );
  }

  const review = facts.review;
  if (review && review.outTick !== null && review.brokeAfterOut > 0 && total > settings.badChangeCap) {
    const how = review.approved ? 'you approved it' : review.pushedAnyway ? 'nobody objected' : 'it was pinned for every node';
    const text = `The change you were asked to look at went out (${how}) and broke ${count(review.brokeAfterOut, 'production host')}, so the total is held to ${settings.badChangeCap}: fighting an incident well scores below not having it.`;
    take('bad-change', total - settings.badChangeCap, text, review.outTick, review.outEvent ? [review.outEvent] : []);
  }

  const why = unresolvedBecause(facts);
  if (why !== null && total > settings.unresolvedCap) {
    const text = `The incident was never resolved (${why}), so the total is held to ${settings.unresolvedCap}, below what fixing it earns.`;
    take('unresolved', total - settings.unresolvedCap, text, facts.endTick);
  }
  return { total: Math.round(total), adjustments };
}

/** The survivors lost before the rest was healthy: the first time each broke, or was drained by anyone. */
export function survivorsLost(facts: RunFacts): { host: string; tick: number; how: 'broke' | 'drained'; event: SimEvent }[] {
  const names = new Set(facts.hosts.filter((host) => host.survivor).map((host) => host.name));
  const until = facts.resolvedTick ?? facts.endTick;
  const lost = new Map<string, { host: string; tick: number; how: 'broke' | 'drained'; event: SimEvent }>();
  for (const event of facts.events) {
    if (event.tick >= until) break;
    if ((event.type === 'apache-failed-to-start' || event.type === 'host-drained') && names.has(event.host) && !lost.has(event.host)) {
      lost.set(event.host, { host: event.host, tick: event.tick, how: event.type === 'host-drained' ? 'drained' : 'broke', event });
    }
  }
  return [...lost.values()];
}

/** Seconds each serving host stood drained by the player while its Apache was running, added up. */
function healthyDrainedHostSeconds(facts: RunFacts): number {
  const serving = new Set(facts.hosts.filter((host) => host.serving).map((host) => host.name));
  const running = new Set(serving);
  const drainedSince = new Map<string, number>();
  let seconds = 0;
  const settle = (host: string, tick: number): void => {
    const since = drainedSince.get(host);
    if (since !== undefined && running.has(host)) seconds += tick - since;
    if (since !== undefined) drainedSince.set(host, tick);
  };
  for (const event of facts.events) {
    if (!('host' in event) || typeof event.host !== 'string' || !serving.has(event.host)) continue;
    if (event.type === 'apache-failed-to-start') {
      settle(event.host, event.tick);
      running.delete(event.host);
    } else if (event.type === 'apache-started') {
      settle(event.host, event.tick);
      running.add(event.host);
    } else if (event.type === 'host-drained' && facts.credit.credited(event) && !drainedSince.has(event.host)) {
      drainedSince.set(event.host, event.tick);
    } else if (event.type === 'host-restored' && drainedSince.has(event.host)) {
      settle(event.host, event.tick);
      drainedSince.delete(event.host);
    }
  }
  for (const host of drainedSince.keys()) settle(host, facts.endTick);
  return seconds;
}
