// Whether the player was graph-blind at a moment: the fleet's monitoring (Nagios, the `host-status`
// tool) was down, so the fleet could be seen only by looking from outside. The same reading as the
// debrief's "what you could see" (src/session/seen-then.ts), as a yes or no for counting in a room.

import type { SimEvent } from '../sim/events';

/** Answers "was the monitoring down just before this tick?" (an action is taken on what was seen before it). */
export function graphBlindAt(events: readonly SimEvent[]): (tick: number) => boolean {
  const changes: Array<{ tick: number; down: boolean }> = [];
  for (const event of events) {
    if ((event.type === 'tool-went-down' || event.type === 'tool-came-back') && event.service === 'host-status') {
      changes.push({ tick: event.tick, down: event.type === 'tool-went-down' });
    }
  }
  return (tick) => {
    let down = false;
    for (const change of changes) {
      if (change.tick >= tick) break;
      down = change.down;
    }
    return down;
  };
}
