// Builds the world as it stands when the level opens: every host converged on the old Apache, Chef runs
// spread over the interval, the already-failing nodes chosen by the seed, monitoring and traffic calm.

import { POOL_IDS, TOOL_SERVICES, type PoolId, type SimConfig, type ToolService } from './config';
import { hostName } from './host-names';
import { nextFloat, nextInt, seedRng } from './rng';
import type { HostState, PoolState, SimState } from './state';
import { ticksFor } from './ticks';

export function createState(config: SimConfig, seed: number): SimState {
  const rng = seedRng(seed);
  const hosts: HostState[] = [];
  const checkTicks = ticksFor(config.monitoring.checkIntervalSeconds);
  const firstRunWindow = ticksFor(config.chef.intervalSeconds + config.chef.splaySeconds);

  config.tiers.forEach((tier, tierIndex) => {
    const brokenCount = tier.chefFailure ? Math.round(tier.count * tier.chefFailure.share) : 0;
    const broken = pickIndexes(tier.count, brokenCount, () => nextFloat(rng));
    for (let number = 1; number <= tier.count; number++) {
      hosts.push({
        id: hosts.length,
        name: hostName(tier, number),
        tierIndex,
        apache: tier.runsApache
          ? { status: 'running', version: config.apache.installedVersion, defaultConfigPresent: false }
          : { status: 'absent', version: '', defaultConfigPresent: false },
        chef: {
          daemon: 'running',
          brokenReason: broken.has(number - 1) && tier.chefFailure ? tier.chefFailure.reason : null,
          nextRunAtTick: nextInt(rng, 1, firstRunWindow),
          run: null,
          lastRun: null,
        },
        pinOverride: null,
        lb: tier.pool ? { inPool: true, drained: false, failedChecks: 0, passedChecks: 0 } : null,
        monitor: {
          nextCheckAtTick: nextInt(rng, 0, checkTicks - 1),
          failedAttempts: 0,
          alerting: false,
          lastCheckOk: null,
          lastCheckAtTick: null,
        },
      });
    }
  });

  return {
    formatVersion: 1,
    seed,
    tick: 0,
    rng,
    nextId: 1,
    hosts,
    pin: config.apache.pinnedVersion,
    mirrorVersion: config.apache.mirrorVersion,
    cookbookFixed: false,
    chefPaused: false,
    chefServer: { concurrentRuns: 0, overloaded: false },
    tasks: [],
    timers: [],
    staging: null,
    featureFlagsOn: Object.fromEntries(config.featureFlags.map((flag) => [flag.id, true])),
    pools: Object.fromEntries(POOL_IDS.map((pool) => [pool, emptyPool()])) as Record<PoolId, PoolState>,
    ordersPerMinute: config.traffic.ordersPerMinute,
    // A service no tier of this level provides is simply not there to look at.
    toolsUp: Object.fromEntries(TOOL_SERVICES.map((service) => [service, config.tiers.some((tier) => tier.provides === service && tier.count > 0)])) as Record<ToolService, boolean>,
    pages: [],
    tierPaged: config.tiers.map(() => false),
    siteCheck: { nextCheckAtTick: checkTicks - 1, failedAttempts: 0, alerting: false, lastCheckOk: null, lastCheckAtTick: null },
    channelsUp: Object.fromEntries(config.channels.map((channel) => [channel.id, true])),
    statusPage: { status: 'operational', text: '', updatedAtTick: null },
    responders: config.responders.map((responder) => ({
      id: responder.id,
      status: 'away',
      untilTick: null,
      idleSinceTick: null,
      actedAlone: false,
      jobsGiven: 0,
      readingSummary: false,
      job: null,
      intent: null,
      watchSeen: null,
    })),
    lastSummaryAtTick: null,
    php7Protected: false,
    injectedOutages: [],
    chilledUntilTick: null,
    teamChannel: config.channels[0]!.id,
    unheard: [],
    incident: {
      changePushedAtTick: null,
      impactStartedAtTick: null,
      healthySinceTick: null,
      resolvedAtTick: null,
      outcome: null,
    },
    review: config.change.review ? { status: 'not-asked', askedAtTick: null, decidedAtTick: null, evidence: null, avertedAtTick: null } : null,
    totals: { ordersCompleted: 0, ordersExpected: 0, degradedSeconds: 0, downSeconds: 0 },
  };
}

function emptyPool(): PoolState {
  return {
    hosts: 0,
    inPool: 0,
    serving: 0,
    broken: 0,
    demandRequestsPerSecond: 0,
    capacityRequestsPerSecond: 0,
    utilisation: 0,
    p50LatencyMs: 0,
    errorRate: 0,
    status: 'healthy',
  };
}

/** `count` distinct indexes below `size`, chosen by a partial shuffle so the seed decides which. */
function pickIndexes(size: number, count: number, random: () => number): Set<number> {
  const order = Array.from({ length: size }, (_, index) => index);
  const take = Math.min(count, size);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (size - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Set(order.slice(0, take));
}
