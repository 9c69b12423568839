// A small, complete level for rules tests: a handful of hosts per tier, numbers shaped like the real
// level's, and every field overridable. Tests say what they change, so each reads as one rule.

import { DEFAULT_COORDINATION } from '../../src/levels/to-level';
import type { SimConfig, TierConfig } from '../../src/sim/config';

export function tier(id: string, count: number, extra: Partial<TierConfig> = {}): TierConfig {
  return {
    id,
    label: id,
    group: id,
    hostPrefix: id,
    hostNumberDigits: 2,
    count,
    environment: 'production',
    pool: null,
    capacityRequestsPerSecond: 0,
    runsApache: true,
    provides: null,
    pagesOnCall: true,
    chefFailure: null,
    ...extra,
  };
}

export const PHP7_REASON = 'php7-common conflicts with php-common';

export function tinyTiers(): TierConfig[] {
  return [
    tier('web', 8, { pool: 'web', capacityRequestsPerSecond: 40 }),
    tier('php7', 2, { group: 'web', hostPrefix: 'web-php7', pool: 'web', capacityRequestsPerSecond: 40, chefFailure: { share: 1, reason: PHP7_REASON } }),
    tier('api', 4, { pool: 'api', capacityRequestsPerSecond: 150 }),
    tier('graphite', 1, { group: 'tools', provides: 'dashboards' }),
    tier('nagios-web', 1, { group: 'tools', provides: 'host-status' }),
    tier('db', 2, { runsApache: false }),
    tier('dev', 6, { environment: 'development', pagesOnCall: false, chefFailure: { share: 1 / 3, reason: 'dev VM disk full' } }),
    tier('staging', 2, { environment: 'staging', pagesOnCall: false }),
  ];
}

export function tinyLevel(overrides: Partial<SimConfig> = {}): SimConfig {
  return {
    tiers: tinyTiers(),
    chef: {
      intervalSeconds: 600,
      splaySeconds: 90,
      runSecondsMin: 40,
      runSecondsMax: 70,
      comfortableConcurrentRuns: 6,
      overloadExponent: 2,
      packageStepAt: 0.5,
      brokenRunFailsAt: 0.2,
      hasFleetPause: false,
    },
    apache: {
      packageName: 'httpd',
      installedVersion: '2.2.21',
      pinnedVersion: '2.2.21',
      mirrorVersion: '2.2.22',
      versionsDroppingDefaultConfig: ['2.2.22'],
      defaultConfigPath: '/etc/httpd/conf.d/welcome.conf',
      failedStartTimeoutSeconds: 90,
    },
    change: { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: 20, watchHostName: 'web-01' },
    loadBalancer: { healthCheckSeconds: 5, failuresToLeavePool: 3, successesToRejoinPool: 2 },
    traffic: {
      // 8 web hosts at 40 req/s each would carry 320; 2 php7 hosts alone carry 80 against 200 demand.
      pools: { web: { requestsPerSecond: 200, baseLatencyMs: 150, orderShare: 0.7 }, api: { requestsPerSecond: 300, baseLatencyMs: 80, orderShare: 0.3 } },
      ordersPerMinute: 600,
      overloadLatencyFactor: 1.5,
      overloadLatencyExponent: 1.5,
      overloadErrorPerUnit: 0.025,
      maxOverloadErrorRate: 0.95,
      customerPatienceMs: 3000,
    },
    featureFlags: [{ id: 'recommendations', label: 'Recommendations', description: 'Items you might like', shedsShare: { web: 0.2, api: 0.1 } }],
    monitoring: { checkIntervalSeconds: 60, retryIntervalSeconds: 60, maxCheckAttempts: 3 },
    channels: [
      { id: 'ops', label: '#ops', kind: 'chat', outage: null },
      { id: 'backup', label: 'IRC #ops-backup', kind: 'irc', outage: null },
    ],
    script: [{ atSecond: 25, from: 'Robin', channel: 'in-person', text: 'You are about to get paged. Sorry!' }],
    staging: { tierId: 'staging', setupSeconds: 300 },
    actionSeconds: {
      ssh: 10,
      curl: 3,
      stopChef: 6,
      startChef: 6,
      startApache: 8,
      removeDefaultConfig: 6,
      repairChef: 120,
      drain: 3,
      uploadCookbook: 30,
      viewSite: 5,
      readLoadBalancerStats: 3,
      checkMirror: 6,
      updateStatusPage: 20,
    },
    resolution: { healthyErrorRate: 0.01, healthyLatencyFactor: 2, downErrorRate: 0.9, stableSeconds: 180, graceSeconds: 300, timeLimitSeconds: 3600 },
    responders: [
      { id: 'miso', name: 'Miso', look: 'ginger-tabby', specialty: 'chef-and-yum', joinsAfterSeconds: 20, secondsPerJob: 25 },
      { id: 'biscuit', name: 'Biscuit', look: 'cream', specialty: 'fan-out', joinsAfterSeconds: 40, secondsPerJob: 20 },
      { id: 'tofu', name: 'Tofu', look: 'white', specialty: 'php7', joinsAfterSeconds: 240, secondsPerJob: 35 },
    ],
    coordination: { ...DEFAULT_COORDINATION },
    ...overrides,
  };
}
