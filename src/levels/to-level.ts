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
import { DEFAULT_COMMS } from './default-comms';
import type { Level, LevelComms, LevelMeta } from './level';
import type { LevelFile } from './level-schema';

type FileTier = LevelFile['tiers'][number];
type FileChannel = LevelFile['channels'][number];
type FileResponder = Exclude<LevelFile['responders'], undefined>[number];

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
};

export function toLevel(file: LevelFile): Level {
  const meta: LevelMeta = {
    schemaVersion: file.schemaVersion,
    id: file.id,
    title: file.title,
    summary: file.summary,
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
    resolution: file.resolution,
    // A level without responders is a lonely shift; without coordination numbers, these defaults.
    responders: (file.responders ?? []).map(toResponder),
    coordination: file.coordination ?? DEFAULT_COORDINATION,
  };
  return { meta, sim, comms: file.comms ?? DEFAULT_COMMS };
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
type MetaKey = keyof LevelMeta | 'comms';

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
  Assert<SameShape<LevelFile['resolution'], ResolutionConfig>>,
  Assert<SameShape<Filled<FileResponder, 'look'>, ResponderConfig>>,
  Assert<SameShape<Exclude<LevelFile['coordination'], undefined>, CoordinationConfig>>,
  Assert<SameShape<Omit<LevelFile, Exclude<keyof LevelFile, MetaKey> | 'comms'>, LevelMeta>>,
  Assert<SameShape<Exclude<LevelFile['comms'], undefined>, LevelComms>>,
];
