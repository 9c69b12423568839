// Giving a responder a job, from the player (the `assign` command) or from themselves when left idle
// (responders): one job at a time, except that a new job replaces a watch. Starting a job is where its
// cost is set: the responder's own pace, slower while the team is chilled after a blaming post.

import type { Job } from './commands';
import type { ResponderConfig, SimConfig } from './config';
import { describeJob } from './describe-job';
import type { EventLog } from './events';
import { responderConfig, responderState } from './find-responder';
import { noteCollisions } from './job-collisions';
import { reportWatch } from './responder-watch';
import type { ResponderState, SimState } from './state';
import { isChilled } from './team-chill';
import { ticksFor } from './ticks';

/** Gives an idle responder a job; returns a reason when they cannot take it now. */
export function assignJob(config: SimConfig, state: SimState, who: string, job: Job, by: string, log: EventLog): string | null {
  const responder = responderConfig(config, who);
  if (!responder) return `There is nobody called "${who}" to give a job to.`;
  const current = responderState(state, responder.id);
  if (current.status === 'away') return `${responder.name} is not here: ask for help first.`;
  if (current.status === 'left') return `${responder.name} has had to leave.`;
  if (current.status === 'coming') return `${responder.name} is on the way.`;
  if (current.status === 'catching-up') return `${responder.name} is still catching up on what is going on.`;
  // A watch is open-ended: a new job takes its place; any other job must be finished first.
  if (current.status === 'working' && current.job?.command.type !== 'watch') return `${responder.name} is busy with: ${current.job?.summary ?? 'a job'}.`;
  if (current.job) log.add({ type: 'job-done', responder: responder.id, name: responder.name, job: current.job.summary });
  // A job from the lead takes the place of whatever they said they would do on their own.
  current.intent = null;
  const summary = startJob(config, state, responder, current, job);
  current.jobsGiven += 1;
  log.add({ type: 'job-assigned', responder: responder.id, name: responder.name, job: summary, by });
  noteCollisions(config, state, responder, current, log);
  if (job.type === 'watch') reportWatch(config, state, responder, current, log);
  return null;
}

/** Puts the responder to work on `job` and returns its summary. */
export function startJob(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, job: Job): string {
  const summary = describeJob(job);
  // After a blaming post people double-check everything and cover themselves: it all takes longer.
  const slowdown = isChilled(state) ? 1 + config.coordination.blameSlowdown : 1;
  const seconds = job.type === 'watch' ? config.coordination.watchSeconds : responder.secondsPerJob * slowdown;
  Object.assign(current, { status: 'working', untilTick: state.tick + ticksFor(seconds), idleSinceTick: null, job: { command: job, summary }, watchSeen: null });
  return summary;
}
