// The shape of a level file, as zod checks it: the meta fields for the menu and clock, then the
// simulation's fields mirroring SimConfig (src/sim/config.ts). Checks that need more than one field
// (references between fields, sums) are in check-references.ts; the format is described in levels/README.md.

import { z } from 'zod';
import type { Environment } from '../sim/config';
import { STATUS_INTENTS, STATUS_PAGE_STATUSES } from '../sim/commands';
import { POOL_IDS, RESPONDER_LOOKS, TOOL_SERVICES, SPECIALTIES } from '../sim/config';
import { MESSAGE_INTENTS } from '../sim/message-intents';
import { LEARNING_IDS } from '../sim/scoring/score-types';
import { expecting, fields, list, matching, oneOf, oneOfOrNull, positive, share, text, wholeNumber, yesNo, zeroOrMore } from './field-schemas';

const ENVIRONMENTS = ['production', 'staging', 'development'] as const satisfies readonly Environment[];

/** Most hosts a level may have, per tier and in all: the fleet is drawn tile by tile, and names are checked one by one. */
export const MAX_HOSTS = 10_000;

const tier = fields('a tier: an object with id, label, hostPrefix, count…', {
  id: text(),
  label: text(),
  group: text().optional(),
  hostPrefix: text(),
  hostNumberDigits: wholeNumber(1, 6),
  count: wholeNumber(0, MAX_HOSTS),
  environment: oneOf(ENVIRONMENTS),
  pool: oneOfOrNull(POOL_IDS),
  capacityRequestsPerSecond: zeroOrMore('requests per second'),
  runsApache: yesNo(),
  provides: oneOfOrNull(TOOL_SERVICES).optional(),
  pagesOnCall: yesNo(),
  chefFailure: fields('an object with share and reason, or null', { share: share(), reason: text() }).nullable().optional(),
});

const chef = fields('an object with the Chef settings', {
  intervalSeconds: positive('seconds'),
  splaySeconds: zeroOrMore('seconds'),
  runSecondsMin: positive('seconds'),
  runSecondsMax: positive('seconds'),
  comfortableConcurrentRuns: wholeNumber(1),
  overloadExponent: zeroOrMore(),
  packageStepAt: share(),
  brokenRunFailsAt: share(),
  hasFleetPause: yesNo(),
});

const apache = fields('an object with the Apache package settings', {
  packageName: text(),
  installedVersion: text(),
  pinnedVersion: text(),
  mirrorVersion: text(),
  versionsDroppingDefaultConfig: list(text(), 'versions'),
  defaultConfigPath: text(),
  failedStartTimeoutSeconds: zeroOrMore('seconds'),
});

const change = fields('an object describing the change that starts the incident', {
  by: text(),
  pinVersion: text(),
  pushAtSecond: zeroOrMore('seconds').nullable(),
  watchHostName: text(),
});

const loadBalancer = fields('an object with the load balancer settings', {
  healthCheckSeconds: positive('seconds'),
  failuresToLeavePool: wholeNumber(1),
  successesToRejoinPool: wholeNumber(1),
});

const poolTraffic = fields('an object with requestsPerSecond, baseLatencyMs and orderShare', {
  requestsPerSecond: zeroOrMore('requests per second'),
  baseLatencyMs: positive('ms'),
  orderShare: share(),
});

const traffic = fields('an object with the traffic settings', {
  pools: fields('an object with one entry per pool: web and api', { web: poolTraffic, api: poolTraffic }),
  ordersPerMinute: zeroOrMore('orders per minute'),
  overloadLatencyFactor: positive(),
  overloadLatencyExponent: zeroOrMore(),
  overloadErrorPerUnit: zeroOrMore(),
  maxOverloadErrorRate: share(),
  customerPatienceMs: positive('ms'),
});

const featureFlag = fields('a feature flag: an object with id, label, description and shedsShare', {
  id: text(),
  label: text(),
  description: text(),
  shedsShare: fields('an object with a share for each pool: web and api', { web: share(), api: share() }),
});

const monitoring = fields('an object with the monitoring settings', {
  checkIntervalSeconds: positive('seconds'),
  retryIntervalSeconds: positive('seconds'),
  maxCheckAttempts: wholeNumber(1),
});

const channel = fields('a channel: an object with id, label and kind', {
  id: text(),
  label: text(),
  kind: oneOf(['chat', 'irc']),
  outage: fields('an object with atSecond and durationSeconds, or null', {
    atSecond: zeroOrMore('seconds'),
    durationSeconds: positive('seconds'),
  })
    .nullable()
    .optional(),
});

const scriptedMessage = fields('a scripted line: an object with atSecond, from, channel and text', {
  atSecond: zeroOrMore('seconds'),
  from: text(),
  channel: text(),
  text: text(),
});

const staging = fields('an object with tierId and setupSeconds, or null', {
  tierId: text(),
  setupSeconds: zeroOrMore('seconds'),
});

const seconds = () => positive('seconds');
const actionSeconds = fields('an object with how long each hand action takes, in seconds', {
  ssh: seconds(),
  curl: seconds(),
  stopChef: seconds(),
  startChef: seconds(),
  startApache: seconds(),
  removeDefaultConfig: seconds(),
  repairChef: seconds(),
  drain: seconds(),
  uploadCookbook: seconds(),
  viewSite: seconds(),
  readLoadBalancerStats: seconds(),
  checkMirror: seconds(),
  updateStatusPage: seconds(),
});

const resolution = fields('an object with the resolution settings', {
  healthyErrorRate: share(),
  healthyLatencyFactor: positive(),
  downErrorRate: share(),
  stableSeconds: zeroOrMore('seconds'),
  // Left out or null, the shift runs until the player hands over or the time limit; older levels set it.
  graceSeconds: zeroOrMore('seconds').nullable().optional(),
  timeLimitSeconds: positive('seconds'),
});

const responder = fields('a responder: an object with id, name, specialty, joinsAfterSeconds and secondsPerJob (look is optional)', {
  id: text(),
  name: text(),
  look: oneOf(RESPONDER_LOOKS).optional(),
  specialty: oneOf(SPECIALTIES),
  joinsAfterSeconds: zeroOrMore('seconds'),
  secondsPerJob: positive('seconds'),
});

const coordination = fields(
  'an object with catchUpSeconds, catchUpWithSummarySeconds, summaryFreshSeconds, idleActsAfterSeconds and collisionSlowdown (and optionally vagueAskDelayFactor, blameSlowdown, blameChillSeconds and watchSeconds)',
  {
    catchUpSeconds: zeroOrMore('seconds'),
    catchUpWithSummarySeconds: zeroOrMore('seconds'),
    summaryFreshSeconds: positive('seconds'),
    idleActsAfterSeconds: positive('seconds'),
    collisionSlowdown: zeroOrMore(),
    // Added after the first levels were written: each may be left out and takes its default.
    vagueAskDelayFactor: positive().optional(),
    blameSlowdown: zeroOrMore().optional(),
    blameChillSeconds: zeroOrMore('seconds').optional(),
    watchSeconds: positive('seconds').optional(),
  },
);

// Every field of the scoring section may be left out (the default stands), except that weights, when
// given, name all five families: a weight only means something next to the others.
const weights = fields('an object with a weight (0 or more) for each family: killSwitches, staging, teamCommunication, customerImpact and visibility', {
  killSwitches: zeroOrMore(),
  staging: zeroOrMore(),
  teamCommunication: zeroOrMore(),
  customerImpact: zeroOrMore(),
  visibility: zeroOrMore(),
}).superRefine((given, context) => {
  // Only once all five are numbers: a missing or wrong weight has its own message.
  const values = Object.values(given);
  if (values.length === 5 && values.every((value) => value === 0)) {
    context.addIssue({ code: 'custom', message: 'expected at least one family with a weight above 0, got 0 for every family' });
  }
});

const scoring = fields('an object with the scoring settings: weights, killSwitches, staging, teamCommunication, customerImpact, visibility, award and total (each may be left out)', {
  weights: weights.optional(),
  killSwitches: fields('an object with stopSpreadSeconds, stopSpreadFadeSeconds and shedLoadSeconds (each may be left out)', {
    stopSpreadSeconds: zeroOrMore('seconds').optional(),
    stopSpreadFadeSeconds: positive('seconds').optional(),
    shedLoadSeconds: zeroOrMore('seconds').optional(),
  }).optional(),
  staging: fields('an object with canaryMaxHosts and batchMaxShare (each may be left out)', {
    canaryMaxHosts: wholeNumber(1).optional(),
    batchMaxShare: share().optional(),
  }).optional(),
  teamCommunication: fields('an object with the team communication timings, in seconds (each may be left out)', {
    tellChannelSeconds: zeroOrMore('seconds').optional(),
    tellChannelFadeSeconds: positive('seconds').optional(),
    answerPageSeconds: zeroOrMore('seconds').optional(),
    askForHelpSeconds: zeroOrMore('seconds').optional(),
    statusPageSeconds: zeroOrMore('seconds').optional(),
    statusPageFadeSeconds: positive('seconds').optional(),
    statusCadenceSeconds: positive('seconds').optional(),
    backupChannelSeconds: zeroOrMore('seconds').optional(),
  }).optional(),
  customerImpact: fields('an object with ordersLostZeroMinutes, degradedZeroMinutes and downZeroMinutes (each may be left out)', {
    ordersLostZeroMinutes: positive('minutes').optional(),
    degradedZeroMinutes: positive('minutes').optional(),
    downZeroMinutes: positive('minutes').optional(),
  }).optional(),
  visibility: fields('an object with firstLookSeconds (may be left out)', {
    firstLookSeconds: zeroOrMore('seconds').optional(),
  }).optional(),
  award: fields('an object with minLearnings (may be left out)', {
    minLearnings: wholeNumber(1, LEARNING_IDS.length).optional(),
  }).optional(),
  total: fields('an object with unresolvedCap, downPointsPerMinute, survivorsLostPoints and healthyDrainPointsPerHostMinute (each may be left out)', {
    unresolvedCap: wholeNumber(0, 100).optional(),
    downPointsPerMinute: zeroOrMore('points').optional(),
    survivorsLostPoints: zeroOrMore('points').optional(),
    healthyDrainPointsPerHostMinute: zeroOrMore('points').optional(),
  }).optional(),
});

const postChoice = fields('a post choice: an object with label and wordings', {
  label: text(),
  wordings: list(fields('a wording: an object with intent and text', { intent: oneOf(MESSAGE_INTENTS), text: text() }), 'wordings', 1),
});

const statusUpdateChoice = fields('a status update choice: an object with label, status and wordings', {
  label: text(),
  status: oneOf(STATUS_PAGE_STATUSES),
  wordings: list(fields('a wording: an object with intent and text', { intent: oneOf(STATUS_INTENTS), text: text() }), 'wordings', 1),
});

const comms = fields('an object with posts and statusUpdates', {
  posts: list(postChoice, 'post choices', 1),
  statusUpdates: list(statusUpdateChoice, 'status update choices', 1),
});

export const levelSchema = fields('a level: a JSON object with schemaVersion, id, title, tiers…', {
  schemaVersion: z.literal(1, expecting('1 (the only level format so far)')),
  id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id like "apache-snafu" (lowercase letters, digits, single hyphens)'),
  title: text(),
  summary: text(),
  briefing: list(text(), 'paragraphs', 1),
  gameSecondsPerRealSecond: positive('game seconds per real second'),
  clockStart: matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day "HH:MM" like "10:40"'),

  tiers: list(tier, 'tiers', 1),
  chef,
  apache,
  change,
  loadBalancer,
  traffic,
  featureFlags: list(featureFlag, 'feature flags'),
  monitoring,
  channels: list(channel, 'channels', 1),
  script: list(scriptedMessage, 'scripted lines'),
  staging: staging.nullable().optional(),
  actionSeconds,
  resolution,
  responders: list(responder, 'responders').optional(),
  coordination: coordination.optional(),
  comms: comms.optional(),
  scoring: scoring.optional(),
});

/** A level file that passed the schema; defaults are not filled in yet. */
export type LevelFile = z.output<typeof levelSchema>;
