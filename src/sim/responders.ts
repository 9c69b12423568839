// The people who drop everything to help (cats, on screen): called by the player, they join after the
// level's delay, need catching up (quickly when a running summary is fresh), then do one job at a time
// at their keyboard and carry it out through the same commands as the player, in their own name.
// Coordination has costs: two on overlapping jobs trip over each other (job-collisions), one left idle
// too long finds something to do by themselves, which for the curious one means "fixing" the php7
// survivors, and after a blaming post everyone works slower. A watch job (responder-watch) lasts until
// it runs out or the responder is given something else.

import { applyCommand } from './apply-command';
import { startJob } from './assign-job';
import { describeJob } from './describe-job';
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
 * (One who has had a job from the lead waits for the next: they know someone is directing.) They ask
 * first: they say what they are about to do and when, and do it then unless the lead says no or gives
 * them a job. Told no, they wait a whole idle spell again before they ask again.
 */
function actAloneIfIdle(config: SimConfig, state: SimState, responder: ResponderConfig, log: EventLog): void {
  const current = responderState(state, responder.id);
  if (current.intent) return startIntentWhenDue(config, state, responder, current, log);
  if (current.status !== 'idle' || current.actedAlone || current.jobsGiven > 0 || current.idleSinceTick === null) return;
  if (state.tick - current.idleSinceTick < ticksFor(config.coordination.idleActsAfterSeconds)) return;
  if (!customersHurt(state)) return;
  const job = ownJob(config, state, responder);
  const summary = describeJob(job);
  const startsAtTick = state.tick + ticksFor(config.coordination.announceSeconds);
  current.intent = { job, summary, announcedAtTick: state.tick, startsAtTick };
  log.add({ type: 'responder-announced', responder: responder.id, name: responder.name, summary, startsAtTick, command: job });
  if (startsAtTick > state.tick) {
    teamSays(state, responder.name, `Nobody's given me a job, so ${inAWhile(startsAtTick - state.tick)} I'll start ${summary}. Say no if that's a bad idea!`, log);
  }
  startIntentWhenDue(config, state, responder, current, log);
}

/** The time they said has come and nobody said no: they do it, exactly as they said. */
function startIntentWhenDue(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const intent = current.intent!;
  // Fixed meanwhile, or they got a job some other way: there is nothing to start.
  if (current.status !== 'idle' || !customersHurt(state)) {
    current.intent = null;
    return;
  }
  if (state.tick < intent.startsAtTick) return;
  current.intent = null;
  current.actedAlone = true;
  // Told to leave the php7 boxes alone after they said they would "fix" them: they take the hint.
  const job = intent.job.type === 'repair-chef' && state.php7Protected ? ownJob(config, state, responder) : intent.job;
  const summary = startJob(config, state, responder, current, job);
  log.add({ type: 'responder-acted-alone', responder: responder.id, name: responder.name, job: summary });
  const said = intent.startsAtTick > intent.announcedAtTick;
  teamSays(state, responder.name, said ? `Nobody said no, so here goes: ${summary}.` : `Nobody gave me a job, so I'm ${summary}. Shout if that's wrong!`, log);
}

function customersHurt(state: SimState): boolean {
  return state.incident.impactStartedAtTick !== null && state.incident.resolvedAtTick === null;
}

/** "in 30 seconds", "in 2 minutes": game time as a person says it. */
function inAWhile(ticks: number): string {
  if (ticks < 90) return `in ${ticks} second${ticks === 1 ? '' : 's'}`;
  return `in ${Math.round(ticks / 60)} minutes`;
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
    teamSays(state, responder.name, `I've stopped ${job.summary}. Give me another job?`, log);
    return;
  }
  applyCommand(config, state, { ...command, by: responder.name }, log);
  teamSays(state, responder.name, `Done: ${job.summary}.`, log);
}

function isSummaryFresh(config: SimConfig, state: SimState): boolean {
  return state.lastSummaryAtTick !== null && state.tick - state.lastSummaryAtTick <= ticksFor(config.coordination.summaryFreshSeconds);
}
