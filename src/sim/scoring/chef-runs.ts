// Follows every Chef run from start to finish, so what a run did (Apache started on a tool host, say) is
// credited to whoever started it, and a Chef server overload can be traced to its cause: a fan-out, a
// responder acting alone, or chef-client restarted on many hosts at once (their first runs all land
// within the splay: a thundering herd), rather than Chef's own schedule.

import type { SimConfig } from '../config';
import type { EventOf, SimEvent } from '../events';
import type { Credit, CreditBook } from './credit';

export interface RunCause {
  by: string;
  credit: Credit;
}

/** An overload the player's decisions (or a responder left alone) made: without their runs, the server would have coped. */
export interface Overload {
  tick: number;
  concurrentRuns: number;
  /** Runs in flight from the player's fan-outs (and jobs), from responders acting alone, and first runs after a restart. */
  playerRuns: number;
  aloneRuns: number;
  restartRuns: number;
  /** The widest fan-out among the player's runs in flight, and who acted alone. */
  widestFanOut: number;
  aloneBy: string[];
}

export interface ChefRunFacts {
  /** For `apache-started` and `apache-failed-to-start` done by Chef: who started that run. */
  causeOf(event: SimEvent): RunCause | null;
  overloads: Overload[];
}

interface Flight {
  cause: RunCause;
  restart: boolean;
  fanOut: number;
}

export function followChefRuns(config: SimConfig, events: readonly SimEvent[], credit: CreditBook): ChefRunFacts {
  const flights = new Map<string, Flight>();
  const restarted = new Set<string>();
  /** Each actor's latest run-chef fan-out width. */
  const widths = new Map<string, number>();
  const causes = new Map<SimEvent, RunCause>();
  const overloads: Overload[] = [];

  for (const event of events) {
    switch (event.type) {
      case 'task-started':
        if (event.action === 'run-chef') widths.set(event.by, event.concurrency);
        break;
      case 'chef-daemon-started':
        if (credit.credited(event)) restarted.add(event.host);
        break;
      case 'chef-run-started': {
        const restart = event.trigger === 'schedule' && restarted.delete(event.host);
        const cause: RunCause = event.trigger === 'manual' ? { by: event.by, credit: credit.of(event) } : { by: 'chef', credit: restart ? 'player' : 'none' };
        flights.set(event.host, { cause, restart, fanOut: event.trigger === 'manual' ? (widths.get(event.by) ?? 1) : 0 });
        break;
      }
      case 'chef-run-finished':
        flights.delete(event.host);
        break;
      case 'apache-started':
      case 'apache-failed-to-start': {
        const flight = flights.get(event.host);
        if (event.by === 'chef' && flight) causes.set(event, flight.cause);
        else causes.set(event, { by: event.by, credit: credit.of(event) });
        break;
      }
      case 'chef-server-overloaded': {
        const overload = attribute(config, event, [...flights.values()]);
        if (overload) overloads.push(overload);
        break;
      }
    }
  }
  return { causeOf: (event) => causes.get(event) ?? null, overloads };
}

function attribute(config: SimConfig, event: EventOf<'chef-server-overloaded'>, flights: Flight[]): Overload | null {
  const manual = flights.filter((flight) => !flight.restart && flight.cause.by !== 'chef');
  const playerRuns = manual.filter((flight) => flight.cause.credit === 'player');
  const aloneRuns = manual.filter((flight) => flight.cause.credit === 'alone');
  const restartRuns = flights.filter((flight) => flight.restart).length;
  const attributable = playerRuns.length + aloneRuns.length + restartRuns;
  // Chef's own schedule (and other people's runs) would have been carried: this one is not the player's.
  if (flights.length - attributable > config.chef.comfortableConcurrentRuns) return null;
  if (attributable === 0) return null;
  return {
    tick: event.tick,
    concurrentRuns: event.concurrentRuns,
    playerRuns: playerRuns.length,
    aloneRuns: aloneRuns.length,
    restartRuns,
    widestFanOut: Math.max(0, ...playerRuns.map((flight) => flight.fanOut)),
    aloneBy: [...new Set(aloneRuns.map((flight) => flight.cause.by))],
  };
}
