// Saying no to a responder: to what they have just said they will do on their own (refuse-intent), or
// to a job under way before it takes effect (stop-job, which also stops any fan-out running in their
// name). Either way they say OK in plain words and wait; left without a job, they may ask again later.
// Each event names what the job would have touched then, so the score can tell what stopping it spared.

import type { Job } from './commands';
import type { SimConfig } from './config';
import type { EventLog } from './events';
import { responderConfig, responderState } from './find-responder';
import { resolveHosts } from './host-names';
import type { SimState } from './state';
import { stopTasksOf } from './stop-tasks';
import { teamSays } from './team-channel';

export function refuseIntent(config: SimConfig, state: SimState, who: string, by: string, log: EventLog): string | null {
  const responder = responderConfig(config, who);
  if (!responder) return `There is nobody called "${who}" to say no to.`;
  const current = responderState(state, responder.id);
  const intent = current.intent;
  if (!intent) return `${responder.name} has not said they are about to do anything on their own.`;
  current.intent = null;
  // They wait a whole idle spell before they ask again.
  current.idleSinceTick = state.tick;
  log.add({ type: 'intent-refused', responder: responder.id, name: responder.name, summary: intent.summary, command: intent.job, ...reach(config, state, intent.job), by });
  teamSays(state, responder.name, `OK, I won't: no ${intent.summary}. I'll wait for a job.`, log);
  return null;
}

export function stopJob(config: SimConfig, state: SimState, who: string, by: string, log: EventLog): string | null {
  const responder = responderConfig(config, who);
  if (!responder) return `There is nobody called "${who}" to stop.`;
  const current = responderState(state, responder.id);
  const job = current.status === 'working' ? current.job : null;
  if (job) {
    Object.assign(current, { status: 'idle', untilTick: null, idleSinceTick: state.tick, job: null, watchSeen: null });
    log.add({ type: 'job-stopped', responder: responder.id, name: responder.name, summary: job.summary, command: job.command, ...reach(config, state, job.command), by });
  }
  const tasks = stopTasksOf(state, responder.name, by, log);
  if (!job && tasks === 0) {
    const inFlight = state.tasks.some((task) => task.by === responder.name);
    return inFlight ? `${responder.name}'s fan-out has reached every one of its hosts already: what is in flight will finish.` : `${responder.name} has no job under way to stop.`;
  }
  teamSays(state, responder.name, stoppedLine(job?.summary ?? null, tasks), log);
  return null;
}

function stoppedLine(summary: string | null, tasks: number): string {
  const fanOut = tasks > 0 ? `${tasks === 1 ? 'my fan-out is' : 'my fan-outs are'} stopped (what's already running on a host will finish)` : '';
  if (summary === null) return `OK, ${fanOut}. Over to you.`;
  return `OK, stopped: no more ${summary}${fanOut ? `, and ${fanOut}` : ''}. Give me another job when you're ready.`;
}

/** What a job would touch now: its hosts by name, and how many at once. */
function reach(config: SimConfig, state: SimState, job: Job): { hosts: string[]; concurrency: number } {
  if (!('hosts' in job) || !Array.isArray(job.hosts)) return { hosts: [], concurrency: 0 };
  const found = resolveHosts(config, state.hosts, job.hosts);
  const hosts = found.ok ? found.hostIds.map((id) => state.hosts[id]!.name) : [];
  const width = job.type === 'drain' || job.type === 'restore' ? hosts.length : 'concurrency' in job && typeof job.concurrency === 'number' ? job.concurrency : 1;
  return { hosts, concurrency: Math.min(width, hosts.length) };
}
