// What a post is for, and what its wording does to the team. The player picks from prepared wordings
// (or types one with an intent), and the differences are real: a clear ask brings people at once while
// "anyone around?" does not; an update with impact and next step lets late joiners catch up like a
// summary, "looking into it" does not; blaming someone makes everyone slower and careful until a
// blameless word clears the air. The score and the debrief read the same intents off the events.

import type { SimConfig } from './config';
import type { EventLog } from './events';
import { callResponders } from './call-responders';
import type { SimState } from './state';
import { isChilled } from './team-chill';
import { teamSays } from './team-channel';
import { ticksFor } from './ticks';

export type MessageIntent = 'tell-channel' | 'ask-help' | 'ask-help-vague' | 'summary' | 'update' | 'looking-into-it' | 'leave-php7-alone' | 'blameless' | 'blame' | 'all-clear';

export const MESSAGE_INTENTS: readonly MessageIntent[] = [
  'tell-channel',
  'ask-help',
  'ask-help-vague',
  'summary',
  'update',
  'looking-into-it',
  'leave-php7-alone',
  'blameless',
  'blame',
  'all-clear',
];

export function isMessageIntent(intent: string): intent is MessageIntent {
  return (MESSAGE_INTENTS as readonly string[]).includes(intent);
}

/** The effect of one post's intent on the team; intents without an effect only count for the debrief. */
export function applyPostIntent(config: SimConfig, state: SimState, intent: MessageIntent, by: string, log: EventLog): void {
  const anyoneAway = state.responders.some((responder) => responder.status === 'away');
  switch (intent) {
    case 'summary':
    case 'update':
      state.lastSummaryAtTick = state.tick;
      return;
    case 'leave-php7-alone':
      state.php7Protected = true;
      return;
    case 'ask-help':
      if (anyoneAway) callResponders(config, state, undefined, by, log);
      return;
    case 'ask-help-vague':
      if (anyoneAway) callResponders(config, state, undefined, by, log, config.coordination.vagueAskDelayFactor);
      return;
    case 'blame': {
      const untilTick = state.tick + ticksFor(config.coordination.blameChillSeconds);
      state.chilledUntilTick = untilTick;
      log.add({ type: 'team-chilled', untilTick });
      const present = config.responders.find((_, index) => ['idle', 'working'].includes(state.responders[index]!.status));
      if (present) teamSays(state, present.name, "Let's fix it first and talk about how it happened at the debrief? Nobody broke it on purpose.", log);
      return;
    }
    case 'blameless':
      if (isChilled(state)) {
        state.chilledUntilTick = null;
        log.add({ type: 'team-warmed', by });
      }
      return;
    case 'tell-channel':
    case 'looking-into-it':
    case 'all-clear':
      return;
  }
}
