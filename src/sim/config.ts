// The simulation's input: everything a level decides, already validated and cross-checked by
// src/levels. All durations are in game seconds; one tick is one game second (see ticks.ts).

import type { InjectionsConfig } from './injection-config';

/** A load-balancer pool that customers' requests go to. */
export type PoolId = 'web' | 'api';
export const POOL_IDS: readonly PoolId[] = ['web', 'api'];

/** What a tool host gives the people watching the fleet when its Apache is up. */
export type ToolService = 'host-status' | 'dashboards' | 'deploys' | 'postmortems';

/** Which Chef environment a tier belongs to: staging hosts are where a change can be tried first. */
export type Environment = 'production' | 'staging' | 'development';

export interface TierConfig {
  /** Short id used in host groups (`@web`) and references: `web`, `php7`, `api`, `graphite`… */
  id: string;
  label: string;
  /** Tiers that are drawn together on screen (all the tool tiers share `tools`). */
  group: string;
  /** Host names are `${hostPrefix}-${number}` with the number zero-padded to `hostNumberDigits`. */
  hostPrefix: string;
  hostNumberDigits: number;
  count: number;
  environment: Environment;
  /** The load-balancer pool the tier serves, or null for hosts customers never reach. */
  pool: PoolId | null;
  /** Requests per second one healthy host serves at its base latency. */
  capacityRequestsPerSecond: number;
  runsApache: boolean;
  /** A tool host's service, when its Apache is up. */
  provides: ToolService | null;
  /** When a host of this tier stays critical, the on-call is paged (dev VMs only make noise). */
  pagesOnCall: boolean;
  /** Hosts whose Chef runs already fail for their own reason before the level starts. */
  chefFailure: { share: number; reason: string } | null;
}

export interface ChefConfig {
  intervalSeconds: number;
  splaySeconds: number;
  runSecondsMin: number;
  runSecondsMax: number;
  /** Concurrent runs the Chef server and the mirror carry without slowing down. */
  comfortableConcurrentRuns: number;
  /** How steeply runs slow past that: speed = (comfortable / concurrent) ^ exponent. */
  overloadExponent: number;
  /** Where in a run (0-1) the package and service resources converge; the clean-up step is at the end. */
  packageStepAt: number;
  /** A run on a host whose Chef is broken fails this far in (0-1). */
  brokenRunFailsAt: number;
  /** Whether the level has a fleet-wide kill switch for Chef. */
  hasFleetPause: boolean;
}

export interface ApacheConfig {
  packageName: string;
  /** What every Apache host runs, and what the cookbook pins, when the level opens. */
  installedVersion: string;
  pinnedVersion: string;
  /** The mirror keeps only the newest version of each package. */
  mirrorVersion: string;
  /** Installing these versions drops a default config file that stops Apache from starting. */
  versionsDroppingDefaultConfig: string[];
  defaultConfigPath: string;
  /** How long a failed (re)start keeps the Chef run waiting before it gives up (systemd's start timeout). */
  failedStartTimeoutSeconds: number;
}

/** The one-line change that starts the incident. */
export interface ChangeConfig {
  /** Who makes it (the desk neighbour), shown in chat and the timeline. */
  by: string;
  pinVersion: string;
  /** When the change is pushed to the whole fleet; null when it is only proposed and the player decides. */
  pushAtSecond: number | null;
  /** The host the author logs into to watch a no-op; Chef runs there right after the push. */
  watchHostName: string;
  /**
   * Where the author asks the on-call to look at the change first (the Hindsight level): the player
   * approves it or holds it, and if neither by the deadline, it goes out anyway. Null or left out: no ask.
   */
  review?: ChangeReviewConfig | null;
}

/** The author asking for a second pair of eyes before the change goes out, and how long they wait. */
export interface ChangeReviewConfig {
  /** When they ask, across the desk. */
  askAtSecond: number;
  /** What they say when they ask. */
  askText: string;
  /** When they push it anyway if nobody approved or held it: nobody objected. */
  pushesAnywayAtSecond: number;
}

export interface LoadBalancerConfig {
  healthCheckSeconds: number;
  failuresToLeavePool: number;
  successesToRejoinPool: number;
}

export interface PoolTrafficConfig {
  requestsPerSecond: number;
  baseLatencyMs: number;
  /** Share of the day's orders that come through this pool. */
  orderShare: number;
}

export interface TrafficConfig {
  pools: Record<PoolId, PoolTrafficConfig>;
  ordersPerMinute: number;
  /** Past capacity, p50 latency = base × overloadLatencyFactor × utilisation ^ overloadLatencyExponent. */
  overloadLatencyFactor: number;
  overloadLatencyExponent: number;
  /** Share of requests that fail per unit of utilisation past 1. */
  overloadErrorPerUnit: number;
  maxOverloadErrorRate: number;
  /** How long a customer will wait: orders fall off as latency grows past base by this much. */
  customerPatienceMs: number;
}

export interface FeatureFlagConfig {
  id: string;
  label: string;
  description: string;
  /** Share of each pool's requests that go away while the feature is switched off. */
  shedsShare: Record<PoolId, number>;
}

export interface MonitoringConfig {
  checkIntervalSeconds: number;
  retryIntervalSeconds: number;
  /** Failed checks in a row before an alert is raised (Nagios' hard state). */
  maxCheckAttempts: number;
  /** The check of the shop through the load balancer, when the level has one (none when left out or null). */
  siteCheck?: SiteCheckConfig | null;
  /**
   * Monitoring of the monitoring: when a tool service (the Nagios UI, the graphs…) stops answering, an
   * alert says so at once, and the on-call is paged when it is a screen they see the fleet through, so
   * they know they are blind rather than reading stale pictures. Left out or false: nobody is told.
   */
  metaMonitoring?: boolean;
}

/** The shop's own HTTP check: it fails while the web pool's error rate or p50 latency is at or past these. */
export interface SiteCheckConfig {
  errorRate: number;
  p50LatencyMs: number;
}

export interface ChannelConfig {
  id: string;
  label: string;
  kind: 'chat' | 'irc';
  /** When the channel service fails mid-level, if it does. */
  outage: { atSecond: number; durationSeconds: number } | null;
}

export interface ScriptedMessage {
  atSecond: number;
  from: string;
  /** A channel id, or `in-person` for something said across the desk. */
  channel: string;
  text: string;
}

export interface StagingConfig {
  tierId: string;
  /** Waiting for the staging environment before a test can even start: why people skipped it. */
  setupSeconds: number;
}

/** How long each hand action takes a person at a keyboard, in game seconds. */
export interface ActionSecondsConfig {
  ssh: number;
  curl: number;
  stopChef: number;
  startChef: number;
  startApache: number;
  removeDefaultConfig: number;
  repairChef: number;
  drain: number;
  uploadCookbook: number;
  viewSite: number;
  readLoadBalancerStats: number;
  checkMirror: number;
  updateStatusPage: number;
}

export interface ResolutionConfig {
  /** A pool is healthy below this error rate and under base latency × this factor. */
  healthyErrorRate: number;
  healthyLatencyFactor: number;
  /** A pool is down at or above this error rate. */
  downErrorRate: number;
  /** The site must stay healthy this long after customers were hurt for the incident to be resolved. */
  stableSeconds: number;
  /**
   * The level ends this long after resolution if the player has not handed over (a kiosk may want it).
   * Null: it does not end by itself after resolution; the player hands over, or the time limit comes.
   */
  graceSeconds: number | null;
  timeLimitSeconds: number;
}

/** What a responder is good at; it decides which jobs they do fast and what they do when left idle. */
export type Specialty = 'chef-and-yum' | 'fan-out' | 'graphs' | 'comms' | 'php7' | 'curious';
export const SPECIALTIES: readonly Specialty[] = ['chef-and-yum', 'fan-out', 'graphs', 'comms', 'php7', 'curious'];

/** How a responder is drawn: the coat of the cat at their desk (the game has art for each). */
export type ResponderLook = 'ginger-tabby' | 'cream' | 'tuxedo' | 'calico' | 'white' | 'grey-tabby';
export const RESPONDER_LOOKS: readonly ResponderLook[] = ['ginger-tabby', 'cream', 'tuxedo', 'calico', 'white', 'grey-tabby'];

/** A colleague (a cat, on screen) who can drop everything and help when asked. */
export interface ResponderConfig {
  id: string;
  name: string;
  look: ResponderLook;
  specialty: Specialty;
  /** How long after being asked they join: seconds for a desk neighbour, minutes for someone remote. */
  joinsAfterSeconds: number;
  /** How long they take at the keyboard to carry out one job. */
  secondsPerJob: number;
}

export interface CoordinationConfig {
  /** How long a new responder needs to catch up on what is going on… */
  catchUpSeconds: number;
  /** …and how long when a running summary was posted recently enough to read instead. */
  catchUpWithSummarySeconds: number;
  summaryFreshSeconds: number;
  /** A responder left without a job this long finds something to do by themselves… */
  idleActsAfterSeconds: number;
  /** …and says so this long before they start, so the lead can say no (0: they start as they say it). */
  announceSeconds: number;
  /** Two responders on overlapping jobs trip over each other: each job takes this much longer. */
  collisionSlowdown: number;
  /** A vague "anyone around?" is not a reason to drop everything: people come this many times later. */
  vagueAskDelayFactor: number;
  /** After a blaming post, jobs take this much longer (people double-check and cover themselves)… */
  blameSlowdown: number;
  /** …for this long, unless a blameless post clears the air first. */
  blameChillSeconds: number;
  /** How long a responder keeps a watch before reporting they have stopped. */
  watchSeconds: number;
}

export interface SimConfig {
  tiers: TierConfig[];
  chef: ChefConfig;
  apache: ApacheConfig;
  change: ChangeConfig;
  loadBalancer: LoadBalancerConfig;
  traffic: TrafficConfig;
  featureFlags: FeatureFlagConfig[];
  monitoring: MonitoringConfig;
  channels: ChannelConfig[];
  script: ScriptedMessage[];
  staging: StagingConfig | null;
  actionSeconds: ActionSecondsConfig;
  resolution: ResolutionConfig;
  responders: ResponderConfig[];
  coordination: CoordinationConfig;
  /** What a facilitator may make happen during a session (sim/injections); left out: nothing. */
  injections?: InjectionsConfig;
}

export const TOOL_SERVICES: readonly ToolService[] = ['host-status', 'dashboards', 'deploys', 'postmortems'];

/** The tools people see the fleet through (the Nagios UI, the graphs): without them, the team is graph-blind. */
export const SIGHT_SERVICES: readonly ToolService[] = ['host-status', 'dashboards'];
