// What the player (and later the cat responders) can ask of the world. Commands are plain data, so a
// replay is just a list of them with their ticks; the step decides whether each makes sense now and
// answers every one with an event, a refusal included.

import type { InjectionId } from './injection-config';

/** Host names (`web-017`) or dsh-style groups (`@web` for a tier, `@all` for every host). */
export type HostList = string[];

export type StatusPageStatus = 'operational' | 'degraded' | 'partial-outage' | 'major-outage';
export const STATUS_PAGE_STATUSES: readonly StatusPageStatus[] = ['operational', 'degraded', 'partial-outage', 'major-outage'];

export type CheckMethod = 'curl' | 'ssh';

/** The commands that become a task on a list of hosts (host-tasks). */
export type HostAction = 'run-chef' | 'stop-chef' | 'start-chef' | 'start-apache' | 'remove-default-config' | 'repair-chef' | 'drain' | 'restore';

export type Command =
  /** chef-client on these hosts, `concurrency` at a time (a dsh fan-out). */
  | { type: 'run-chef'; hosts: HostList; concurrency?: number; by?: string }
  /** Stop or start the chef-client daemon, so scheduled runs stop or resume on these hosts. */
  | { type: 'stop-chef'; hosts: HostList; concurrency?: number; by?: string }
  | { type: 'start-chef'; hosts: HostList; concurrency?: number; by?: string }
  /** The fleet-wide Chef kill switch, where the level has one. */
  | { type: 'pause-chef'; by?: string }
  | { type: 'resume-chef'; by?: string }
  /** Change the Apache pin in the cookbook: for the whole fleet, or as an override on some hosts (a canary). */
  | { type: 'set-pin'; version: string; hosts?: HostList; by?: string }
  /** Fix forward: a cookbook that deletes the default config before it (re)starts Apache. */
  | { type: 'fix-cookbook'; by?: string }
  /** Try a version on the staging hosts first: slow to set up, as the level says. */
  | { type: 'test-in-staging'; version: string; by?: string }
  | { type: 'start-apache'; hosts: HostList; concurrency?: number; by?: string }
  | { type: 'remove-default-config'; hosts: HostList; concurrency?: number; by?: string }
  /** Mend whatever made this host's Chef runs fail (and run Chef to prove it). */
  | { type: 'repair-chef'; hosts: HostList; concurrency?: number; by?: string }
  | { type: 'drain'; hosts: HostList; by?: string }
  | { type: 'restore'; hosts: HostList; by?: string }
  | { type: 'set-feature-flag'; flag: string; on: boolean; by?: string }
  /** Out-of-band looks that work when the monitoring does not. */
  | { type: 'check-host'; host: string; method: CheckMethod; by?: string }
  | { type: 'view-site'; by?: string }
  | { type: 'read-lb-stats'; by?: string }
  | { type: 'check-mirror'; by?: string }
  /** Acknowledge one page, or every open page when no id is given. */
  | { type: 'ack-page'; pageId?: number; by?: string }
  /** A post in a channel; its intent (see message-intents) is what the wording does for the team. */
  | { type: 'post-message'; channel: string; text: string; intent?: string; by?: string }
  /** `intent` tells a real update (impact and next step) from a holding line ("looking into it"). */
  | { type: 'update-status-page'; status: StatusPageStatus; text: string; intent?: StatusIntent; by?: string }
  /** Close the incident: only once the site is healthy again. */
  | { type: 'end-incident'; by?: string }
  /** Call one responder by name, or everyone who is around when no one is named. */
  | { type: 'ask-for-help'; responder?: string; by?: string }
  /** Give a responder one job: any action the player can take, done at their keyboard, in their name. */
  | { type: 'assign-job'; responder: string; job: Job; by?: string }
  /** Say no to what an idle responder has just said they are about to do on their own. */
  | { type: 'refuse-intent'; responder: string; by?: string }
  /** Stop a responder's job before it takes effect, and every hand task running in their name. */
  | { type: 'stop-job'; responder: string; by?: string }
  /** Stop a hand task (a dsh fan-out): hosts not started yet are spared; what is in flight finishes. Without an id, the newest of the one stopping. */
  | { type: 'stop-task'; taskId?: number; by?: string }
  /** The change the author asked you to look at: let it go out now (they push it to the whole fleet). */
  | { type: 'approve-change'; by?: string }
  /** Ask the author not to push the change, optionally saying why: it stays with them until approved. */
  | { type: 'hold-change'; reason?: string; by?: string }
  /** A facilitator makes something happen for the room to handle (sim/injections): never a job for a cat. */
  | { type: 'inject-event'; event: InjectionId; by?: string };

/** What a status page update tells customers: what is hurt and when they will hear more, or only that someone is on it. */
export type StatusIntent = 'update' | 'looking-into-it';
export const STATUS_INTENTS: readonly StatusIntent[] = ['update', 'looking-into-it'];

/**
 * Commands that direct people, stop work or answer a review: the lead's, never a job for someone else (assign-job refuses
 * them). The type below leaves only the first two out, so code written before the others came still
 * compiles; the refusal is at run time.
 */
export const LEAD_COMMAND_TYPES: readonly CommandType[] = ['ask-for-help', 'assign-job', 'refuse-intent', 'stop-job', 'stop-task', 'approve-change', 'hold-change'];

/** What a responder can be asked to do: any action but calling or directing others, an investigation, or a watch. */
export type Job = Exclude<Command, { type: 'ask-for-help' | 'assign-job' }> | Investigation | Watch;

/** Looking into one question and reporting what is true now, in chat. */
export type InvestigationTopic = 'broken-host' | 'php7' | 'mirror' | 'monitoring';
export const INVESTIGATION_TOPICS: readonly InvestigationTopic[] = ['broken-host', 'php7', 'mirror', 'monitoring'];
export interface Investigation {
  type: 'investigate';
  topic: InvestigationTopic;
}

/** Keeping an eye on one thing and saying in chat whenever it changes, until told otherwise or it is over. */
export type WatchTarget = 'site' | 'chef-server' | 'monitoring';
export const WATCH_TARGETS: readonly WatchTarget[] = ['site', 'chef-server', 'monitoring'];
export interface Watch {
  type: 'watch';
  target: WatchTarget;
}

export type CommandType = Command['type'];

/** Who acted when a command does not say. */
export const PLAYER = 'player';

/** A package version as Chef pins it: digits and dots. */
export const VERSION_PATTERN = /^[0-9]+(\.[0-9]+)*$/;
