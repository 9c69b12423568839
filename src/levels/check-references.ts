// The second stage of reading a level: checks that need more than one field. Names must point at
// things that exist (the watched host, the staging tier, script channels), ids must not collide, and
// numbers must agree with each other. Runs on a level that already passed the schema.

import type { PoolId, SimConfig, TierConfig } from '../sim/config';
import { POOL_IDS } from '../sim/config';
import { hostName } from '../sim/host-names';
import { didYouMean } from './did-you-mean';
import { MAX_HOSTS } from './level-schema';
import type { PathSegment } from './level-problem';

export interface ReferenceProblem {
  path: PathSegment[];
  message: string;
}

/** Tier ids, groups and host prefixes are typed in the terminal; a leading "-" means "leave out" there. */
const NAME = /^[a-z0-9][a-z0-9-]*$/;
const NAME_WORDS = 'only lowercase letters, digits and hyphens, not starting with a hyphen';
const VERSION = /^\d+(\.\d+)*$/;
const IN_PERSON = 'in-person';

/**
 * How much fleet-time a level may ask the simulation to play: hosts × seconds of the time limit. Each host
 * is visited every tick, so this is what a run costs; at this bound `npm run sim` takes about 15 seconds.
 * Any fleet up to MAX_HOSTS gets over an hour, the real fleet (409 hosts) the full 12.
 */
export const MAX_HOST_SECONDS = 50_000_000;
/** A pool's hosts must carry some traffic, or the load on them overflows to Infinity. */
const MIN_CAPACITY_REQUESTS_PER_SECOND = 0.01;

export function checkReferences(sim: SimConfig): ReferenceProblem[] {
  return [
    ...checkTiers(sim),
    ...checkHostNames(sim),
    ...(totalHosts(sim) > MAX_HOSTS ? [] : checkChange(sim)),
    ...checkStaging(sim),
    ...checkChannelsAndScript(sim),
    ...checkInjections(sim),
    ...checkFeatureFlags(sim),
    // Responders are asked for by id or by name, so both must be unique.
    ...duplicateIds(sim.responders, 'responders', 'responder'),
    ...duplicateIds(sim.responders.map((responder) => ({ id: responder.name.toLowerCase() })), 'responders', 'responder name').map((problem) => ({ ...problem, path: [...problem.path.slice(0, 2), 'name'] })),
    ...checkNumbers(sim),
    ...checkVersions(sim),
    ...checkTraffic(sim),
    ...checkTimes(sim),
  ];
}

function checkTiers(sim: SimConfig): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const firstIndexOfId = new Map<string, number>();
  const groups = new Set(sim.tiers.map((tier) => tier.group));
  sim.tiers.forEach((tier, index) => {
    const at = (field: string): PathSegment[] => ['tiers', index, field];
    if (!NAME.test(tier.id)) problems.push({ path: at('id'), message: `tier id ${JSON.stringify(tier.id)} may use ${NAME_WORDS}` });
    if (!NAME.test(tier.group)) problems.push({ path: at('group'), message: `group ${JSON.stringify(tier.group)} may use ${NAME_WORDS}` });
    if (!NAME.test(tier.hostPrefix)) problems.push({ path: at('hostPrefix'), message: `host prefix ${JSON.stringify(tier.hostPrefix)} may use ${NAME_WORDS}` });
    // `@all` always means every host, so a tier or group of that name could never be picked.
    if (tier.id === 'all') problems.push({ path: at('id'), message: '"all" is reserved (@all picks every host); choose another tier id' });
    else if (tier.group === 'all') problems.push({ path: at('group'), message: '"all" is reserved (@all picks every host); choose another group' });
    const earlier = firstIndexOfId.get(tier.id);
    if (earlier !== undefined) problems.push({ path: at('id'), message: `tier id ${JSON.stringify(tier.id)} is already used by tiers[${earlier}]` });
    else firstIndexOfId.set(tier.id, index);
    // `@name` looks for a group first, so a tier whose id is another group's name could not be picked alone.
    if (tier.group !== tier.id && groups.has(tier.id)) {
      problems.push({ path: at('id'), message: `tier id ${JSON.stringify(tier.id)} is also the name of a group this tier is not in, so "@${tier.id}" would pick that group instead; rename one of them` });
    }
    if (tier.pool !== null && tier.capacityRequestsPerSecond <= 0) {
      problems.push({ path: at('capacityRequestsPerSecond'), message: `a tier in pool "${tier.pool}" must serve more than 0 requests per second, got ${tier.capacityRequestsPerSecond}` });
    } else if (tier.pool !== null && tier.capacityRequestsPerSecond < MIN_CAPACITY_REQUESTS_PER_SECOND) {
      problems.push({
        path: at('capacityRequestsPerSecond'),
        message: `a tier in pool "${tier.pool}" must serve at least ${MIN_CAPACITY_REQUESTS_PER_SECOND} requests per second, got ${tier.capacityRequestsPerSecond}`,
      });
    }
    // A tool host gives its service only while its Apache is up.
    if (tier.provides !== null && !tier.runsApache) {
      problems.push({ path: at('provides'), message: `a tier that provides "${tier.provides}" must run Apache (set runsApache to true, or provides to null)` });
    }
    const widest = 10 ** tier.hostNumberDigits - 1;
    if (tier.count > widest) {
      problems.push({ path: at('hostNumberDigits'), message: `with ${tier.hostNumberDigits} digit${tier.hostNumberDigits === 1 ? '' : 's'}, host numbers go up to ${widest}, but the tier has ${tier.count} hosts; use at least ${String(tier.count).length} digits` });
    }
  });
  return problems;
}

function checkHostNames(sim: SimConfig): ReferenceProblem[] {
  const total = totalHosts(sim);
  // Names are built one by one below; a fleet past the cap is refused before that work.
  if (total > MAX_HOSTS) return [{ path: ['tiers'], message: `the tiers have ${total} hosts in all; a level may have at most ${MAX_HOSTS}` }];
  const problems: ReferenceProblem[] = [];
  const tierOfName = new Map<string, number>();
  sim.tiers.forEach((tier, index) => {
    for (let number = 1; number <= tier.count; number++) {
      const name = hostName(tier, number);
      const other = tierOfName.get(name);
      if (other === undefined) {
        tierOfName.set(name, index);
        continue;
      }
      problems.push({ path: ['tiers', index, 'hostPrefix'], message: `host "${name}" of this tier would have the same name as a host of tiers[${other}] (${JSON.stringify(sim.tiers[other]?.id)}); give one of them another hostPrefix` });
      return; // One clash says enough about a prefix.
    }
  });
  return problems;
}

function totalHosts(sim: SimConfig): number {
  return sim.tiers.reduce((sum, tier) => sum + tier.count, 0);
}

function allHosts(sim: SimConfig): Array<{ name: string; tier: TierConfig }> {
  return sim.tiers.flatMap((tier) => Array.from({ length: tier.count }, (_, index) => ({ name: hostName(tier, index + 1), tier })));
}

function checkChange(sim: SimConfig): ReferenceProblem[] {
  const wanted = sim.change.watchHostName;
  const hosts = allHosts(sim);
  const host = hosts.find((candidate) => candidate.name === wanted);
  const path = ['change', 'watchHostName'];
  if (!host) {
    const guess = didYouMean(wanted, hosts.map((candidate) => candidate.name));
    const examples = sim.tiers.filter((tier) => tier.runsApache && tier.count > 0).slice(0, 3).map((tier) => hostName(tier, 1));
    const hint = guess || (examples.length > 0 ? ` (host names look like ${examples.join(', ')})` : '');
    return [{ path, message: `no host is named ${JSON.stringify(wanted)}${hint}` }];
  }
  if (!host.tier.runsApache) {
    return [{ path, message: `host "${wanted}" is in tier "${host.tier.id}", which does not run Apache; the change's author must watch a host that runs Apache` }];
  }
  return [];
}

function checkStaging(sim: SimConfig): ReferenceProblem[] {
  if (!sim.staging) return [];
  const tierId = sim.staging.tierId;
  const path = ['staging', 'tierId'];
  const tier = sim.tiers.find((candidate) => candidate.id === tierId);
  if (!tier) return [{ path, message: `no tier has the id ${JSON.stringify(tierId)}${didYouMean(tierId, sim.tiers.map((t) => t.id))}` }];
  if (tier.environment !== 'staging') {
    return [{ path, message: `tier "${tierId}" is in the ${tier.environment} environment; staging.tierId must name a tier whose environment is "staging"` }];
  }
  return [];
}

function checkChannelsAndScript(sim: SimConfig): ReferenceProblem[] {
  const problems = duplicateIds(sim.channels, 'channels', 'channel');
  sim.channels.forEach((channel, index) => {
    if (channel.id === IN_PERSON) problems.push({ path: ['channels', index, 'id'], message: `"${IN_PERSON}" is reserved for lines said across the desk; choose another channel id` });
  });
  const ids = sim.channels.map((channel) => channel.id).filter((id) => id !== IN_PERSON);
  const allowed = [...ids, IN_PERSON];
  sim.script.forEach((line, index) => {
    if (allowed.includes(line.channel)) return;
    const guess = didYouMean(line.channel, allowed);
    problems.push({ path: ['script', index, 'channel'], message: `no channel ${JSON.stringify(line.channel)}${guess}; use a channel id (${ids.join(', ')}) or "${IN_PERSON}"` });
  });
  return problems;
}

function checkFeatureFlags(sim: SimConfig): ReferenceProblem[] {
  return duplicateIds(sim.featureFlags, 'featureFlags', 'feature flag');
}

function duplicateIds(items: ReadonlyArray<{ id: string }>, field: string, what: string): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = seen.get(item.id);
    if (earlier === undefined) seen.set(item.id, index);
    else problems.push({ path: [field, index, 'id'], message: `${what} id ${JSON.stringify(item.id)} is already used by ${field}[${earlier}]` });
  });
  return problems;
}

function checkNumbers(sim: SimConfig): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const { runSecondsMin, runSecondsMax } = sim.chef;
  if (runSecondsMin > runSecondsMax) {
    problems.push({ path: ['chef', 'runSecondsMin'], message: `runSecondsMin (${runSecondsMin}) must not be more than runSecondsMax (${runSecondsMax})` });
  }
  const { healthyErrorRate, downErrorRate } = sim.resolution;
  if (healthyErrorRate >= downErrorRate) {
    problems.push({ path: ['resolution', 'healthyErrorRate'], message: `healthyErrorRate (${healthyErrorRate}) must be below downErrorRate (${downErrorRate})` });
  }
  return problems;
}

function checkVersions(sim: SimConfig): ReferenceProblem[] {
  const versions: Array<[PathSegment[], string]> = [
    [['apache', 'installedVersion'], sim.apache.installedVersion],
    [['apache', 'pinnedVersion'], sim.apache.pinnedVersion],
    [['apache', 'mirrorVersion'], sim.apache.mirrorVersion],
    ...sim.apache.versionsDroppingDefaultConfig.map((version, index): [PathSegment[], string] => [['apache', 'versionsDroppingDefaultConfig', index], version]),
    [['change', 'pinVersion'], sim.change.pinVersion],
  ];
  return versions
    .filter(([, version]) => !VERSION.test(version))
    .map(([path, version]) => ({ path, message: `expected a version made of digits and dots, like "2.2.22", got ${JSON.stringify(version)}` }));
}

function checkTraffic(sim: SimConfig): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const pools = sim.traffic.pools;
  const orderShares = POOL_IDS.reduce((sum, pool) => sum + pools[pool].orderShare, 0);
  // A little slack, so 0.7 + 0.3 style sums are not refused for floating-point dust.
  if (orderShares > 1 + 1e-9) {
    problems.push({ path: ['traffic', 'pools'], message: `the pools' orderShare add up to ${round(orderShares)}; together they may be at most 1` });
  }
  for (const pool of POOL_IDS) {
    if (pools[pool].requestsPerSecond <= 0 || hostsServing(sim, pool) > 0) continue;
    problems.push({ path: ['traffic', 'pools', pool, 'requestsPerSecond'], message: `pool "${pool}" gets ${pools[pool].requestsPerSecond} requests per second but no tier with hosts serves it (set "pool": "${pool}" on a tier)` });
  }
  return problems;
}

function hostsServing(sim: SimConfig, pool: PoolId): number {
  return sim.tiers.filter((tier) => tier.pool === pool).reduce((sum, tier) => sum + tier.count, 0);
}

function checkTimes(sim: SimConfig): ReferenceProblem[] {
  const limit = sim.resolution.timeLimitSeconds;
  const problems: ReferenceProblem[] = [];
  const late = (path: PathSegment[], second: number) => {
    if (second > limit) problems.push({ path, message: `second ${second} is after the level's time limit (resolution.timeLimitSeconds is ${limit})` });
  };
  if (sim.change.pushAtSecond !== null) late(['change', 'pushAtSecond'], sim.change.pushAtSecond);
  problems.push(...checkReview(sim, late));
  sim.script.forEach((line, index) => late(['script', index, 'atSecond'], line.atSecond));
  sim.channels.forEach((channel, index) => {
    if (channel.outage) late(['channels', index, 'outage', 'atSecond'], channel.outage.atSecond);
  });
  const hosts = totalHosts(sim);
  if (hosts * limit > MAX_HOST_SECONDS) {
    const longest = Math.floor(MAX_HOST_SECONDS / hosts);
    problems.push({
      path: ['resolution', 'timeLimitSeconds'],
      message: `${hosts} hosts for ${limit} seconds is more than a run can play in good time (hosts × seconds may be at most ${MAX_HOST_SECONDS}); with this fleet, make the time limit at most ${longest} seconds, or make the fleet smaller`,
    });
  }
  return problems;
}

/**
 * The review ask comes before its deadline, both within the time limit; and the change goes out either at
 * its set second or through the review, not both (the author would push it before anyone had looked).
 */
function checkReview(sim: SimConfig, late: (path: PathSegment[], second: number) => void): ReferenceProblem[] {
  const review = sim.change.review;
  if (!review) return [];
  const problems: ReferenceProblem[] = [];
  if (sim.change.pushAtSecond !== null) {
    problems.push({
      path: ['change', 'pushAtSecond'],
      message: `a change with a review is pushed when the player approves it, or at review.pushesAnywayAtSecond; set pushAtSecond to null (it is ${sim.change.pushAtSecond})`,
    });
  }
  if (review.pushesAnywayAtSecond < review.askAtSecond) {
    problems.push({
      path: ['change', 'review', 'pushesAnywayAtSecond'],
      message: `the author must ask (askAtSecond ${review.askAtSecond}) before pushing anyway (pushesAnywayAtSecond ${review.pushesAnywayAtSecond})`,
    });
  }
  late(['change', 'review', 'askAtSecond'], review.askAtSecond);
  late(['change', 'review', 'pushesAnywayAtSecond'], review.pushesAnywayAtSecond);
  return problems;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A facilitator's injections must name a channel and a tier the level has (a second failure needs Apache on it). */
function checkInjections(sim: SimConfig): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const outage = sim.injections?.chatOutage;
  if (outage && !sim.channels.some((channel) => channel.id === outage.channel)) {
    const ids = sim.channels.map((channel) => channel.id);
    problems.push({ path: ['injections', 'chatOutage', 'channel'], message: `no channel ${JSON.stringify(outage.channel)}${didYouMean(outage.channel, ids)}; use a channel id (${ids.join(', ')})` });
  }
  const failure = sim.injections?.secondFailure;
  if (failure) {
    const tier = sim.tiers.find((candidate) => candidate.id === failure.tierId);
    const path = ['injections', 'secondFailure', 'tierId'];
    if (!tier) problems.push({ path, message: `no tier has the id ${JSON.stringify(failure.tierId)}${didYouMean(failure.tierId, sim.tiers.map((t) => t.id))}` });
    else if (!tier.runsApache) problems.push({ path, message: `tier "${tier.id}" does not run Apache, so a second failure of Apache cannot hit it; name a tier with runsApache true` });
  }
  return problems;
}
