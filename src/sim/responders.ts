// The people who drop everything to help (cats, on screen): called by the player, they join after the
// level's delay, need catching up (quickly when a running summary is fresh), then do one job at a time
// at their keyboard and carry it out through the same commands as the player, in their own name.
// Coordination has costs: two on overlapping jobs trip over each other (job-collisions), one left idle
// too long finds something to do by themselves, which for the curious one means "fixing" the php7
// survivors, and after a blaming post everyone works slower. A watch job (responder-watch) lasts until
// it runs out or the responder is given something else.

import { applyCommand } from './apply-command';
import type { Command, Job } from './commands';
import type { ResponderConfig, SimConfig } from './config';
import type { EventLog } from './events';
import { investigate } from './investigations';
import { noteCollisions } from './job-collisions';
import { isChilled } from './message-intents';
import { readWatch } from './responder-watch';
import type { ResponderState, SimState } from './state';
import { teamSays } from './team-channel';
import { ticksFor } from './ticks';

export function responderConfig(config: SimConfig, id: string): ResponderConfig | undefined {
  return config.responders.find((responder) => responder.id === id || responder.name.toLowerCase() === id.toLowerCase());
}

/** Calls responders who are away (later by `delayFactor` when the ask was vague); returns a reason when nobody could be called. */
export function callResponders(config: SimConfig, state: SimState, who: string | undefined, by: string, log: EventLog, delayFactor = 1): string | null {
  const wanted = who === undefined ? config.responders : [responderConfig(config, who)].filter((found) => found !== undefined);
  if (who !== undefined && wanted.length === 0) return `There is nobody called "${who}" to ask.`;
  const away = wanted.filter((responder) => stateOf(state, responder.id).status === 'away');
  if (away.length === 0) return config.responders.length === 0 ? 'Nobody else is around today.' : 'Everyone you asked is already on it.';
  for (const responder of away) {
    const joinsAtTick = state.tick + ticksFor(responder.joinsAfterSeconds * delayFactor);
    Object.assign(stateOf(state, responder.id), { status: 'coming', untilTick: joinsAtTick });
    log.add({ type: 'responder-called', responder: responder.id, name: responder.name, joinsAtTick, by });
  }
  return null;
}

/** Gives an idle responder a job; returns a reason when they cannot take it now. */
export function assignJob(config: SimConfig, state: SimState, who: string, job: Job, by: string, log: EventLog): string | null {
  const responder = responderConfig(config, who);
  if (!responder) return `There is nobody called "${who}" to give a job to.`;
  const current = stateOf(state, responder.id);
  if (current.status === 'away') return `${responder.name} is not here: ask for help first.`;
  if (current.status === 'coming') return `${responder.name} is on the way.`;
  if (current.status === 'catching-up') return `${responder.name} is still catching up on what is going on.`;
  // A watch is open-ended: a new job takes its place; any other job must be finished first.
  if (current.status === 'working' && current.job?.command.type !== 'watch') return `${responder.name} is busy with: ${current.job?.summary ?? 'a job'}.`;
  if (current.job) log.add({ type: 'job-done', responder: responder.id, name: responder.name, job: current.job.summary });
  const summary = startJob(config, state, responder, current, job);
  current.jobsGiven += 1;
  log.add({ type: 'job-assigned', responder: responder.id, name: responder.name, job: summary, by });
  noteCollisions(config, state, responder, current, log);
  if (job.type === 'watch') reportWatch(config, state, responder, current, log);
  return null;
}

function startJob(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, job: Job): string {
  const summary = describeJob(job);
  // After a blaming post people double-check everything and cover themselves: it all takes longer.
  const slowdown = isChilled(state) ? 1 + config.coordination.blameSlowdown : 1;
  const seconds = job.type === 'watch' ? config.coordination.watchSeconds : responder.secondsPerJob * slowdown;
  Object.assign(current, { status: 'working', untilTick: state.tick + ticksFor(seconds), idleSinceTick: null, job: { command: job, summary }, watchSeen: null });
  return summary;
}

export function runResponders(config: SimConfig, state: SimState, log: EventLog): void {
  for (const responder of config.responders) {
    const current = stateOf(state, responder.id);
    if (current.untilTick === null || state.tick < current.untilTick) continue;
    if (current.status === 'coming') join(config, state, responder, current, log);
    else if (current.status === 'catching-up') {
      Object.assign(current, { status: 'idle', untilTick: null, idleSinceTick: state.tick });
      log.add({ type: 'responder-caught-up', responder: responder.id, name: responder.name, withSummary: current.readingSummary });
    } else if (current.status === 'working' && current.job) finishJob(config, state, responder, current, log);
  }
  for (const responder of config.responders) {
    const current = stateOf(state, responder.id);
    if (current.status === 'working' && current.job?.command.type === 'watch') reportWatch(config, state, responder, current, log);
  }
  for (const responder of config.responders) actAloneIfIdle(config, state, responder, log);
}

/**
 * Someone who joined and was never given a job will not sit on their paws for long while the site hurts.
 * (One who has had a job from the lead waits for the next: they know someone is directing.)
 */
function actAloneIfIdle(config: SimConfig, state: SimState, responder: ResponderConfig, log: EventLog): void {
  const current = stateOf(state, responder.id);
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
  applyCommand(config, state, { ...command, by: responder.name } as Command, log);
  teamSays(state, responder.name, `Done: ${job.summary}.`, log);
}

/** On a watch: say what is seen whenever it has changed since the last time. */
function reportWatch(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const command = current.job!.command;
  if (command.type !== 'watch') return;
  const reading = readWatch(config, state, command.target);
  const seen = current.watchSeen;
  if (seen && seen.status === reading.status && Math.abs(seen.value - reading.value) < reading.step) return;
  current.watchSeen = { status: reading.status, value: reading.value };
  log.add({ type: 'watch-reported', responder: responder.id, name: responder.name, target: command.target, text: reading.text });
  teamSays(state, responder.name, reading.text, log);
}

function isSummaryFresh(config: SimConfig, state: SimState): boolean {
  return state.lastSummaryAtTick !== null && state.tick - state.lastSummaryAtTick <= ticksFor(config.coordination.summaryFreshSeconds);
}

function stateOf(state: SimState, id: string): ResponderState {
  return state.responders.find((responder) => responder.id === id)!;
}

/** A job in a few words, for chat and the timeline. */
export function describeJob(job: Job): string {
  if (job.type === 'investigate') return `looking into ${job.topic}`;
  if (job.type === 'watch') return `watching ${job.target}`;
  const targets = 'hosts' in job && Array.isArray(job.hosts) ? ` on ${job.hosts.join(' ')}` : 'host' in job ? ` on ${job.host}` : '';
  return `${job.type}${targets}`;
}
