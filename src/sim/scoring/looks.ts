// Looking at the world without the monitoring: an ssh or curl to a host, the site as a customer sees it,
// the load balancer's own numbers, a responder's investigation or watch, a staging test's result. Only
// looks that were the player's decision count. A watch counts as looking for as long as it lasts.

import { WATCH_TARGETS, type WatchTarget } from '../commands';
import type { SimEvent } from '../events';
import { describeJob } from '../describe-job';
import type { CreditBook } from './credit';

export interface Look {
  tick: number;
  what: string;
  by: string;
  event: SimEvent;
}

export interface WatchSpan {
  responder: string;
  name: string;
  target: WatchTarget;
  fromTick: number;
  toTick: number;
}

export function outOfBandLooks(events: readonly SimEvent[], credit: CreditBook): Look[] {
  const looks: Look[] = [];
  for (const event of events) {
    if (!credit.credited(event)) continue;
    const what = lookDescription(event);
    if (what) looks.push({ tick: event.tick, what, by: credit.who(event), event });
  }
  return looks;
}

function lookDescription(event: SimEvent): string | null {
  switch (event.type) {
    case 'host-checked':
      return `${event.method === 'ssh' ? 'ssh' : 'curl'} to ${event.host}`;
    case 'site-viewed':
      return 'a look at the site as a customer';
    case 'lb-stats-read':
      return "the load balancer's own numbers";
    case 'finding-reported':
      return `${event.name} looking into ${event.topic}`;
    case 'watch-reported':
      return `${event.name} watching ${event.target}`;
    case 'staging-test-finished':
      return 'the staging test';
    default:
      return null;
  }
}

/** The watches the player gave, from when each was given until it ended (or the level did). */
export function watchSpans(events: readonly SimEvent[], credit: CreditBook, endTick: number): WatchSpan[] {
  const summaries = new Map(WATCH_TARGETS.map((target) => [describeJob({ type: 'watch', target }), target]));
  const open = new Map<string, WatchSpan>();
  const spans: WatchSpan[] = [];
  for (const event of events) {
    if (event.type === 'job-assigned') {
      const target = summaries.get(event.job);
      if (target && credit.credited(event)) {
        const span = { responder: event.responder, name: event.name, target, fromTick: event.tick, toTick: endTick };
        open.set(event.responder, span);
        spans.push(span);
      }
    } else if (((event.type === 'job-done' && summaries.has(event.job)) || event.type === 'job-stopped') && open.has(event.responder)) {
      open.get(event.responder)!.toTick = event.tick;
      open.delete(event.responder);
    }
  }
  return spans;
}

/** Whether someone the player asked was looking at `targets` at some point in (from, to]. */
export function lookedBetween(looks: readonly Look[], watches: readonly WatchSpan[], fromTick: number, toTick: number, targets: readonly WatchTarget[] = WATCH_TARGETS): boolean {
  if (looks.some((look) => look.tick > fromTick && look.tick <= toTick)) return true;
  return watches.some((span) => targets.includes(span.target) && span.fromTick <= toTick && span.toTick > fromTick);
}
