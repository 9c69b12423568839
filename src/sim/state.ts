// The whole world at one tick, as plain serialisable data: hosts in id order, every timer a tick number,
// the random generator's state included. A snapshot is a structured clone; a save is JSON.

import type { HostAction, Job, StatusIntent, StatusPageStatus } from './commands';
import type { PoolId, ToolService } from './config';
import type { RngState } from './rng';

export type ApacheStatus = 'running' | 'failed' | 'stopped' | 'absent';

export interface ApacheState {
  status: ApacheStatus;
  version: string;
  /** The file the new package drops and the recipe deletes at the end of a run; Apache will not start while it is there. */
  defaultConfigPresent: boolean;
}

export interface ChefRun {
  startedAtTick: number;
  trigger: 'schedule' | 'manual';
  by: string;
  /** Work left, in seconds at full speed; an overloaded Chef server makes each tick count for less. */
  lengthSeconds: number;
  progressSeconds: number;
  packageStepDone: boolean;
  /** The cookbook as synced when the run started: a pin pushed mid-run waits for the next run. */
  wantedVersion: string;
  cookbookFixed: boolean;
  /** Why the run will be reported failed, once something in it has failed. */
  failure: string | null;
}

export interface ChefState {
  daemon: 'running' | 'stopped';
  /** This host's own reason for failing every run (the php7 nodes, a share of dev VMs), or null. */
  brokenReason: string | null;
  nextRunAtTick: number;
  run: ChefRun | null;
  lastRun: { result: 'ok' | 'failed'; atTick: number; reason: string | null } | null;
}

export interface LoadBalancerMember {
  inPool: boolean;
  drained: boolean;
  failedChecks: number;
  passedChecks: number;
}

export interface MonitorState {
  nextCheckAtTick: number;
  failedAttempts: number;
  alerting: boolean;
  lastCheckOk: boolean | null;
  lastCheckAtTick: number | null;
}

export interface HostState {
  id: number;
  name: string;
  tierIndex: number;
  apache: ApacheState;
  chef: ChefState;
  /** A canary's own pin, overriding the cookbook's. */
  pinOverride: string | null;
  lb: LoadBalancerMember | null;
  monitor: MonitorState;
}

/** A hand action over many hosts, a few at a time: what dsh does, and what one ssh is with one host. */
export interface HostTask {
  id: number;
  action: HostAction;
  by: string;
  hostIds: number[];
  nextIndex: number;
  concurrency: number;
  /** Hosts being worked on now, and when each is done (for Chef runs: when the host's run ends). */
  active: { hostId: number; doneAtTick: number; runStarted: boolean }[];
}

/** A single action that completes after a while: a cookbook upload, a look at the site, a staging test. */
export type Timer =
  | { id: number; kind: 'pin-upload'; atTick: number; by: string; version: string; hostIds: number[] | null }
  | { id: number; kind: 'cookbook-fix'; atTick: number; by: string }
  | { id: number; kind: 'check-host'; atTick: number; by: string; hostId: number; method: 'curl' | 'ssh' }
  | { id: number; kind: 'view-site'; atTick: number; by: string }
  | { id: number; kind: 'read-lb-stats'; atTick: number; by: string }
  | { id: number; kind: 'check-mirror'; atTick: number; by: string }
  | { id: number; kind: 'status-page'; atTick: number; by: string; status: StatusPageStatus; text: string; intent: StatusIntent | null };

export type PoolStatus = 'healthy' | 'degraded' | 'down';

export interface PoolState {
  hosts: number;
  /** Hosts the load balancer routes to: passing its health checks and not drained. */
  inPool: number;
  serving: number;
  /** Hosts of the pool whose Apache is down, drained or not: a drained broken host is still not fixed. */
  broken: number;
  demandRequestsPerSecond: number;
  capacityRequestsPerSecond: number;
  utilisation: number;
  p50LatencyMs: number;
  errorRate: number;
  status: PoolStatus;
}

export interface Page {
  id: number;
  tierId: string;
  summary: string;
  sentAtTick: number;
  ackedAtTick: number | null;
}

export interface StagingTest {
  version: string;
  by: string;
  phase: 'setting-up' | 'first-run' | 'second-run';
  readyAtTick: number;
  /** The Chef runs of the current phase, once they have started. */
  taskId: number | null;
  /** Staging hosts seen with the new version installed and Apache down, at any moment of the test. */
  failedHostIds: number[];
}

/** What was seen of the change before the fleet had it: Apache failing with its version in staging, or on a canary. */
export interface ChangeEvidence {
  kind: 'staging' | 'canary';
  atTick: number;
  /** The hosts it failed on. */
  hosts: string[];
}

/**
 * The author's request to look at the change first, where the level has one: asked, then approved (pushed
 * at once), held (not pushed unless approved later), or pushed anyway when nobody objected by the deadline.
 */
export interface ChangeReviewState {
  status: 'not-asked' | 'asked' | 'approved' | 'held' | 'pushed-anyway';
  askedAtTick: number | null;
  /** When the latest answer (or the deadline) settled it. */
  decidedAtTick: number | null;
  /** The first failure of the change seen before it went out, whoever tried it. */
  evidence: ChangeEvidence | null;
  /** When holding it on that evidence, with the fleet whole, ended the incident before it started. */
  avertedAtTick: number | null;
}

export interface Outcome {
  result: 'recovered' | 'no-impact' | 'unresolved';
  reason: 'player-ended' | 'resolved' | 'time-limit';
  endedAtTick: number;
}

export interface IncidentState {
  changePushedAtTick: number | null;
  impactStartedAtTick: number | null;
  healthySinceTick: number | null;
  resolvedAtTick: number | null;
  outcome: Outcome | null;
}

/** Running sums for the debrief: what customers got against what they came for. */
export interface Totals {
  ordersCompleted: number;
  ordersExpected: number;
  degradedSeconds: number;
  downSeconds: number;
}

export interface ResponderIntent {
  job: Job;
  /** The job in plain words, as they said it. */
  summary: string;
  announcedAtTick: number;
  startsAtTick: number;
}

export interface ResponderState {
  id: string;
  /** `left`: had to go during the incident (a facilitator's injection); they cannot be asked again. */
  status: 'away' | 'coming' | 'catching-up' | 'idle' | 'working' | 'left';
  /** Since when they have had nothing to do (idle responders act on their own after a while). */
  idleSinceTick: number | null;
  /** Whether they have already found themselves something to do once (they do it only once). */
  actedAlone: boolean;
  /** Jobs given to them: someone who has had a job from the lead waits for the next one. */
  jobsGiven: number;
  /** Whether they are catching up from a fresh running summary (decided when they join). */
  readingSummary: boolean;
  /** When the current phase ends: joining, catching up, or finishing the job at the keyboard. */
  untilTick: number | null;
  job: { command: Job; summary: string } | null;
  /**
   * What they have said they will do on their own, unless told no, and when they will start: an idle
   * responder asks first, so the lead can say no (refuse-intent) or give them a job instead.
   */
  intent: ResponderIntent | null;
  /** On a watch: what they last said about it, so they speak only when it has changed enough. */
  watchSeen: { status: string; value: number } | null;
}

export interface SimState {
  formatVersion: 1;
  seed: number;
  tick: number;
  rng: RngState;
  nextId: number;
  hosts: HostState[];
  /** The cookbook's Apache pin and the one version the mirror still has. */
  pin: string;
  mirrorVersion: string;
  /** Whether the cookbook deletes the default config before (re)starting Apache: the fix forward. */
  cookbookFixed: boolean;
  chefPaused: boolean;
  chefServer: { concurrentRuns: number; overloaded: boolean };
  tasks: HostTask[];
  timers: Timer[];
  staging: StagingTest | null;
  featureFlagsOn: Record<string, boolean>;
  pools: Record<PoolId, PoolState>;
  ordersPerMinute: number;
  /** Which tool services answer right now: host states (the Nagios UI), dashboards (graphs), deploys… */
  toolsUp: Record<ToolService, boolean>;
  pages: Page[];
  /** Per tier: a page is open until all the tier's alerts clear. */
  tierPaged: boolean[];
  /**
   * The check of the shop itself through the load balancer (as a customer's request goes), when the level
   * has one: it alerts, and pages, while customers hurt, whatever the host checks say.
   */
  siteCheck: MonitorState;
  channelsUp: Record<string, boolean>;
  statusPage: { status: StatusPageStatus; text: string; updatedAtTick: number | null };
  responders: ResponderState[];
  /** When the player last posted a running summary, which lets late joiners catch up fast. */
  lastSummaryAtTick: number | null;
  /** Whether the player has told the team to leave the php7 survivors alone. */
  php7Protected: boolean;
  /** Chat outages a facilitator started, each until its tick (the level's own are on its clock). */
  injectedOutages: { channel: string; untilTick: number }[];
  /** Until when the team is careful and defensive after a blaming post (null when it is not). */
  chilledUntilTick: number | null;
  /** Where the responders talk: the main channel, until it fails and the player leads them elsewhere. */
  teamChannel: string;
  /** Lines said while the team's channel was down, read out once the team is somewhere that works. */
  unheard: { from: string; text: string }[];
  incident: IncidentState;
  /** The review the change's author asked for, or null where the level has none. */
  review: ChangeReviewState | null;
  totals: Totals;
}
