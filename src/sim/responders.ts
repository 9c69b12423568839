// The people who drop everything to help (cats, on screen): called by the player, they join after the
// level's delay, need catching up (quickly when a running summary is fresh), then do one job at a time
// at their keyboard and carry it out through the same commands as the player, in their own name.
// Coordination has costs: two on overlapping jobs trip over each other (job-collisions), one left idle
// too long finds something to do by themselves, which for the curious one means "fixing" the php7
// survivors, and after a blaming post everyone works slower. A watch job (responder-watch) lasts until
// it runs out or the responder is given something else.

import { applyCommand } from './apply-command';
import { startJob } from './assign-job';
import type { Job } from './commands';
import type { ResponderConfig, SimConfig } from './config';
import type { EventLog } from './events';
import { responderState } from './find-responder';
import { investigate } from './investigations';
import { reportWatch } from './responder-watch';
import type { ResponderState, SimState } from './state';
import { teamSays } from './team-channel';
import { ticksFor } from './ticks';

export function runResponders(config: SimConfig, state: SimState, log: EventLog): void {
  for (const responder of config.responders) {
    const current = responderState(state, responder.id);
    if (current.untilTick === null || state.tick < current.untilTick) continue;
    if (current.status === 'coming') join(config, state, responder, current, log);
    else if (current.status === 'catching-up') {
      Object.assign(current, { status: 'idle', untilTick: null, idleSinceTick: state.tick });
      log.add({ type: 'responder-caught-up', responder: responder.id, name: responder.name, withSummary: current.readingSummary });
    } else if (current.status === 'working' && current.job) finishJob(config, state, responder, current, log);
  }
  for (const responder of config.responders) {
    const current = responderState(state, responder.id);
    if (current.status === 'working' && current.job?.command.type === 'watch') reportWatch(config, state, responder, current, log);
  }
  for (const responder of config.responders) actAloneIfIdle(config, state, responder, log);
}

/**
 * Someone who joined and was never given a job will not sit on their paws for long while the site hurts.
 * (One who has had a job from the lead waits for the next: they know someone is directing.)
 */
function actAloneIfIdle(config: SimConfig, state: SimState, responder: ResponderConfig, log: EventLog): void {
  const current = responderState(state, responder.id);
  if (current.status !== 'idle' || current.actedAlone || current.jobsGiven > 0 || current.idleSinceTick === null) return;
  if (state.tick - current.idleSinceTick < ticksFor(config.coordination.idleActsAfterSeconds)) return;
  const incident = state.incident;
  if (incident.impactStartedAtTick === null || incident.resolvedAtTick !== null) return;
  const job = ownJob(config, state, responder);
  current.actedAlone = true;
  const summary = startJob(config, state, responder, current, job);
  log.add({ type: 'responder-acted-alone', responder: responder.id, name: responder.name, job: summary });
  teamSays(state, responder.name, `Nobody gave me a job, so I'm doing ${summary}. Shout if that's wrong!`, log);
}

/** What each kind of responder does when left to their own devices. */
function ownJob(config: SimConfig, state: SimState, responder: ResponderConfig): Job {
  const php7 = config.tiers.some((tier) => tier.id === 'php7');
  switch (responder.specialty) {
    case 'curious':
      // The lesson in fur: those php7 boxes have been failing Chef for weeks, surely someone should fix that?
      return php7 && !state.php7Protected ? { type: 'repair-chef', hosts: ['@php7'], concurrency: 10 } : { type: 'view-site' };
    case 'fan-out':
      return { type: 'run-chef', hosts: ['@web', '@api'], concurrency: 1000 };
    case 'graphs':
      return config.tiers.some((tier) => tier.group === 'tools') ? { type: 'run-chef', hosts: ['@tools'], concurrency: 10 } : { type: 'view-site' };
    case 'chef-and-yum':
      return { type: 'check-mirror' };
    case 'comms':
      return { type: 'update-status-page', status: 'degraded', text: 'Some pages are slow right now. We are looking into it.' };
    case 'php7':
      return { type: 'read-lb-stats' };
  }
}

function join(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const fast = isSummaryFresh(config, state);
  const coordination = config.coordination;
  Object.assign(current, { status: 'catching-up', readingSummary: fast, untilTick: state.tick + ticksFor(fast ? coordination.catchUpWithSummarySeconds : coordination.catchUpSeconds) });
  log.add({ type: 'responder-joined', responder: responder.id, name: responder.name });
  teamSays(state, responder.name, fast ? 'Here! Reading the summary, one moment.' : "Here! What's going on? Catching up from scratch…", log);
}

function finishJob(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const job = current.job!;
  Object.assign(current, { status: 'idle', untilTick: null, idleSinceTick: state.tick, job: null });
  const command = job.command;
  log.add({ type: 'job-done', responder: responder.id, name: responder.name, job: job.summary });
  if (command.type === 'investigate') {
    const result = investigate(config, state, command);
    log.add({ type: 'finding-reported', responder: responder.id, name: responder.name, topic: command.topic, finding: result.finding, text: result.text });
    teamSays(state, responder.name, result.text, log);
    return;
  }
  if (command.type === 'watch') {
    teamSays(state, responder.name, `I've stopped watching ${command.target}. Give me another job?`, log);
    return;
  }
  applyCommand(config, state, { ...command, by: responder.name }, log);
  teamSays(state, responder.name, `Done: ${job.summary}.`, log);
}

function isSummaryFresh(config: SimConfig, state: SimState): boolean {
  return state.lastSummaryAtTick !== null && state.tick - state.lastSummaryAtTick <= ticksFor(config.coordination.summaryFreshSeconds);
}
