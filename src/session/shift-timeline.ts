// The end-of-shift timeline: the moments that mattered, in order, each marked as something that
// happened in the world or something the player did. Built from the session's events alone.

import type { SimEvent } from '../sim/events';
import { describeEvent } from './describe-event';
import { PLAYER } from '../sim/commands';

export interface TimelineEntry {
  tick: number;
  who: 'you' | 'world';
  text: string;
}

/** World events worth a line in the story of the shift; everything the player did is kept. */
const MILESTONES = new Set<SimEvent['type']>([
  'pin-changed',
  'change-review-asked',
  'change-pushed-anyway',
  'change-evidence-found',
  'incident-averted',
  'monitoring-alert-raised',
  'facilitator-injected',
  'apache-crashed',
  'responder-left',
  'customers-affected',
  'page-sent',
  'tool-went-down',
  'tool-came-back',
  'chef-server-overloaded',
  'staging-test-finished',
  'cookbook-fixed',
  'channel-went-down',
  'channel-restored',
  'incident-resolved',
  'responder-joined',
  'finding-reported',
  'responders-collided',
  'responder-acted-alone',
  'level-ended',
]);

const PLAYER_NOISE = new Set<SimEvent['type']>(['task-finished', 'chef-run-started', 'chef-daemon-stopped', 'chef-daemon-started', 'host-drained', 'host-restored']);

export function shiftTimeline(events: readonly SimEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    // A post says who wrote it in `from`; every other action of the player's in `by`.
    const byPlayer = event.type === 'message-posted' ? event.from === PLAYER : 'by' in event && event.by === PLAYER;
    if (byPlayer && PLAYER_NOISE.has(event.type)) continue;
    if (!byPlayer && !MILESTONES.has(event.type)) continue;
    const text = describeEvent(event);
    if (text) entries.push({ tick: event.tick, who: byPlayer ? 'you' : 'world', text });
  }
  return entries;
}
