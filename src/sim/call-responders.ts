// Asking for help: the responders who are away set off, and join after the level's delay (later when
// the ask was vague). Both a command (`call-responders`) and a post's intent (message-intents) ask.

import type { SimConfig } from './config';
import type { EventLog } from './events';
import { responderConfig, responderState } from './find-responder';
import type { SimState } from './state';
import { ticksFor } from './ticks';

/** Calls responders who are away (later by `delayFactor` when the ask was vague); returns a reason when nobody could be called. */
export function callResponders(config: SimConfig, state: SimState, who: string | undefined, by: string, log: EventLog, delayFactor = 1): string | null {
  const wanted = who === undefined ? config.responders : [responderConfig(config, who)].filter((found) => found !== undefined);
  if (who !== undefined && wanted.length === 0) return `There is nobody called "${who}" to ask.`;
  const away = wanted.filter((responder) => responderState(state, responder.id).status === 'away');
  if (away.length === 0) {
    if (config.responders.length === 0) return 'Nobody else is around today.';
    const gone = wanted.filter((responder) => responderState(state, responder.id).status === 'left');
    return gone.length === wanted.length ? `${gone.map((responder) => responder.name).join(' and ')} had to leave and cannot come back today.` : 'Everyone you asked is already on it.';
  }
  for (const responder of away) {
    const joinsAtTick = state.tick + ticksFor(responder.joinsAfterSeconds * delayFactor);
    Object.assign(responderState(state, responder.id), { status: 'coming', untilTick: joinsAtTick });
    log.add({ type: 'responder-called', responder: responder.id, name: responder.name, joinsAtTick, by });
  }
  return null;
}
