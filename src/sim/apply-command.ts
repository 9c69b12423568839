// Turns a command into work in the world, or refuses it with a reason the player can read. Nothing here
// throws: a command that makes no sense now (an unknown host, a kill switch the level lacks, a channel
// that is down) becomes a `command-refused` event.

import { assignJob } from './assign-job';
import { callResponders } from './call-responders';
import { approveChange, holdChange } from './change-review';
import { INVESTIGATION_TOPICS, LEAD_COMMAND_TYPES, PLAYER, STATUS_INTENTS, STATUS_PAGE_STATUSES, VERSION_PATTERN, WATCH_TARGETS, type Command, type HostAction, type Job } from './commands';
import type { SimConfig } from './config';
import type { EventLog } from './events';
import { findHost, resolveHosts } from './host-names';
import { startHostTask } from './host-tasks';
import { INJECTION_IDS } from './injection-config';
import { inject } from './injections';
import { endLevel, siteRecovered } from './incident';
import { applyPostIntent, isMessageIntent } from './message-intents';
import { refuseIntent, stopJob } from './responder-stops';
import { stagingHostIds } from './staging';
import { stopTask } from './stop-tasks';
import type { HostState, SimState } from './state';
import { ticksFor } from './ticks';
import { followPlayerTo } from './team-channel';
import { startTimer } from './timers';

export function applyCommand(config: SimConfig, state: SimState, command: Command, log: EventLog): void {
  const by = command.by ?? PLAYER;
  const refuse = (reason: string): void => log.add({ type: 'command-refused', command: command.type, by, reason });
  const seconds = config.actionSeconds;

  switch (command.type) {
    case 'run-chef':
    case 'stop-chef':
    case 'start-chef':
    case 'start-apache':
    case 'remove-default-config':
    case 'repair-chef':
      return hostTask(config, state, command.type, command.hosts, command.concurrency, by, refuse, log);
    case 'drain':
    case 'restore':
      // The load balancer's admin API takes a whole list at once.
      return hostTask(config, state, command.type, command.hosts, Number.MAX_SAFE_INTEGER, by, refuse, log);

    case 'pause-chef':
    case 'resume-chef': {
      if (!config.chef.hasFleetPause) return refuse('There is no fleet-wide Chef switch here: stop chef-client on the hosts instead.');
      const pause = command.type === 'pause-chef';
      if (state.chefPaused === pause) return refuse(pause ? 'Chef is already paused.' : 'Chef is not paused.');
      state.chefPaused = pause;
      log.add(pause ? { type: 'chef-paused', by } : { type: 'chef-resumed', by });
      return;
    }

    case 'set-pin': {
      if (!VERSION_PATTERN.test(command.version)) return refuse(`"${command.version}" is not a version number.`);
      let hostIds: number[] | null = null;
      if (command.hosts !== undefined) {
        const found = resolveHosts(config, state.hosts, command.hosts);
        if (!found.ok) return refuse(found.reason);
        hostIds = found.hostIds;
      }
      startTimer(state, ticksFor(seconds.uploadCookbook), { kind: 'pin-upload', by, version: command.version, hostIds });
      const hosts = hostIds === null ? null : hostIds.map((id) => state.hosts[id]!.name);
      log.add({ type: 'pin-upload-started', version: command.version, hosts, mirrorHas: state.mirrorVersion === command.version, mirrorVersion: state.mirrorVersion, by });
      return;
    }

    case 'fix-cookbook': {
      if (state.cookbookFixed || state.timers.some((timer) => timer.kind === 'cookbook-fix')) return refuse('The cookbook fix is already on its way.');
      startTimer(state, ticksFor(seconds.uploadCookbook), { kind: 'cookbook-fix', by });
      log.add({ type: 'cookbook-fix-upload-started', by });
      return;
    }

    case 'test-in-staging': {
      if (!config.staging) return refuse('This team has no staging environment.');
      if (state.staging) return refuse(`Staging is busy testing ${state.staging.version}.`);
      if (!VERSION_PATTERN.test(command.version)) return refuse(`"${command.version}" is not a version number.`);
      if (stagingHostIds(config, state).length === 0) return refuse('The staging environment has no hosts.');
      const readyAtTick = state.tick + ticksFor(config.staging.setupSeconds);
      state.staging = { version: command.version, by, phase: 'setting-up', readyAtTick, taskId: null, failedHostIds: [] };
      log.add({ type: 'staging-test-started', version: command.version, readyAtTick, by });
      return;
    }

    case 'set-feature-flag': {
      if (!Object.hasOwn(state.featureFlagsOn, command.flag)) return refuse(`There is no feature flag "${command.flag}".`);
      if (state.featureFlagsOn[command.flag] === command.on) return refuse(`${command.flag} is already ${command.on ? 'on' : 'off'}.`);
      state.featureFlagsOn[command.flag] = command.on;
      log.add({ type: 'feature-flag-set', flag: command.flag, on: command.on, by });
      return;
    }

    case 'check-host': {
      const host = findHost(state.hosts, command.host);
      if (!host) return refuse(`There is no host named "${command.host}".`);
      startTimer(state, ticksFor(command.method === 'ssh' ? seconds.ssh : seconds.curl), { kind: 'check-host', by, hostId: host.id, method: command.method });
      return;
    }
    case 'view-site':
      return startTimer(state, ticksFor(seconds.viewSite), { kind: 'view-site', by });
    case 'read-lb-stats':
      return startTimer(state, ticksFor(seconds.readLoadBalancerStats), { kind: 'read-lb-stats', by });
    case 'check-mirror':
      return startTimer(state, ticksFor(seconds.checkMirror), { kind: 'check-mirror', by });

    case 'ack-page': {
      if (command.pageId === undefined) {
        const open = state.pages.filter((page) => page.ackedAtTick === null);
        if (open.length === 0) return refuse('There is no open page to acknowledge.');
        for (const page of open) {
          page.ackedAtTick = state.tick;
          log.add({ type: 'page-acked', pageId: page.id, by });
        }
        return;
      }
      const page = state.pages.find((candidate) => candidate.id === command.pageId);
      if (!page) return refuse(`There is no page #${command.pageId}.`);
      if (page.ackedAtTick !== null) return refuse(`Page #${page.id} is already acknowledged.`);
      page.ackedAtTick = state.tick;
      log.add({ type: 'page-acked', pageId: page.id, by });
      return;
    }

    case 'post-message': {
      const channel = config.channels.find((candidate) => candidate.id === command.channel);
      if (!channel) return refuse(`There is no channel "${command.channel}".`);
      if (!state.channelsUp[channel.id]) return refuse(`${channel.label} is not answering: the ${channel.kind} service is down.`);
      if (command.text.trim() === '') return refuse('An empty message says nothing.');
      log.add({ type: 'message-posted', channel: channel.id, from: by, text: command.text, intent: command.intent ?? null });
      followPlayerTo(state, channel.id, by, log);
      // What a post is for has effects (message-intents); free text with no known intent is just talk.
      if (command.intent !== undefined && isMessageIntent(command.intent)) applyPostIntent(config, state, command.intent, by, log);
      return;
    }

    case 'update-status-page': {
      if (!STATUS_PAGE_STATUSES.includes(command.status)) return refuse(`"${String(command.status)}" is not a status page status.`);
      if (command.text.trim() === '') return refuse('A status update needs a few words for customers.');
      if (command.intent !== undefined && !STATUS_INTENTS.includes(command.intent))
        return refuse(`"${String(command.intent)}" is not a kind of status update (${STATUS_INTENTS.join(' or ')}).`);
      startTimer(state, ticksFor(seconds.updateStatusPage), { kind: 'status-page', by, status: command.status, text: command.text, intent: command.intent ?? null });
      return;
    }

    case 'ask-for-help': {
      const problem = callResponders(config, state, command.responder, by, log);
      if (problem) refuse(problem);
      return;
    }
    case 'assign-job': {
      const job = command.job as Job | Command | undefined;
      if (!job || job.type === 'ask-for-help' || job.type === 'assign-job') return refuse('A job is one action on the fleet, the site or a channel.');
      if (job.type === 'inject-event') return refuse("Injected events are the facilitator's, not a job for anyone on the team.");
      if (job.type === 'approve-change' || job.type === 'hold-change') return refuse("Saying yes or no to the change is the on-call's to do: give the answer yourself, not as a job.");
      if ((LEAD_COMMAND_TYPES as readonly string[]).includes(job.type)) return refuse("Saying no and stopping work is the lead's to do: give it yourself, not as a job.");
      if (job.type === 'investigate' && !INVESTIGATION_TOPICS.includes(job.topic)) return refuse(`There is nothing called "${String(job.topic)}" to look into.`);
      if (job.type === 'watch' && !WATCH_TARGETS.includes(job.target)) return refuse(`There is nothing called "${String(job.target)}" to watch (${WATCH_TARGETS.join(', ')}).`);
      const problem = assignJob(config, state, command.responder, job, by, log);
      if (problem) refuse(problem);
      return;
    }

    case 'refuse-intent': {
      const problem = refuseIntent(config, state, command.responder, by, log);
      if (problem) refuse(problem);
      return;
    }
    case 'stop-job': {
      const problem = stopJob(config, state, command.responder, by, log);
      if (problem) refuse(problem);
      return;
    }
    case 'stop-task': {
      if (command.taskId !== undefined && !Number.isSafeInteger(command.taskId)) return refuse(`A task number is a whole number, not ${String(command.taskId)}.`);
      const problem = stopTask(state, command.taskId, by, log);
      if (problem) refuse(problem);
      return;
    }

    case 'approve-change': {
      const problem = approveChange(config, state, by, log);
      if (problem) refuse(problem);
      return;
    }
    case 'hold-change': {
      if (command.reason !== undefined && typeof command.reason !== 'string') return refuse('A reason for holding the change is a few words.');
      const problem = holdChange(config, state, command.reason, by, log);
      if (problem) refuse(problem);
      return;
    }

    case 'inject-event': {
      if (!(INJECTION_IDS as readonly string[]).includes(command.event)) return refuse(`There is nothing called "${String(command.event)}" to inject.`);
      const problem = inject(config, state, command.event, by, log);
      if (problem) refuse(problem);
      return;
    }

    case 'end-incident':
      if (!siteRecovered(state)) return refuse('The site is not whole yet: the incident stays open until every serving host is back and healthy.');
      endLevel(state, 'player-ended', log);
      return;

    default: {
      // Commands can come from files and other programs: an unknown one is refused, not a crash.
      const unknown: never = command;
      log.add({ type: 'command-refused', command: String((unknown as { type?: unknown }).type) as Command['type'], by, reason: 'There is no such command.' });
    }
  }
}

/** Which hosts an action can touch at all, and why the others are left out. */
function suits(action: HostAction, host: HostState): boolean {
  switch (action) {
    case 'start-apache':
    case 'remove-default-config':
      return host.apache.status !== 'absent';
    case 'repair-chef':
      return host.chef.brokenReason !== null;
    case 'drain':
    case 'restore':
      return host.lb !== null;
    default:
      return true;
  }
}

const UNSUITED: Record<HostAction, string> = {
  'run-chef': 'no such hosts',
  'stop-chef': 'no such hosts',
  'start-chef': 'no such hosts',
  'start-apache': 'none of those hosts runs Apache',
  'remove-default-config': 'none of those hosts runs Apache',
  'repair-chef': "none of those hosts' Chef runs fail for a reason of their own",
  drain: 'none of those hosts is behind the load balancer',
  restore: 'none of those hosts is behind the load balancer',
};

function hostTask(
  config: SimConfig,
  state: SimState,
  action: HostAction,
  names: string[],
  concurrency: number | undefined,
  by: string,
  refuse: (reason: string) => void,
  log: EventLog,
): void {
  const found = resolveHosts(config, state.hosts, names);
  if (!found.ok) return refuse(found.reason);
  const hostIds = found.hostIds.filter((id) => suits(action, state.hosts[id]!));
  if (hostIds.length === 0) return refuse(UNSUITED[action]);
  const width = concurrency ?? 1;
  if (!Number.isSafeInteger(width) || width < 1) return refuse(`A fan-out width must be a whole number from 1 up, not ${width}.`);
  const busy = tooBusy(state, hostIds);
  if (busy) return refuse(busy);
  startHostTask(state, action, hostIds, Math.min(width, hostIds.length), by, log);
}

/**
 * The most hand tasks (fan-outs, ssh sessions) one host may be part of at once. Every running task is
 * worked on every tick, so without a bound a few thousand fan-outs over the fleet given at once would
 * take minutes of play to simulate; with it, the work per tick stays within this many times the fleet.
 */
export const MAX_TASKS_PER_HOST = 8;

/** Why these hosts cannot take another task now, or null when none of them is in MAX_TASKS_PER_HOST already. */
function tooBusy(state: SimState, hostIds: readonly number[]): string | null {
  if (state.tasks.length < MAX_TASKS_PER_HOST) return null;
  const tasksOn = new Map<number, number>();
  for (const task of state.tasks) {
    // A host counts while the task still has it to do or is doing it.
    for (let index = task.nextIndex; index < task.hostIds.length; index++) tasksOn.set(task.hostIds[index]!, (tasksOn.get(task.hostIds[index]!) ?? 0) + 1);
    for (const slot of task.active) tasksOn.set(slot.hostId, (tasksOn.get(slot.hostId) ?? 0) + 1);
  }
  const busy = hostIds.filter((id) => (tasksOn.get(id) ?? 0) >= MAX_TASKS_PER_HOST);
  if (busy.length === 0) return null;
  const first = state.hosts[busy[0]!]!.name;
  const which = busy.length === 1 ? first : `${first} and ${busy.length - 1} other host${busy.length === 2 ? '' : 's'}`;
  return `${which} already ${busy.length === 1 ? 'has' : 'have'} ${MAX_TASKS_PER_HOST} tasks running (fan-outs and ssh sessions): wait for one to finish before giving ${busy.length === 1 ? 'it' : 'them'} more.`;
}
