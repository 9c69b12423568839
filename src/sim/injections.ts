// What a facilitator can make happen during a session, for the room to handle: the chat service fails, a
// second failure hits some hosts, support escalates, a colleague has to leave. Each is a command, so it is
// in the run and its replay like anything the player did, and each has its effect through the same rules
// as the level's own events (an outage is restored as the level's are, a crashed Apache is found by the
// monitoring and started again by Chef or by hand). A level lists the ones it allows, with their details.

import type { SimConfig } from './config';
import { INJECTION_FIELDS, INJECTION_IDS, type InjectionId } from './injection-config';
import type { EventLog } from './events';
import { pageOnCall } from './monitoring';
import { nextInt } from './rng';
import type { SimState } from './state';
import { ticksFor } from './ticks';

/** The injections a level allows, in menu order. */
export function allowedInjections(config: SimConfig): InjectionId[] {
  const allowed = config.injections ?? {};
  return INJECTION_IDS.filter((id) => allowed[INJECTION_FIELDS[id]] !== undefined);
}

/** Makes it happen, or says why it cannot (the level does not allow it, or there is nothing for it to act on). */
export function inject(config: SimConfig, state: SimState, id: InjectionId, by: string, log: EventLog): string | null {
  const allowed = config.injections ?? {};
  switch (id) {
    case 'chat-outage': {
      const outage = allowed.chatOutage;
      if (!outage) return notAllowed(id);
      if (!state.channelsUp[outage.channel]) return `The ${outage.channel} channel is already down.`;
      state.channelsUp[outage.channel] = false;
      state.injectedOutages.push({ channel: outage.channel, untilTick: state.tick + ticksFor(outage.durationSeconds) });
      log.add({ type: 'facilitator-injected', injection: id, by, detail: `chat is down for ${Math.round(outage.durationSeconds / 60)} min` });
      log.add({ type: 'channel-went-down', channel: outage.channel });
      return null;
    }
    case 'second-failure': {
      const failure = allowed.secondFailure;
      if (!failure) return notAllowed(id);
      const tierIndex = config.tiers.findIndex((tier) => tier.id === failure.tierId);
      const serving = state.hosts.filter((host) => host.tierIndex === tierIndex && host.apache.status === 'running');
      if (serving.length === 0) return `No ${failure.tierId} host has Apache running for a second failure to hit.`;
      const hit: string[] = [];
      for (let n = 0; n < failure.hosts && serving.length > 0; n++) {
        const host = serving.splice(nextInt(state.rng, 0, serving.length - 1), 1)[0]!;
        host.apache.status = 'stopped';
        hit.push(host.name);
      }
      log.add({ type: 'facilitator-injected', injection: id, by, detail: `${failure.reason}: Apache stopped on ${hit.join(', ')}` });
      log.add({ type: 'apache-crashed', hosts: hit, reason: failure.reason });
      return null;
    }
    case 'support-escalation': {
      const escalation = allowed.supportEscalation;
      if (!escalation) return notAllowed(id);
      log.add({ type: 'facilitator-injected', injection: id, by, detail: `${escalation.from} escalates` });
      pageOnCall(state, null, 'support', `${escalation.from}: ${escalation.text}`, log);
      const channel = config.channels.find((candidate) => state.channelsUp[candidate.id]);
      if (channel) log.add({ type: 'message-posted', channel: channel.id, from: escalation.from, text: escalation.text, intent: null });
      else log.add({ type: 'said-in-person', from: escalation.from, text: escalation.text });
      return null;
    }
    case 'responder-leaves': {
      const leaving = allowed.responderLeaves;
      if (!leaving) return notAllowed(id);
      const present = state.responders.filter((responder) => responder.status !== 'away' && responder.status !== 'left');
      // The one on a job leaves if anyone is: the room then has to notice the job is no longer being done.
      const who = present.find((responder) => responder.job !== null) ?? present[0];
      if (!who) return 'Nobody is at their desk to leave.';
      const name = config.responders.find((responder) => responder.id === who.id)?.name ?? who.id;
      const dropped = who.job?.summary ?? null;
      Object.assign(who, { status: 'left', job: null, intent: null, untilTick: null, idleSinceTick: null });
      log.add({ type: 'facilitator-injected', injection: id, by, detail: `${name} leaves` });
      log.add({ type: 'responder-left', responder: who.id, name, reason: leaving.reason, droppedJob: dropped });
      return null;
    }
  }
}

/**
 * A chat outage a facilitator started ends on its own clock, as the level's own do; if the level's own
 * outage of that channel is under way by then, the channel comes back with that one instead.
 */
export function restoreInjectedOutages(config: SimConfig, state: SimState, log: EventLog): void {
  if (state.injectedOutages.length === 0) return;
  for (const outage of state.injectedOutages.filter((candidate) => candidate.untilTick <= state.tick)) {
    if (levelOutageUnderWay(config, state.tick, outage.channel) || state.channelsUp[outage.channel]) continue;
    state.channelsUp[outage.channel] = true;
    log.add({ type: 'channel-restored', channel: outage.channel });
  }
  state.injectedOutages = state.injectedOutages.filter((outage) => outage.untilTick > state.tick);
}

/** Whether the level's own outage of this channel covers this tick (level-script brings it back at its end). */
export function levelOutageUnderWay(config: SimConfig, tick: number, channelId: string): boolean {
  const outage = config.channels.find((channel) => channel.id === channelId)?.outage;
  if (!outage) return false;
  const downAt = ticksFor(outage.atSecond);
  return tick >= downAt && tick < downAt + ticksFor(outage.durationSeconds);
}

function notAllowed(id: InjectionId): string {
  return `This level does not allow "${id}" to be injected.`;
}
