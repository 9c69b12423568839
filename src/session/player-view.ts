// What the player can know at this moment: the one projection of the simulation that views, panels and
// audio read (never the true state). The fleet and the site come from the monitoring while its screens
// answer; when they go dark each value the monitoring gave is null or 'unknown', not a true number, and
// only the player's own looks (with their ticks) say anything. The rest is what the player sees anyway:
// the pager, the status page they write, their own switches, the chat's channels, the team at its desks,
// the change its author asked them to look at (said aloud), and, where the level has meta-monitoring,
// which tools it says are not answering.
// In team mode each seat would get its own projection; here it is built once a tick by the scene.

import { siteRecovered } from '../sim/incident';
import type { HostAction } from '../sim/commands';
import type { PoolId, SimConfig, ToolService } from '../sim/config';
import type { ChangeReviewState, Page, PoolStatus, ResponderState, SimState } from '../sim/state';
import { ticksFor } from '../sim/ticks';
import type { HostLook, KnownHost, KnownWorld, LbLook, SiteLook, StaleTool } from './known-world';
import type { MetricSample } from './metric-history';
import { shiftEndNotice, type ShiftEndNotice } from './shift-end';

export type KnownStatus = PoolStatus | 'unknown';

/** A pool as the dashboards show it; while they are dark only its size (the inventory) is known. */
export interface KnownPool {
  hosts: number;
  serving: number | null;
  errorRate: number | null;
  status: KnownStatus;
}

/** The site as the dashboards show it, or unknown with the last visit the player made. */
export interface KnownSite {
  status: KnownStatus;
  p50LatencyMs: number | null;
  errorRate: number | null;
  lastVisit: SiteLook | null;
}

export interface KnownDashboards {
  visible: boolean;
  /** The series as drawn: all of it while the graphs answer, frozen at the moment they went dark. */
  samples: readonly MetricSample[];
  darkSinceTick: number | null;
}

export interface PlayerView {
  tick: number;
  /** Which tool services answer: the alert feed says when one goes down or comes back. */
  toolsUp: Readonly<Record<ToolService, boolean>>;
  /** Hosts in id order, each as the Nagios UI (or the last look) shows it; blind when the UI is down. */
  fleet: { blind: boolean; hosts: readonly KnownHost[] };
  site: KnownSite;
  pools: Readonly<Record<PoolId, KnownPool>>;
  dashboards: KnownDashboards;
  /** The player's own out-of-band looks, each with the tick it came back and what it showed then. */
  looks: { hosts: Readonly<Record<string, HostLook>>; site: SiteLook | null; lb: LbLook | null };
  pager: { open: number; pages: readonly Page[] };
  statusPage: Readonly<SimState['statusPage']>;
  /** The Chef server's own report (knife status): it does not run on the fleet's Apache. */
  chefServer: Readonly<SimState['chefServer']>;
  /** The switches the player (or their team) set: known because they set them. */
  switches: { chefPaused: boolean; featureFlagsOn: Readonly<Record<string, boolean>> };
  chat: { channelsUp: Readonly<Record<string, boolean>>; teamChannel: string };
  /** The team at their desks: who is away, coming, reading, free or busy with what (and what they are about to do alone). */
  team: readonly ResponderState[];
  /**
   * The hand tasks running (fan-outs, ssh sessions): the player's own, and the team's, which they say in
   * chat as they start them. `reached`: how many of its hosts it has started on; the rest can be spared.
   */
  tasks: readonly RunningTask[];
  /**
   * The change its author asked you to look at before it goes out, where the level has one: known because
   * they said it across the desk (asked, and when they will push it anyway) and you answered. What trying
   * it showed is in your own looks, not here. Null where the level has no review.
   */
  review: KnownReview | null;
  /**
   * Where the level has meta-monitoring: the tools it says are not answering, so what they show is stale
   * (the graphs, the Nagios UI). Empty without meta-monitoring: nobody tells you, you find out by looking.
   */
  staleTools: readonly StaleTool[];
  /**
   * How the shift will end; the hand-over invitation only while the player can see the site is healthy.
   * `siteWhole`: whether the graphs show every pool healthy with none of its hosts down (null: dark).
   */
  shift: ShiftEndNotice & { siteWhole: boolean | null };
}

export interface KnownReview {
  by: string;
  version: string;
  status: ChangeReviewState['status'];
  askedAtTick: number | null;
  /** When they push it if nobody says yes or no (null once it is settled). */
  pushesAnywayAtTick: number | null;
}

export interface RunningTask {
  id: number;
  /** 'player', or the responder's name. */
  by: string;
  action: HostAction;
  hosts: number;
  reached: number;
}

export function playerView(config: SimConfig, state: SimState, known: KnownWorld): PlayerView {
  const graphs = state.toolsUp.dashboards;
  const pool = (id: PoolId): KnownPool => {
    const truth = state.pools[id];
    return graphs
      ? { hosts: truth.hosts, serving: truth.serving, errorRate: truth.errorRate, status: truth.status }
      : { hosts: truth.hosts, serving: null, errorRate: null, status: 'unknown' };
  };
  const web = state.pools.web;
  const notice = shiftEndNotice(config.resolution, state);
  return {
    tick: state.tick,
    toolsUp: { ...state.toolsUp },
    fleet: { blind: !state.toolsUp['host-status'], hosts: state.hosts.map((host) => known.host(state, host)) },
    site: {
      status: graphs ? web.status : 'unknown',
      p50LatencyMs: graphs ? web.p50LatencyMs : null,
      errorRate: graphs ? web.errorRate : null,
      lastVisit: known.lastSiteView,
    },
    pools: { web: pool('web'), api: pool('api') },
    dashboards: { visible: graphs, samples: drawnSamples(known, graphs), darkSinceTick: graphs ? null : known.dashboardsDarkSinceTick },
    looks: { hosts: Object.fromEntries(known.hostLooks), site: known.lastSiteView, lb: known.lastLbStats },
    pager: { open: state.pages.filter((page) => page.ackedAtTick === null).length, pages: state.pages },
    statusPage: state.statusPage,
    chefServer: state.chefServer,
    switches: { chefPaused: state.chefPaused, featureFlagsOn: state.featureFlagsOn },
    chat: { channelsUp: state.channelsUp, teamChannel: state.teamChannel },
    team: state.responders,
    tasks: state.tasks.map((task) => ({ id: task.id, by: task.by, action: task.action, hosts: task.hostIds.length, reached: task.nextIndex })),
    review: knownReview(config, state),
    staleTools: [...known.staleTools.values()],
    // Blind, "the site is healthy: hand over" would tell the truth the screens cannot; H still works.
    shift: { ...notice, handOver: notice.handOver && graphs, siteWhole: graphs ? siteRecovered(state) : null },
  };
}

function knownReview(config: SimConfig, state: SimState): KnownReview | null {
  const review = config.change.review;
  const asked = state.review;
  if (!review || !asked) return null;
  const open = asked.status === 'asked';
  return {
    by: config.change.by,
    version: config.change.pinVersion,
    status: asked.status,
    askedAtTick: asked.askedAtTick,
    pushesAnywayAtTick: open ? ticksFor(review.pushesAnywayAtSecond) : null,
  };
}

/**
 * While the graphs answer, the whole series (carbon filled any gap while they were dark); while dark,
 * only what was on screen before: the samples up to the moment they went down.
 */
function drawnSamples(known: KnownWorld, graphs: boolean): readonly MetricSample[] {
  const samples = known.history.samples;
  if (graphs) return samples;
  const dark = known.dashboardsDarkSinceTick;
  if (dark === null) return [];
  return samples.filter((sample) => sample.tick < dark);
}
