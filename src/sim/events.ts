// Everything that happens in the world, named in the past tense. The screen, the cats, the score and the
// debrief all read these; the step returns the events of each tick and keeps none of them itself.

import type { CheckMethod, CommandType, HostAction, Job, StatusIntent, StatusPageStatus, WatchTarget } from './commands';
import type { PoolId, ToolService } from './config';
import type { InjectionId } from './injection-config';
import type { ApacheStatus, ChangeEvidence, Outcome, PoolStatus } from './state';

export type SimEventBody =
  | { type: 'command-refused'; command: CommandType; by: string; reason: string }
  | { type: 'task-started'; taskId: number; action: HostAction; hostCount: number; hosts: string[]; concurrency: number; by: string }
  | { type: 'task-finished'; taskId: number; action: HostAction; hostCount: number; by: string }
  /** `mirrorHas` says at once whether the mirror carries that version: a pin it lacks fails every Chef run that needs the package. */
  | { type: 'pin-upload-started'; version: string; hosts: string[] | null; mirrorHas: boolean; mirrorVersion: string; by: string }
  | { type: 'pin-changed'; version: string; hosts: string[] | null; by: string }
  | { type: 'cookbook-fix-upload-started'; by: string }
  | { type: 'cookbook-fixed'; by: string }
  /** `taskId` names the hand task (a dsh fan-out, an ssh, a Chef repair) that started a manual run, when one did. */
  | { type: 'chef-run-started'; host: string; trigger: 'schedule' | 'manual'; by: string; taskId: number | null }
  | { type: 'chef-run-finished'; host: string; result: 'ok' | 'failed'; reason: string | null }
  | { type: 'package-unavailable'; host: string; packageName: string; version: string }
  | { type: 'apache-upgraded'; host: string; from: string; to: string }
  | { type: 'apache-failed-to-start'; host: string; reason: string; by: string }
  | { type: 'apache-started'; host: string; by: string }
  | { type: 'default-config-removed'; host: string; by: string }
  | { type: 'chef-daemon-stopped'; host: string; by: string }
  | { type: 'chef-daemon-started'; host: string; by: string }
  | { type: 'chef-paused'; by: string }
  | { type: 'chef-resumed'; by: string }
  | { type: 'chef-repaired'; host: string; by: string }
  | { type: 'chef-server-overloaded'; concurrentRuns: number }
  | { type: 'chef-server-recovered'; concurrentRuns: number }
  | { type: 'host-drained'; host: string; by: string }
  | { type: 'host-restored'; host: string; by: string }
  | { type: 'host-left-pool'; host: string; pool: PoolId }
  | { type: 'host-joined-pool'; host: string; pool: PoolId }
  | { type: 'alert-raised'; host: string; tier: string; pagesOnCall: boolean }
  | { type: 'alert-cleared'; host: string; tier: string }
  | { type: 'page-sent'; pageId: number; tier: string; summary: string }
  /** The check of the shop through the load balancer failed its retries: customers are hurt (`tier` of its page is `site`). */
  | { type: 'site-alert-raised'; errorRate: number; p50LatencyMs: number; summary: string }
  | { type: 'site-alert-cleared'; errorRate: number; p50LatencyMs: number }
  | { type: 'page-acked'; pageId: number; by: string }
  | { type: 'tool-went-down'; service: ToolService }
  | { type: 'tool-came-back'; service: ToolService }
  /** Meta-monitoring (where the level has it): a tool service stopped answering, so what it shows is stale. `pages`: the on-call was paged for it. */
  | { type: 'monitoring-alert-raised'; service: ToolService; summary: string; pages: boolean }
  | { type: 'monitoring-alert-cleared'; service: ToolService }
  /** The change's author asks the on-call to look at it first; without an answer it goes out at `pushesAnywayAtTick`. */
  | { type: 'change-review-asked'; by: string; version: string; pushesAnywayAtTick: number }
  /** The change let go: `by` approved it, and its `author` pushes it now. `evidence`: what had been seen of it by then. */
  | { type: 'change-approved'; by: string; author: string; version: string; evidence: ChangeEvidence['kind'] | null }
  /** The change held: its `author` will not push it unless it is approved later. */
  | { type: 'change-held'; by: string; author: string; version: string; reason: string | null; evidence: ChangeEvidence['kind'] | null }
  /** Nobody approved or held it by the deadline, so its author pushed it: nobody objected. */
  | { type: 'change-pushed-anyway'; by: string; version: string }
  /** The change's version broke Apache somewhere before the fleet had it: in staging, or on a canary. */
  | { type: 'change-evidence-found'; kind: ChangeEvidence['kind']; version: string; hosts: string[] }
  /** The change was held on that evidence with the fleet whole: the incident that did not happen. `hostsKept`: production hosts that never took it. */
  | { type: 'incident-averted'; evidence: ChangeEvidence['kind']; hostsKept: number }
  | {
      type: 'host-checked';
      host: string;
      method: CheckMethod;
      by: string;
      /** What the check could see: curl sees only whether Apache answers; ssh sees everything. */
      apacheAnswers: boolean;
      apache: { status: ApacheStatus; version: string; defaultConfigPresent: boolean } | null;
      chef: { daemon: 'running' | 'stopped'; lastResult: 'ok' | 'failed' | 'never'; lastReason: string | null } | null;
    }
  | { type: 'site-viewed'; by: string; loaded: boolean; latencyMs: number }
  | { type: 'lb-stats-read'; by: string; pools: Record<PoolId, { hosts: number; inPool: number; serving: number }> }
  | { type: 'mirror-checked'; by: string; packageName: string; versions: string[] }
  | { type: 'staging-test-started'; version: string; readyAtTick: number; by: string }
  | {
      type: 'staging-test-finished';
      version: string;
      by: string;
      hosts: number;
      /** Staging hosts that ended the test on the version tried: 0 when nothing was installed. */
      installed: number;
      failedAfterUpgrade: number;
      runningAfterSecondRun: number;
      summary: string;
    }
  | { type: 'feature-flag-set'; flag: string; on: boolean; by: string }
  | { type: 'message-posted'; channel: string; from: string; text: string; intent: string | null }
  | { type: 'said-in-person'; from: string; text: string }
  | { type: 'status-page-updated'; status: StatusPageStatus; text: string; intent: StatusIntent | null; by: string }
  | { type: 'channel-went-down'; channel: string }
  | { type: 'channel-restored'; channel: string }
  | { type: 'pool-status-changed'; pool: PoolId; from: PoolStatus; to: PoolStatus }
  | { type: 'customers-affected' }
  | { type: 'responder-called'; responder: string; name: string; joinsAtTick: number; by: string }
  /** A facilitator made something happen (sim/injections); its own events follow. */
  | { type: 'facilitator-injected'; injection: InjectionId; by: string; detail: string }
  /** Apache stopped on these hosts for a reason of its own (a facilitator's second failure). */
  | { type: 'apache-crashed'; hosts: string[]; reason: string }
  /** A responder had to leave: their job, if any, is no longer being done. */
  | { type: 'responder-left'; responder: string; name: string; reason: string; droppedJob: string | null }
  | { type: 'responder-joined'; responder: string; name: string }
  | { type: 'responder-caught-up'; responder: string; name: string; withSummary: boolean }
  | { type: 'job-assigned'; responder: string; name: string; job: string; by: string }
  | { type: 'job-done'; responder: string; name: string; job: string }
  /** Two responders on the same job (a duplicate) or on jobs that undo each other (a conflict) over the same hosts. */
  | { type: 'responders-collided'; responders: [string, string]; job: string; kind: 'duplicate' | 'conflict' }
  | { type: 'watch-reported'; responder: string; name: string; target: WatchTarget; text: string }
  /** A post whose wording blamed someone: the team gets careful and defensive for a while. */
  | { type: 'team-chilled'; untilTick: number }
  | { type: 'team-warmed'; by: string }
  /** The team followed the player to another channel (when theirs went down). */
  | { type: 'team-moved-channel'; from: string; to: string; by: string }
  /** A responder's line nobody could read: the team's channel was down. */
  | { type: 'line-unheard'; from: string; text: string }
  | { type: 'finding-reported'; responder: string; name: string; topic: string; finding: Finding | null; text: string }
  | { type: 'responder-acted-alone'; responder: string; name: string; job: string }
  /** An idle responder says what they will do on their own at `startsAtTick`, unless told no or given a job. */
  | { type: 'responder-announced'; responder: string; name: string; summary: string; startsAtTick: number; command: Job }
  /**
   * Said no to, before they started. `hosts`: what the job would have touched, as it stood then (empty for
   * a job on no hosts); `concurrency`: how many at once it would have gone.
   */
  | { type: 'intent-refused'; responder: string; name: string; summary: string; command: Job; hosts: string[]; concurrency: number; by: string }
  /** A job stopped before its effect; `hosts` and `concurrency` as for intent-refused. */
  | { type: 'job-stopped'; responder: string; name: string; summary: string; command: Job; hosts: string[]; concurrency: number; by: string }
  /**
   * A hand task stopped: the hosts it had not started on yet (`sparedHosts`, `spared` of them) are left
   * alone; what was in flight finishes. `startedBy` ran the task, `by` stopped it.
   */
  | { type: 'task-stopped'; taskId: number; action: HostAction; spared: number; sparedHosts: string[]; concurrency: number; startedBy: string; by: string }
  | { type: 'incident-resolved' }
  | { type: 'incident-reopened' }
  | { type: 'level-ended'; outcome: Outcome };

/** What a responder can find out that matters to the story (and to the debrief). */
export type Finding = 'second-run-fixes' | 'php7-failing-chef' | 'mirror-lacks-old-package' | 'monitoring-down';

export type SimEventType = SimEventBody['type'];
export type SimEvent = SimEventBody & { tick: number };
export type EventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;

/** Collects the events of one tick, stamping each with the tick. */
export class EventLog {
  readonly events: SimEvent[] = [];
  constructor(readonly tick: number) {}
  add(body: SimEventBody): void {
    this.events.push({ ...body, tick: this.tick });
  }
}
