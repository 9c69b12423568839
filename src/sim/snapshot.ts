// Saving and restoring the world. The state is plain data, so a save is its JSON and a snapshot is a
// save read back: whatever survives a snapshot survives a save.

import type { SimState } from './state';

export function snapshot(state: SimState): SimState {
  return restoreState(saveState(state));
}

export function saveState(state: SimState): string {
  return JSON.stringify(state);
}

export function restoreState(json: string): SimState {
  return JSON.parse(json) as SimState;
}
