// The people who drop everything to help (cats, on screen): called by the player, they join after the
// level's delay, need catching up (quickly when a running summary is fresh), then do one job at a time
// at their keyboard and carry it out through the same commands as the player, in their own name.

import { applyCommand } from './apply-command';
import type { Command, Job } from './commands';
import type { ResponderConfig, SimConfig } from './config';
import type { EventLog } from './events';
import type { ResponderState, SimState } from './state';
import { ticksFor } from './ticks';

export function responderConfig(config: SimConfig, id: string): ResponderConfig | undefined {
  return config.responders.find((responder) => responder.id === id || responder.name.toLowerCase() === id.toLowerCase());
}

/** Calls responders who are away; returns a reason when nobody could be called. */
export function callResponders(config: SimConfig, state: SimState, who: string | undefined, by: string, log: EventLog): string | null {
  const wanted = who === undefined ? config.responders : [responderConfig(config, who)].filter((found) => found !== undefined);
  if (who !== undefined && wanted.length === 0) return `There is nobody called "${who}" to ask.`;
  const away = wanted.filter((responder) => stateOf(state, responder.id).status === 'away');
  if (away.length === 0) return config.responders.length === 0 ? 'Nobody else is around today.' : 'Everyone you asked is already on it.';
  for (const responder of away) {
    const joinsAtTick = state.tick + ticksFor(responder.joinsAfterSeconds);
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
  if (current.status === 'working') return `${responder.name} is busy with: ${current.job?.summary ?? 'a job'}.`;
  const summary = describeJob(job);
  Object.assign(current, { status: 'working', untilTick: state.tick + ticksFor(responder.secondsPerJob), job: { command: job, summary } });
  log.add({ type: 'job-assigned', responder: responder.id, name: responder.name, job: summary, by });
  return null;
}

export function runResponders(config: SimConfig, state: SimState, log: EventLog): void {
  for (const responder of config.responders) {
    const current = stateOf(state, responder.id);
    if (current.untilTick === null || state.tick < current.untilTick) continue;
    if (current.status === 'coming') join(config, state, responder, current, log);
    else if (current.status === 'catching-up') {
      const withSummary = current.untilTick - state.tick === 0 && isSummaryFresh(config, state);
      Object.assign(current, { status: 'idle', untilTick: null });
      log.add({ type: 'responder-caught-up', responder: responder.id, name: responder.name, withSummary });
    } else if (current.status === 'working' && current.job) finishJob(config, state, responder, current, log);
  }
}

function join(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const fast = isSummaryFresh(config, state);
  const coordination = config.coordination;
  Object.assign(current, { status: 'catching-up', untilTick: state.tick + ticksFor(fast ? coordination.catchUpWithSummarySeconds : coordination.catchUpSeconds) });
  log.add({ type: 'responder-joined', responder: responder.id, name: responder.name });
  say(config, state, responder, fast ? 'Here! Reading the summary, one moment.' : "Here! What's going on? Catching up from scratch…", log);
}

function finishJob(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const job = current.job!;
  Object.assign(current, { status: 'idle', untilTick: null, job: null });
  applyCommand(config, state, { ...job.command, by: responder.name } as Command, log);
  log.add({ type: 'job-done', responder: responder.id, name: responder.name, job: job.summary });
  say(config, state, responder, `Done: ${job.summary}.`, log);
}

function isSummaryFresh(config: SimConfig, state: SimState): boolean {
  return state.lastSummaryAtTick !== null && state.tick - state.lastSummaryAtTick <= ticksFor(config.coordination.summaryFreshSeconds);
}

/** A responder's line in the team's main channel, when it is up. */
function say(config: SimConfig, state: SimState, responder: ResponderConfig, text: string, log: EventLog): void {
  const channel = config.channels.find((candidate) => state.channelsUp[candidate.id]);
  if (channel) log.add({ type: 'message-posted', channel: channel.id, from: responder.name, text, intent: null });
}

function stateOf(state: SimState, id: string): ResponderState {
  return state.responders.find((responder) => responder.id === id)!;
}

/** A job in a few words, for chat and the timeline. */
export function describeJob(job: Job): string {
  const targets = 'hosts' in job && Array.isArray(job.hosts) ? ` on ${job.hosts.join(' ')}` : 'host' in job ? ` on ${job.host}` : '';
  return `${job.type}${targets}`;
}
