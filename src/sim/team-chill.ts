// The chill after a blaming post: until it passes (or a blameless word clears the air) everyone
// double-checks and covers themselves. Posts set it (message-intents); responders work slower under it.

import type { SimState } from './state';

export function isChilled(state: SimState): boolean {
  return state.chilledUntilTick !== null && state.tick < state.chilledUntilTick;
}
