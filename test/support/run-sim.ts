// Small verbs for rules tests: start a world, let game time pass with commands at given seconds, and
// look hosts up by name or tier.

import type { Command } from '../../src/sim/commands';
import type { SimConfig } from '../../src/sim/config';
import { createState } from '../../src/sim/create-state';
import type { EventOf, SimEvent, SimEventType } from '../../src/sim/events';
import type { HostState, SimState } from '../../src/sim/state';
import { step } from '../../src/sim/step';

export class World {
  readonly state: SimState;
  readonly events: SimEvent[] = [];

  constructor(
    readonly config: SimConfig,
    seed = 1,
  ) {
    this.state = createState(config, seed);
  }

  /** Runs `seconds` ticks, giving `commands` on the first of them. */
  run(seconds: number, commands: Command[] = []): this {
    for (let i = 0; i < seconds && !this.state.incident.outcome; i++) this.events.push(...step(this.config, this.state, i === 0 ? commands : []));
    return this;
  }

  /** Runs until the game clock reads `second`. */
  runUntil(second: number, commands: Command[] = []): this {
    return this.run(Math.max(0, second - this.state.tick), commands);
  }

  /** Runs until an event of this type (and matching `where`) has happened; fails the test if it never does. */
  runUntilEvent<T extends SimEventType>(type: T, where: (event: EventOf<T>) => boolean = () => true, limitSeconds = 3600): EventOf<T> {
    const seen = (): EventOf<T> | undefined => this.eventsOf(type).find(where);
    for (let i = 0; i < limitSeconds && !seen() && !this.state.incident.outcome; i++) this.run(1);
    const event = seen();
    if (!event) throw new Error(`no ${type} event within ${limitSeconds} s`);
    return event;
  }

  /** Runs until `condition` holds of the state, and says at which tick; fails the test if it never does. */
  runUntilState(condition: (state: SimState) => boolean, limitSeconds = 3600): number {
    for (let i = 0; i < limitSeconds && !condition(this.state); i++) this.run(1);
    if (!condition(this.state)) throw new Error(`condition not reached within ${limitSeconds} s`);
    return this.state.tick;
  }

  /** Gives commands now, within a single tick. */
  give(...commands: Command[]): this {
    return this.run(1, commands);
  }

  host(name: string): HostState {
    const host = this.state.hosts.find((candidate) => candidate.name === name);
    if (!host) throw new Error(`test asked for unknown host ${name}`);
    return host;
  }

  tier(id: string): HostState[] {
    const index = this.config.tiers.findIndex((tier) => tier.id === id);
    return this.state.hosts.filter((host) => host.tierIndex === index);
  }

  eventsOf<T extends SimEventType>(type: T): EventOf<T>[] {
    return this.events.filter((event): event is EventOf<T> => event.type === type);
  }

  refusals(): string[] {
    return this.eventsOf('command-refused').map((event) => event.reason);
  }
}

export function apacheDown(hosts: HostState[]): number {
  return hosts.filter((host) => host.apache.status !== 'running').length;
}
