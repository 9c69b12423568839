// The last stage of reading a level: a checked level file becomes the game's Level, with the fields a
// trainer may leave out filled in. The type checks below fail to compile when SimConfig and the schema
// drift apart, so a new simulation field cannot be forgotten in the level format.

import type {
  ActionSecondsConfig,
  ApacheConfig,
  ChangeConfig,
  ChannelConfig,
  ChefConfig,
  CoordinationConfig,
  FeatureFlagConfig,
  LoadBalancerConfig,
  MonitoringConfig,
  ResolutionConfig,
  ResponderConfig,
  ResponderLook,
  ScriptedMessage,
  SimConfig,
  StagingConfig,
  TierConfig,
  TrafficConfig,
} from '../sim/config';
import { RESPONDER_LOOKS } from '../sim/config';
import type { InjectionsConfig } from '../sim/injection-config';
import type { ScoringConfig } from '../sim/scoring/scoring-config';
import { DEFAULT_COMMS } from './default-comms';
import type { Level, LevelComms, LevelMeta } from './level';
import type { LevelFile } from './level-schema';

type FileTier = LevelFile['tiers'][number];
type FileChannel = LevelFile['channels'][number];
type FileResponder = Exclude<LevelFile['responders'], undefined>[number];
type FileScoring = Exclude<LevelFile['scoring'], undefined>;

export const DEFAULT_COORDINATION: CoordinationConfig = {
  catchUpSeconds: 90,
  catchUpWithSummarySeconds: 15,
  summaryFreshSeconds: 600,
  idleActsAfterSeconds: 180,
  collisionSlowdown: 0.5,
  vagueAskDelayFactor: 2,
  blameSlowdown: 0.5,
  blameChillSeconds: 600,
  watchSeconds: 900,
  announceSeconds: 30,
};

/** How runs are judged when the level says nothing: calibrated on the Apache SNAFU's reference runs (see levels/README.md). */
export const DEFAULT_SCORING: ScoringConfig = {
  weights: { killSwitches: 25, staging: 20, teamCommunication: 25, customerImpact: 20, visibility: 10 },
  killSwitches: { stopSpreadSeconds: 120, stopSpreadFadeSeconds: 480, shedLoadSeconds: 300 },
  staging: { canaryMaxHosts: 1, batchMaxShare: 0.25 },
  teamCommunication: {
    tellChannelSeconds: 300,
    tellChannelFadeSeconds: 600,
    answerPageSeconds: 300,
    askForHelpSeconds: 600,
    statusPageSeconds: 300,
    statusPageFadeSeconds: 900,
    statusCadenceSeconds: 900,
    backupChannelSeconds: 300,
  },
  customerImpact: { ordersLostZeroMinutes: 10, degradedZeroMinutes: 30, downZeroMinutes: 5 },
  visibility: { firstLookSeconds: 300 },
  award: { minLearnings: 3 },
  total: { unresolvedCap: 25, downPointsPerMinute: 6, survivorsLostPoints: 30, healthyDrainPointsPerHostMinute: 0.05, badChangeCap: 100 },
};

export function toLevel(file: LevelFile): Level {
  const meta: LevelMeta = {
    schemaVersion: file.schemaVersion,
    id: file.id,
    title: file.title,
    summary: file.summary,
    teaches: file.teaches ?? null,
    briefing: file.briefing,
    gameSecondsPerRealSecond: file.gameSecondsPerRealSecond,
    clockStart: file.clockStart,
  };
  const sim: SimConfig = {
    tiers: file.tiers.map(toTier),
    chef: file.chef,
    apache: file.apache,
    change: file.change,
    loadBalancer: file.loadBalancer,
    traffic: file.traffic,
    featureFlags: file.featureFlags,
    monitoring: file.monitoring,
    channels: file.channels.map(toChannel),
    script: file.script,
    staging: file.staging ?? null,
    actionSeconds: file.actionSeconds,
    // Without a grace, the shift does not end by itself after resolution: the player hands over.
    resolution: { ...file.resolution, graceSeconds: file.resolution.graceSeconds ?? null },
    // A level without responders is a lonely shift; without coordination numbers, these defaults.
    responders: (file.responders ?? []).map(toResponder),
    coordination: { ...DEFAULT_COORDINATION, ...defined(file.coordination) },
    ...(file.injections ? { injections: file.injections } : {}),
  };
  return { meta, sim, comms: file.comms ?? DEFAULT_COMMS, scoring: toScoring(file.scoring), guide: file.guide ?? null };
}

/** Each scoring field the file leaves out keeps its default; weights come whole (see the schema). */
function toScoring(scoring: FileScoring | undefined): ScoringConfig {
  const given = scoring ?? {};
  return {
    weights: given.weights ?? DEFAULT_SCORING.weights,
    killSwitches: { ...DEFAULT_SCORING.killSwitches, ...defined(given.killSwitches) },
    staging: { ...DEFAULT_SCORING.staging, ...defined(given.staging) },
    teamCommunication: { ...DEFAULT_SCORING.teamCommunication, ...defined(given.teamCommunication) },
    customerImpact: { ...DEFAULT_SCORING.customerImpact, ...defined(given.customerImpact) },
    visibility: { ...DEFAULT_SCORING.visibility, ...defined(given.visibility) },
    award: { ...DEFAULT_SCORING.award, ...defined(given.award) },
    total: { ...DEFAULT_SCORING.total, ...defined(given.total) },
  };
}

/** The fields that are there, so an explicit `undefined` never hides a default. */
function defined<T extends object>(part: T | undefined): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(part ?? {}).filter(([, value]) => value !== undefined)) as Partial<{ [K in keyof T]: Exclude<T[K], undefined> }>;
}

function toResponder(responder: FileResponder, index: number): ResponderConfig {
  // Without a look, each responder gets the next coat, so no two look alike in a team of six.
  const look: ResponderLook = responder.look ?? RESPONDER_LOOKS[index % RESPONDER_LOOKS.length]!;
  return { ...responder, look };
}

function toTier(tier: FileTier): TierConfig {
  // A tier drawn on its own is its own group; a plain tier provides nothing and fails Chef for no reason.
  return { ...tier, group: tier.group ?? tier.id, provides: tier.provides ?? null, chefFailure: tier.chefFailure ?? null };
}

function toChannel(channel: FileChannel): ChannelConfig {
  return { ...channel, outage: channel.outage ?? null };
}

// Compile-time mirror checks: each part of the file, once its defaults are filled, has exactly the
// fields of the simulation's config (mutually assignable, so an extra or a missing field both fail).
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Filled<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };
type MetaKey = keyof LevelMeta | 'comms' | 'scoring' | 'guide';
/** A scoring section with every part and field filled in. */
type FilledScoring = { [K in keyof FileScoring]-?: { [F in keyof Exclude<FileScoring[K], undefined>]-?: Exclude<Exclude<FileScoring[K], undefined>[F], undefined> } };

export type SchemaMirrorsSimConfig = [
  Assert<SameShape<Exclude<keyof LevelFile, MetaKey>, keyof SimConfig>>,
  Assert<SameShape<Filled<FileTier, 'group' | 'provides' | 'chefFailure'>, TierConfig>>,
  Assert<SameShape<LevelFile['chef'], ChefConfig>>,
  Assert<SameShape<LevelFile['apache'], ApacheConfig>>,
  Assert<SameShape<LevelFile['change'], ChangeConfig>>,
  Assert<SameShape<LevelFile['loadBalancer'], LoadBalancerConfig>>,
  Assert<SameShape<LevelFile['traffic'], TrafficConfig>>,
  Assert<SameShape<LevelFile['featureFlags'][number], FeatureFlagConfig>>,
  Assert<SameShape<LevelFile['monitoring'], MonitoringConfig>>,
  Assert<SameShape<Filled<FileChannel, 'outage'>, ChannelConfig>>,
  Assert<SameShape<LevelFile['script'][number], ScriptedMessage>>,
  Assert<SameShape<Exclude<LevelFile['staging'], undefined>, StagingConfig | null>>,
  Assert<SameShape<LevelFile['actionSeconds'], ActionSecondsConfig>>,
  Assert<SameShape<Filled<LevelFile['resolution'], 'graceSeconds'>, ResolutionConfig>>,
  Assert<SameShape<Filled<FileResponder, 'look'>, ResponderConfig>>,
  Assert<SameShape<Filled<Exclude<LevelFile['coordination'], undefined>, 'vagueAskDelayFactor' | 'blameSlowdown' | 'blameChillSeconds' | 'watchSeconds' | 'announceSeconds'>, CoordinationConfig>>,
  Assert<SameShape<Filled<Omit<LevelFile, Exclude<keyof LevelFile, MetaKey> | 'comms' | 'scoring' | 'guide'>, 'teaches'>, LevelMeta>>,
  Assert<SameShape<Exclude<LevelFile['comms'], undefined>, LevelComms>>,
  Assert<SameShape<Exclude<LevelFile['injections'], undefined>, InjectionsConfig>>,
  Assert<SameShape<FilledScoring, ScoringConfig>>,
];
