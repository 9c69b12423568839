// Events in words, for the terminal's answers, the alert feed and the end-of-shift timeline. Null for
// events that are too small to mention on their own (a scheduled Chef run starting, a pool blip).

import type { HostAction } from '../sim/commands';
import type { SimEvent } from '../sim/events';
import { PLAYER } from '../sim/commands';
import { lasting } from '../sim/scoring/words';

export function describeEvent(event: SimEvent): string | null {
  switch (event.type) {
    case 'command-refused':
      // Closing the incident is "handover" to the player: the H key and the terminal both say so.
      return `${event.command === 'end-incident' ? 'handover' : event.command}: ${event.reason}`;
    case 'task-started':
      return `${event.by === PLAYER ? 'You' : event.by} started ${HOST_ACTION_WORDS[event.action]} on ${plural(event.hostCount, 'host')}, ${event.concurrency} at a time.`;
    case 'task-finished':
      return `Done: ${HOST_ACTION_WORDS[event.action]} on ${plural(event.hostCount, 'host')}.`;
    case 'pin-upload-started':
      return `Uploading the cookbook with httpd pinned to ${event.version}${event.hosts ? ` on ${event.hosts.join(', ')}` : ''}…${
        // Said at once: the mirror keeps only its newest package, so a pin it lacks fails every run that needs it.
        event.mirrorHas
          ? ''
          : ` Careful: the mirror has only httpd-${event.mirrorVersion}, not ${event.version}. Any node not already on ${event.version} will fail its Chef run at the package step, and no new server can be built.`
      }`;
    case 'pin-changed':
      return `${event.by === PLAYER ? 'You' : event.by} pinned httpd to ${event.version} ${event.hosts ? `on ${event.hosts.join(', ')}` : 'for every node'}.`;
    case 'cookbook-fix-upload-started':
      return 'Uploading the cookbook fix: delete the default config before restarting Apache…';
    case 'cookbook-fixed':
      return 'Cookbook fixed: Chef now deletes the default config before it restarts Apache.';
    case 'package-unavailable':
      return `${event.host}: no package ${event.packageName}-${event.version} on the mirror.`;
    case 'apache-upgraded':
      return `${event.host}: httpd upgraded ${event.from} → ${event.to}.`;
    case 'apache-failed-to-start':
      return `${event.host}: Apache failed to start: ${event.reason}.`;
    case 'apache-started':
      return `${event.host}: Apache started.`;
    case 'default-config-removed':
      return `${event.host}: default config removed (by ${event.by}).`;
    case 'chef-daemon-stopped':
      return `${event.host}: chef-client stopped.`;
    case 'chef-daemon-started':
      return `${event.host}: chef-client started.`;
    case 'chef-paused':
      return 'Chef paused fleet-wide.';
    case 'chef-resumed':
      return 'Chef resumed fleet-wide.';
    case 'chef-repaired':
      return `${event.host}: its own Chef failure is mended; running Chef to check.`;
    case 'chef-server-overloaded':
      return `The Chef server is overloaded: ${event.concurrentRuns} runs at once, every run slows down.`;
    case 'chef-server-recovered':
      return 'The Chef server has caught up.';
    case 'host-drained':
      return `${event.host}: drained from the load balancer.`;
    case 'host-restored':
      return `${event.host}: back in the load balancer.`;
    case 'alert-raised':
      return `CRITICAL ${event.host}: HTTP check failed${event.pagesOnCall ? '' : ' (dev VM)'}`;
    case 'alert-cleared':
      return `OK ${event.host}: HTTP check recovered`;
    case 'page-sent':
      return `PAGE #${event.pageId}: ${event.summary}`;
    case 'page-acked':
      return `Page #${event.pageId} acknowledged.`;
    case 'tool-went-down':
      return `${TOOL_NAMES[event.service]} is down: its hosts lost Apache.`;
    case 'tool-came-back':
      return `${TOOL_NAMES[event.service]} is back.`;
    case 'monitoring-alert-raised':
      return `META ${event.summary}${event.pages ? ' (paged)' : ''}.`;
    case 'monitoring-alert-cleared':
      return `META OK: ${TOOL_NAMES[event.service]} answers again.`;
    case 'change-review-asked':
      return `${event.by} asks you to look at the change first: httpd pinned to ${event.version} for every node. If nobody says anything, it goes out in ${lasting(event.pushesAnywayAtTick - event.tick)}.`;
    case 'change-approved':
      return `${event.by === PLAYER ? 'You' : event.by} approved the change${event.evidence ? ` (after a ${EVIDENCE_WORDS[event.evidence]} showed it failing)` : ''}: ${event.author} is pushing httpd ${event.version} to every node.`;
    case 'change-held':
      return `${event.by === PLAYER ? 'You' : event.by} held the change: ${event.author} keeps httpd ${event.version} back${event.evidence ? `, after a ${EVIDENCE_WORDS[event.evidence]} showed it failing` : ''}.${event.reason ? ` Why: “${event.reason}”` : ''}`;
    case 'change-pushed-anyway':
      return `Nobody objected, so ${event.by} pushed httpd ${event.version} to every node.`;
    case 'change-evidence-found':
      return `The ${EVIDENCE_WORDS[event.kind]} shows httpd ${event.version} breaking Apache (${event.hosts.join(', ')}), before the fleet has it.`;
    case 'incident-averted':
      return `The incident that did not happen: the change was held after the ${EVIDENCE_WORDS[event.evidence]} showed it failing, and ${event.hostsKept} production hosts never took it.`;
    case 'host-checked':
      return describeCheck(event);
    case 'site-viewed':
      return event.loaded ? `The shop loads, in ${formatMs(event.latencyMs)}.` : `The shop does not load: an error page after ${formatMs(event.latencyMs)}.`;
    case 'lb-stats-read':
      return `Load balancer: web ${event.pools.web.serving}/${event.pools.web.hosts} serving, api ${event.pools.api.serving}/${event.pools.api.hosts} serving.`;
    case 'mirror-checked':
      return `Mirror: ${event.packageName} ${event.versions.join(', ')} (only the newest is kept).`;
    case 'staging-test-started':
      return `Staging test of httpd ${event.version} booked; the environment is being set up.`;
    case 'staging-test-finished':
      return `Staging: ${event.summary}`;
    case 'feature-flag-set':
      return `Feature ${event.flag} switched ${event.on ? 'on' : 'off'}.`;
    case 'message-posted':
      return `${event.from === PLAYER ? 'You' : event.from} posted in ${event.channel}${event.intent && event.intent !== 'tell-channel' ? ` (${event.intent})` : ''}: “${event.text}”`;
    case 'status-page-updated':
      return `Status page: ${event.status} — “${event.text}”`;
    case 'channel-went-down':
      return `The ${event.channel} channel is down.`;
    case 'channel-restored':
      return `The ${event.channel} channel is back.`;
    case 'customers-affected':
      return 'Customers are feeling it.';
    case 'responder-called':
      return `Asked ${event.name} for help.`;
    case 'facilitator-injected':
      return `Facilitator: ${event.detail}.`;
    case 'apache-crashed':
      return `Apache stopped on ${event.hosts.length === 1 ? event.hosts[0]! : `${event.hosts.length} hosts (${event.hosts.join(', ')})`}: ${event.reason}.`;
    case 'responder-left':
      return `${event.name} had to leave (${event.reason})${event.droppedJob ? `, in the middle of ${event.droppedJob}` : ''}.`;
    case 'responder-joined':
      return `${event.name} joined.`;
    case 'job-assigned':
      return `${event.name}'s job: ${event.job}.`;
    case 'finding-reported':
      return `${event.name} found: ${event.text}`;
    case 'responders-collided':
      return event.kind === 'duplicate'
        ? `${event.responders[0]} and ${event.responders[1]} were doing the same job twice (${event.job}).`
        : `${event.responders[0]} and ${event.responders[1]} were undoing each other's work (${event.job}).`;
    case 'team-chilled':
      return 'The team went quiet and careful after a blaming post: jobs take longer for a while.';
    case 'team-warmed':
      return 'A blameless word cleared the air: the team is back to full speed.';
    case 'team-moved-channel':
      return `The team followed you from ${event.from} to ${event.to}.`;
    case 'responder-acted-alone':
      return `${event.name}, left without a job, started ${event.job}.`;
    case 'responder-announced':
      return `${event.name} is about to start, on their own: ${event.summary}.`;
    case 'intent-refused':
      return `${event.by === 'player' ? 'You' : event.by} told ${event.name} not to: ${event.summary}.`;
    case 'job-stopped':
      return `${event.name} stopped before it took effect: ${event.summary}.`;
    case 'task-stopped':
      return `Fan-out #${event.taskId} stopped: ${event.spared} host${event.spared === 1 ? '' : 's'} it had not reached are left alone.`;
    case 'site-alert-raised':
      return `CRITICAL www: the shop's check failed (${(event.errorRate * 100).toFixed(1)} % errors, p50 ${formatMs(event.p50LatencyMs)})`;
    case 'site-alert-cleared':
      return `OK www: the shop's check recovered`;
    case 'incident-resolved':
      return 'The site has been healthy for a while: the incident is resolved.';
    case 'level-ended':
      return `The shift is over: ${OUTCOME_WORDS[event.outcome.result]}.`;
    default:
      return null;
  }
}

/** A fan-out's action as people say it, not as the command is named. */
const HOST_ACTION_WORDS: Record<HostAction, string> = {
  'run-chef': 'a Chef run',
  'stop-chef': 'stopping chef-client',
  'start-chef': 'starting chef-client again',
  'start-apache': 'starting Apache by hand',
  'remove-default-config': 'removing the default config',
  'repair-chef': 'repairing Chef',
  drain: 'draining from the load balancer',
  restore: 'putting back into the load balancer',
};

const EVIDENCE_WORDS = { staging: 'staging test', canary: 'canary' } as const;

const OUTCOME_WORDS = { recovered: 'the site recovered', 'no-impact': 'customers never noticed', unresolved: 'the incident was not resolved' } as const;

const TOOL_NAMES = { 'host-status': 'The Nagios UI', dashboards: 'Graphite (the dashboards)', deploys: 'The deploy tool', postmortems: 'The postmortem tool' } as const;

function describeCheck(event: Extract<SimEvent, { type: 'host-checked' }>): string {
  if (event.method === 'curl' || !event.apache) return `curl ${event.host}: ${event.apacheAnswers ? '200 OK' : 'connection refused'}.`;
  const chef = event.chef;
  const config = event.apache.defaultConfigPresent ? ', welcome.conf present' : '';
  const chefText = chef ? `; chef-client ${chef.daemon}, last run ${chef.lastResult}${chef.lastReason ? ` (${chef.lastReason})` : ''}` : '';
  return `ssh ${event.host}: httpd ${event.apache.version} ${event.apache.status}${config}${chefText}.`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
