// What the whole run does to the total, beyond the five families. An incident that was never resolved
// cannot beat the real team's response, however much was said and looked at along the way; every minute
// the site was fully down comes straight off the total; and losing the accidental survivors while the
// rest was still broken, the worst moment a run can have, costs most of all.

import { FamilySheet, round } from './family-sheet';
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
    facts.danger.spans.length > 0 &&
    facts.danger.passedTick === null &&
    quirky &&
    facts.hosts.some((host) => host.atRisk && state.hosts[host.id]!.apache.version !== badVersion);
  if (!served) return 'customers were still hurting when the shift ended';
  if (brokenServing > 0) return `Apache was still down on ${count(brokenServing, 'host')} behind the load balancer`;
  if (lingering) return 'the bad change was only held off by a switch: Chef could not run everywhere again without breaking hosts';
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
  const until = facts.resolvedTick ?? facts.endTick;
  const lost = survivors.filter((host) => host.hitTick !== null && host.hitTick < until);
  if (lost.length > 0 && settings.survivorsLostPoints > 0) {
    const first = Math.min(...lost.map((host) => host.hitTick!));
    const evidence = facts.events.filter((event) => event.type === 'apache-failed-to-start' && lost.some((host) => host.name === event.host));
    take(
      'survivors-lost',
      (settings.survivorsLostPoints * lost.length) / survivors.length,
      `${lost.length} of the ${count(survivors.length, 'accidental survivor')} broke ${at(first)}, while the rest was not yet healthy: the hosts keeping the site up were lost.`,
      first,
      evidence,
    );
  }

  const downSeconds = facts.state.totals.downSeconds;
  if (downSeconds > 0 && settings.downPointsPerMinute > 0) {
    const evidence = facts.events.filter((event) => event.type === 'pool-status-changed' && event.to === 'down');
    take('site-down', (settings.downPointsPerMinute * downSeconds) / 60, `The site was fully down for ${lasting(downSeconds)}: customers could not buy anything at all.`, evidence[0]?.tick ?? null, evidence);
  }

  const why = unresolvedBecause(facts);
  if (why !== null && total > settings.unresolvedCap) {
    const text = `The incident was never resolved (${why}), so the total is held to ${settings.unresolvedCap}, below what fixing it earns.`;
    take('unresolved', total - settings.unresolvedCap, text, facts.endTick);
  }
  return { total: Math.round(total), adjustments };
}
