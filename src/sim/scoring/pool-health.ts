// Whether customers were being served well at a given moment, read back from the pools' status changes:
// what a statement ("all clear", "operational") is checked against.

import { eventsOf, type RunFacts } from './run-facts';

/** Whether both pools were healthy at this tick, from the pool status changes so far. */
export function poolsHealthyAt(facts: RunFacts, tick: number): boolean {
  const status = new Map<string, string>();
  for (const event of eventsOf(facts, 'pool-status-changed')) if (event.tick <= tick) status.set(event.pool, event.to);
  return [...status.values()].every((value) => value === 'healthy');
}

/** The stretches when customers were hurt (some pool not healthy), each [from, to); the last may run to the end. */
export function hurtSpans(facts: RunFacts): { fromTick: number; toTick: number }[] {
  const status = new Map<string, string>();
  const spans: { fromTick: number; toTick: number }[] = [];
  let from: number | null = null;
  for (const event of eventsOf(facts, 'pool-status-changed')) {
    status.set(event.pool, event.to);
    const hurt = [...status.values()].some((value) => value !== 'healthy');
    if (hurt && from === null) from = event.tick;
    else if (!hurt && from !== null) {
      spans.push({ fromTick: from, toTick: event.tick });
      from = null;
    }
  }
  if (from !== null) spans.push({ fromTick: from, toTick: facts.endTick });
  return spans;
}

/** Seconds of [from, to) during which customers were hurt. */
export function hurtSecondsBetween(spans: readonly { fromTick: number; toTick: number }[], from: number, to: number): number {
  return spans.reduce((sum, span) => sum + Math.max(0, Math.min(to, span.toTick) - Math.max(from, span.fromTick)), 0);
}
