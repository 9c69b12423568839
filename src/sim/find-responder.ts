// Finding a responder: the level's config by id or by name (as the player types it), and the live state
// that goes with an id.

import type { ResponderConfig, SimConfig } from './config';
import type { ResponderState, SimState } from './state';

export function responderConfig(config: SimConfig, id: string): ResponderConfig | undefined {
  return config.responders.find((responder) => responder.id === id || responder.name.toLowerCase() === id.toLowerCase());
}

export function responderState(state: SimState, id: string): ResponderState {
  return state.responders.find((responder) => responder.id === id)!;
}
