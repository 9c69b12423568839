// The shape of a level file, as zod checks it: the meta fields for the menu and clock, then the
// simulation's fields mirroring SimConfig (src/sim/config.ts). Checks that need more than one field
// (references between fields, sums) are in check-references.ts; the format is described in levels/README.md.

import { z } from 'zod';
import type { Environment } from '../sim/config';
import { STATUS_INTENTS, STATUS_PAGE_STATUSES } from '../sim/commands';
import { POOL_IDS, RESPONDER_LOOKS, TOOL_SERVICES, SPECIALTIES } from '../sim/config';
import { MESSAGE_INTENTS } from '../sim/message-intents';
import { LEARNING_IDS } from '../sim/scoring/score-types';
import { expecting, fields, list, MAX_NAME_CHARS, matching, name, oneOf, oneOfOrNull, positive, share, text, wholeNumber, wholeNumberUpTo, yesNo, zeroOrMore, type Cap } from './field-schemas';
import { guideSchema } from './guide-schema';

const ENVIRONMENTS = ['production', 'staging', 'development'] as const satisfies readonly Environment[];

/** Most hosts a level may have, per tier and in all: the fleet is drawn tile by tile, and names are checked one by one. */
export const MAX_HOSTS = 10_000;

/**
 * The longest a level may last, and so the longest any of its durations means anything: 12 hours. Every
 * number below has a bound like this one, so that no file can make a run endless (a time limit of 1e308),
 * overflow a sum into Infinity, or make the game draw or walk an endless list.
 */
export const MAX_SHIFT_SECONDS = 43_200;
const SECONDS: Cap = { max: MAX_SHIFT_SECONDS, words: `${MAX_SHIFT_SECONDS} seconds (12 hours, the longest a level may last)` };
const MINUTES: Cap = { max: MAX_SHIFT_SECONDS / 60, words: `${MAX_SHIFT_SECONDS / 60} minutes (12 hours, the longest a level may last)` };
const MS: Cap = { max: 600_000, words: '600000 ms (10 minutes)' };
/** Requests and orders: ten million a second is far past any real site. */
const RATE: Cap = { max: 10_000_000, words: '10000000 (ten million)' };
const FACTOR: Cap = { max: 100, words: '100' };
const EXPONENT: Cap = { max: 10, words: '10 (a power past that overflows)' };
const HOSTS: Cap = { max: MAX_HOSTS, words: `${MAX_HOSTS} (the most hosts a level may have)` };
const REPEATS: Cap = { max: 1_000, words: '1000' };
const POINTS: Cap = { max: 100, words: '100 points (a whole score)' };
const WEIGHT: Cap = { max: 1_000, words: '1000 (only the proportions between the weights matter)' };
/** How fast the browser plays game time: an hour of game time in under a real second is past watching. */
const GAME_SPEED: Cap = { max: 3_600, words: '3600 game seconds per real second (an hour a second)' };

const seconds = () => positive('seconds', SECONDS);
const secondsOrNone = () => zeroOrMore('seconds', SECONDS);

const tier = fields('a tier: an object with id, label, hostPrefix, count…', {
  id: name(),
  label: name(),
  group: name().optional(),
  hostPrefix: name(),
  hostNumberDigits: wholeNumber(1, 6),
  count: wholeNumber(0, MAX_HOSTS),
  environment: oneOf(ENVIRONMENTS),
  pool: oneOfOrNull(POOL_IDS),
  capacityRequestsPerSecond: zeroOrMore('requests per second', RATE),
  runsApache: yesNo(),
  provides: oneOfOrNull(TOOL_SERVICES).optional(),
  pagesOnCall: yesNo(),
  chefFailure: fields('an object with share and reason, or null', { share: share(), reason: text() }).nullable().optional(),
});

const chef = fields('an object with the Chef settings', {
  intervalSeconds: seconds(),
  splaySeconds: secondsOrNone(),
  runSecondsMin: seconds(),
  runSecondsMax: seconds(),
  comfortableConcurrentRuns: wholeNumberUpTo(1, HOSTS),
  overloadExponent: zeroOrMore(undefined, EXPONENT),
  packageStepAt: share(),
  brokenRunFailsAt: share(),
  hasFleetPause: yesNo(),
});

const apache = fields('an object with the Apache package settings', {
  packageName: name(),
  installedVersion: name(),
  pinnedVersion: name(),
  mirrorVersion: name(),
  versionsDroppingDefaultConfig: list(name(), 'versions'),
  defaultConfigPath: name(),
  failedStartTimeoutSeconds: secondsOrNone(),
});

const change = fields('an object describing the change that starts the incident', {
  by: name(),
  pinVersion: name(),
  pushAtSecond: secondsOrNone().nullable(),
  watchHostName: name(),
  // The author asks the on-call to look at the change first (the Hindsight level); left out or null, no ask.
  review: fields('an object with askAtSecond, askText and pushesAnywayAtSecond, or null', {
    askAtSecond: secondsOrNone(),
    askText: text(),
    pushesAnywayAtSecond: secondsOrNone(),
  })
    .nullable()
    .optional(),
});

const loadBalancer = fields('an object with the load balancer settings', {
  healthCheckSeconds: seconds(),
  failuresToLeavePool: wholeNumberUpTo(1, REPEATS),
  successesToRejoinPool: wholeNumberUpTo(1, REPEATS),
});

const poolTraffic = fields('an object with requestsPerSecond, baseLatencyMs and orderShare', {
  requestsPerSecond: zeroOrMore('requests per second', RATE),
  baseLatencyMs: positive('ms', MS),
  orderShare: share(),
});

const traffic = fields('an object with the traffic settings', {
  pools: fields('an object with one entry per pool: web and api', { web: poolTraffic, api: poolTraffic }),
  ordersPerMinute: zeroOrMore('orders per minute', RATE),
  overloadLatencyFactor: positive(undefined, FACTOR),
  overloadLatencyExponent: zeroOrMore(undefined, EXPONENT),
  overloadErrorPerUnit: zeroOrMore(undefined, FACTOR),
  maxOverloadErrorRate: share(),
  customerPatienceMs: positive('ms', MS),
});

const featureFlag = fields('a feature flag: an object with id, label, description and shedsShare', {
  id: name(),
  label: name(),
  description: text(),
  shedsShare: fields('an object with a share for each pool: web and api', { web: share(), api: share() }),
});

const monitoring = fields('an object with the monitoring settings', {
  checkIntervalSeconds: seconds(),
  retryIntervalSeconds: seconds(),
  maxCheckAttempts: wholeNumberUpTo(1, REPEATS),
  // The shop's own HTTP check through the load balancer; left out or null, the level has none.
  siteCheck: fields('an object with errorRate (a share above 0, such as 0.05) and p50LatencyMs, or null', {
    errorRate: positive(undefined, { max: 1, words: '1 (every request failing: the check could never fail)' }),
    p50LatencyMs: positive('ms', MS),
  })
    .nullable()
    .optional(),
  // Monitoring of the monitoring: a tool service that stops answering is said at once; left out, false.
  metaMonitoring: yesNo().optional(),
});

const channel = fields('a channel: an object with id, label and kind', {
  id: name(),
  label: name(),
  kind: oneOf(['chat', 'irc']),
  outage: fields('an object with atSecond and durationSeconds, or null', {
    atSecond: secondsOrNone(),
    durationSeconds: seconds(),
  })
    .nullable()
    .optional(),
});

const scriptedMessage = fields('a scripted line: an object with atSecond, from, channel and text', {
  atSecond: secondsOrNone(),
  from: name(),
  channel: name(),
  text: text(),
});

const staging = fields('an object with tierId and setupSeconds, or null', {
  tierId: name(),
  setupSeconds: secondsOrNone(),
});

// What a facilitator may inject during a session (sim/injections): each left out is not offered.
const injections = fields('an object with any of chatOutage, secondFailure, supportEscalation and responderLeaves', {
  chatOutage: fields('an object with channel and durationSeconds', { channel: name(), durationSeconds: seconds() }).optional(),
  secondFailure: fields('an object with tierId, hosts and reason', { tierId: name(), hosts: wholeNumber(1, MAX_HOSTS), reason: text(MAX_NAME_CHARS, true) }).optional(),
  supportEscalation: fields('an object with from and text', { from: name(), text: text() }).optional(),
  responderLeaves: fields('an object with reason', { reason: text(MAX_NAME_CHARS, true) }).optional(),
});

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
  healthyLatencyFactor: positive(undefined, FACTOR),
  downErrorRate: share(),
  stableSeconds: secondsOrNone(),
  // Left out or null, the shift runs until the player hands over or the time limit; older levels set it.
  graceSeconds: secondsOrNone().nullable().optional(),
  timeLimitSeconds: seconds(),
});

const responder = fields('a responder: an object with id, name, specialty, joinsAfterSeconds and secondsPerJob (look is optional)', {
  id: name(),
  name: name(),
  look: oneOf(RESPONDER_LOOKS).optional(),
  specialty: oneOf(SPECIALTIES),
  joinsAfterSeconds: secondsOrNone(),
  secondsPerJob: seconds(),
});

const coordination = fields(
  'an object with catchUpSeconds, catchUpWithSummarySeconds, summaryFreshSeconds, idleActsAfterSeconds and collisionSlowdown (and optionally vagueAskDelayFactor, blameSlowdown, blameChillSeconds, watchSeconds and announceSeconds)',
  {
    catchUpSeconds: secondsOrNone(),
    catchUpWithSummarySeconds: secondsOrNone(),
    summaryFreshSeconds: seconds(),
    idleActsAfterSeconds: seconds(),
    collisionSlowdown: zeroOrMore(undefined, FACTOR),
    // Added after the first levels were written: each may be left out and takes its default.
    vagueAskDelayFactor: positive(undefined, FACTOR).optional(),
    blameSlowdown: zeroOrMore(undefined, FACTOR).optional(),
    blameChillSeconds: secondsOrNone().optional(),
    watchSeconds: seconds().optional(),
    announceSeconds: zeroOrMore('seconds', { max: 600, words: '600 seconds (10 minutes: past that, "in a moment" is not a warning anyone would wait for)' }).optional(),
  },
);

// Every field of the scoring section may be left out (the default stands), except that weights, when
// given, name all five families: a weight only means something next to the others.
const weights = fields('an object with a weight (0 or more) for each family: killSwitches, staging, teamCommunication, customerImpact and visibility', {
  killSwitches: zeroOrMore(undefined, WEIGHT),
  staging: zeroOrMore(undefined, WEIGHT),
  teamCommunication: zeroOrMore(undefined, WEIGHT),
  customerImpact: zeroOrMore(undefined, WEIGHT),
  visibility: zeroOrMore(undefined, WEIGHT),
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
    stopSpreadSeconds: secondsOrNone().optional(),
    stopSpreadFadeSeconds: seconds().optional(),
    shedLoadSeconds: secondsOrNone().optional(),
  }).optional(),
  staging: fields('an object with canaryMaxHosts and batchMaxShare (each may be left out)', {
    canaryMaxHosts: wholeNumberUpTo(1, HOSTS).optional(),
    batchMaxShare: share().optional(),
  }).optional(),
  teamCommunication: fields('an object with the team communication timings, in seconds (each may be left out)', {
    tellChannelSeconds: secondsOrNone().optional(),
    tellChannelFadeSeconds: seconds().optional(),
    answerPageSeconds: secondsOrNone().optional(),
    askForHelpSeconds: secondsOrNone().optional(),
    statusPageSeconds: secondsOrNone().optional(),
    statusPageFadeSeconds: seconds().optional(),
    statusCadenceSeconds: seconds().optional(),
    backupChannelSeconds: secondsOrNone().optional(),
  }).optional(),
  customerImpact: fields('an object with ordersLostZeroMinutes, degradedZeroMinutes and downZeroMinutes (each may be left out)', {
    ordersLostZeroMinutes: positive('minutes', MINUTES).optional(),
    degradedZeroMinutes: positive('minutes', MINUTES).optional(),
    downZeroMinutes: positive('minutes', MINUTES).optional(),
  }).optional(),
  visibility: fields('an object with firstLookSeconds (may be left out)', {
    firstLookSeconds: secondsOrNone().optional(),
  }).optional(),
  award: fields('an object with minLearnings (may be left out)', {
    minLearnings: wholeNumber(1, LEARNING_IDS.length).optional(),
  }).optional(),
  total: fields('an object with unresolvedCap, downPointsPerMinute, survivorsLostPoints, healthyDrainPointsPerHostMinute and badChangeCap (each may be left out)', {
    unresolvedCap: wholeNumber(0, 100).optional(),
    downPointsPerMinute: zeroOrMore('points', POINTS).optional(),
    survivorsLostPoints: zeroOrMore('points', POINTS).optional(),
    healthyDrainPointsPerHostMinute: zeroOrMore('points', POINTS).optional(),
    badChangeCap: wholeNumber(0, 100).optional(),
  }).optional(),
});

const postChoice = fields('a post choice: an object with label and wordings', {
  label: name(),
  wordings: list(fields('a wording: an object with intent and text', { intent: oneOf(MESSAGE_INTENTS), text: text() }), 'wordings', 1),
});

const statusUpdateChoice = fields('a status update choice: an object with label, status and wordings', {
  label: name(),
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
  title: name(),
  summary: text(),
  // What the level teaches, for the title's level chooser; left out or null, the menu shows only the summary.
  teaches: text().nullable().optional(),
  briefing: list(text(), 'paragraphs', 1),
  gameSecondsPerRealSecond: positive('game seconds per real second', GAME_SPEED),
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
  script: list(scriptedMessage, 'scripted lines', 0, 1_000),
  staging: staging.nullable().optional(),
  actionSeconds,
  resolution,
  responders: list(responder, 'responders').optional(),
  coordination: coordination.optional(),
  injections: injections.optional(),
  comms: comms.optional(),
  scoring: scoring.optional(),
  // A step-by-step guide shown during the incident (the tutorial's); see guide-schema.ts.
  guide: guideSchema.nullable().optional(),
});

/** A level file that passed the schema; defaults are not filled in yet. */
export type LevelFile = z.output<typeof levelSchema>;
