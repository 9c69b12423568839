// A seat's view as it travels from the room to a browser, four times a second. Packing the views was
// most of a room's work (the fleet alone, 420 hosts each with its name, was 13 of a view's 18 kB), so
// the wire carries what changes and nothing a client can work out for itself:
// - the fleet as one letter per host for its known state and one for where that knowledge came from,
//   with the ticks beside them; the hosts' names and tiers are the level's, which the client has;
// - the dashboards' series only past the last sample the client has, with the series' length: the series
//   is a window of the last hour (session/metric-history), so the client appends and keeps as many; while
//   the graphs are dark the window shown ends where they went dark, which the client already has.
// `ViewReader` puts the same SeatView back together on the other side; a test holds the two to that.

import type { KnownHost, KnownHostState } from '../session/known-world';
import type { MetricSample } from '../session/metric-history';
import type { SeatView } from './seat-view';

const STATE_LETTERS: Readonly<Record<KnownHostState, string>> = {
  serving: 's',
  failed: 'f',
  'chef-running': 'r',
  'chef-stopped': 'x',
  drained: 'd',
  'no-apache': 'n',
  unknown: 'u',
};
const SOURCE_LETTERS: Readonly<Record<KnownHost['source'], string>> = { monitoring: 'm', curl: 'c', ssh: 'h', none: '-' };

export interface WireFleet {
  blind: boolean;
  /** One letter per host, in id order (STATE_LETTERS). */
  states: string;
  /** One letter per host (SOURCE_LETTERS). */
  sources: string;
  /** Each host's tick (when the monitoring checked it, or the look), -1 for none. */
  ticks: number[];
}

export interface WireDashboards {
  visible: boolean;
  darkSinceTick: number | null;
  /** The samples after this tick (the last the client was sent; -1: all of them). */
  after: number;
  samples: readonly MetricSample[];
  /** How many samples the series shown has: the client keeps its last this many. */
  length: number;
}

export type WireView = Omit<SeatView, 'fleet' | 'dashboards'> & { fleet?: WireFleet; dashboards?: WireDashboards };

/** The view for the wire; `sentUpTo` is the tick of the last dashboard sample this client was sent (-1: none). */
export function toWire(view: SeatView, sentUpTo: number): WireView {
  const { fleet, dashboards, ...rest } = view;
  const wire: WireView = rest;
  if (fleet) {
    wire.fleet = {
      blind: fleet.blind,
      states: fleet.hosts.map((host) => STATE_LETTERS[host.state]).join(''),
      sources: fleet.hosts.map((host) => SOURCE_LETTERS[host.source]).join(''),
      ticks: fleet.hosts.map((host) => host.atTick ?? -1),
    };
  }
  if (dashboards) {
    const series = dashboards.samples;
    wire.dashboards = {
      visible: dashboards.visible,
      darkSinceTick: dashboards.darkSinceTick,
      after: sentUpTo,
      samples: series.filter((sample) => sample.tick > sentUpTo),
      length: series.length,
    };
  }
  return wire;
}

/** The tick of the last dashboard sample a client has once it reads this view. */
export function sentUpToAfter(wire: WireView, sentUpTo: number): number {
  return wire.dashboards?.samples.at(-1)?.tick ?? sentUpTo;
}

/** The client's side: the fleet's names and tiers (the level's, by host id) and the series so far. */
export class ViewReader {
  private series: MetricSample[] = [];
  private readonly stateOf: Readonly<Record<string, KnownHostState>>;
  private readonly sourceOf: Readonly<Record<string, KnownHost['source']>>;

  constructor(private readonly hosts: readonly { name: string; tierIndex: number }[]) {
    this.stateOf = invert(STATE_LETTERS);
    this.sourceOf = invert(SOURCE_LETTERS);
  }

  read(wire: WireView): SeatView {
    const { fleet, dashboards, ...rest } = wire;
    const view: SeatView = rest;
    if (fleet) {
      view.fleet = {
        blind: fleet.blind,
        hosts: this.hosts.map((host, id) => ({
          name: host.name,
          tierIndex: host.tierIndex,
          state: this.stateOf[fleet.states[id] ?? 'u'] ?? 'unknown',
          source: this.sourceOf[fleet.sources[id] ?? '-'] ?? 'none',
          atTick: (fleet.ticks[id] ?? -1) < 0 ? null : fleet.ticks[id]!,
        })),
      };
    }
    if (dashboards) {
      const joined = [...this.series.filter((sample) => sample.tick <= dashboards.after), ...dashboards.samples];
      this.series = dashboards.length === 0 ? [] : joined.slice(-dashboards.length);
      view.dashboards = { visible: dashboards.visible, darkSinceTick: dashboards.darkSinceTick, samples: this.series };
    }
    return view;
  }
}

function invert<T extends string>(letters: Readonly<Record<T, string>>): Record<string, T> {
  const inverted: Record<string, T> = {};
  for (const name of Object.keys(letters) as T[]) inverted[letters[name]] = name;
  return inverted;
}
