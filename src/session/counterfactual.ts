// What the fleet would have done had the held change gone out: the same level, seed and commands up to
// the moment the change was held, then the change let go instead, and nobody doing anything more. The
// simulation is deterministic, so this is the run the player avoided, played by the same rules, never a
// table of what might have been. It ends once Chef's own second runs have healed the site (or at the
// level's time limit), so it costs about one run of the level.

import { playRun, type TimedCommand } from '../replay/play-run';
import { PLAYER, type Command } from '../sim/commands';
import { SIGHT_SERVICES, type SimConfig, type ToolService } from '../sim/config';
import type { SimEvent } from '../sim/events';
import type { SimState } from '../sim/state';

export interface Counterfactual {
  /** When the change was held; in the counterfactual it went out then instead. */
  heldAtTick: number;
  /** Who would have pushed it, and what. */
  by: string;
  version: string;
  /** How far it was played: until the site had been whole again a while, or the level's time limit. */
  untilTick: number;
  /** The worst moment: web and API hosts (behind the load balancer) with Apache down, of how many. */
  worst: { tick: number; webDown: number; webHosts: number; apiDown: number; apiHosts: number };
  /** Production hosts whose Apache failed to start at some point. */
  hostsBroken: number;
  minutesSlow: number;
  minutesDown: number;
  ordersLost: number;
  /** The screens the fleet is seen through that went dark (the Nagios UI, the graphs), and for how long; null if none did. */
  blind: { services: ToolService[]; fromTick: number; minutes: number } | null;
  /** Pages the on-call would have had. */
  pages: number;
  /** When the site was whole and healthy for long enough again (Chef's own second runs), or null if not by the end. */
  healedAtTick: number | null;
}

/**
 * The counterfactual of a run whose change was held and never went out, or null for any other run. `events`
 * are the run's own (to find the hold); `commands` are the run's, as recorded.
 */
export function counterfactualOf(config: SimConfig, seed: number, commands: readonly TimedCommand[], events: readonly SimEvent[]): Counterfactual | null {
  const held = events.find((event) => event.type === 'change-held');
  if (!held || !config.change.review || wentOut(config, events)) return null;
  const heldAt = held.tick;
  const ordered = [...commands].sort((a, b) => a.atTick - b.atTick);
  const before = ordered.filter((entry) => entry.atTick < heldAt);
  const sameTick = ordered.filter((entry) => entry.atTick === heldAt);
  const holdIndex = sameTick.findIndex((entry) => entry.command.type === 'hold-change');
  const letGo: Command = { type: 'approve-change', by: PLAYER };
  const atHold = [...sameTick.slice(0, holdIndex < 0 ? sameTick.length : holdIndex), { atTick: heldAt, command: letGo }];

  const prefix = playRun(config, seed, before, { untilTick: heldAt, keepEvents: false });
  // Played on until the site has been healthy a while again: the counterfactual ends at its resolution.
  const untilHealed: SimConfig = { ...config, resolution: { ...config.resolution, graceSeconds: 0 } };
  return watch(untilHealed, prefix.state, atHold, heldAt);
}

/** Whether the change reached the fleet in the run after all (approved later, pushed anyway, or pinned by hand). */
function wentOut(config: SimConfig, events: readonly SimEvent[]): boolean {
  return events.some((event) => event.type === 'pin-changed' && event.hosts === null && event.version === config.change.pinVersion);
}

function watch(config: SimConfig, state: SimState, atHold: readonly TimedCommand[], heldAt: number): Counterfactual {
  const start = { ...state.totals };
  const pools = new Map(config.tiers.map((tier, index) => [index, tier.pool]));
  const production = new Set(state.hosts.filter((host) => config.tiers[host.tierIndex]!.environment === 'production').map((host) => host.name));
  const worst = { tick: heldAt, webDown: 0, webHosts: 0, apiDown: 0, apiHosts: 0 };
  const broken = new Set<string>();
  const dark = new Set<ToolService>();
  let darkFrom: number | null = null;
  let darkSeconds = 0;
  let pages = 0;
  const result = playRun(config, state.seed, atHold, {
    from: state,
    keepEvents: false,
    onTick: (now, events) => {
      for (const event of events) {
        if (event.type === 'apache-failed-to-start' && production.has(event.host)) broken.add(event.host);
        else if (event.type === 'page-sent') pages++;
      }
      const down = { web: 0, webHosts: 0, api: 0, apiHosts: 0 };
      for (const host of now.hosts) {
        const pool = pools.get(host.tierIndex);
        if (pool === 'web') {
          down.webHosts++;
          if (host.apache.status !== 'running') down.web++;
        } else if (pool === 'api') {
          down.apiHosts++;
          if (host.apache.status !== 'running') down.api++;
        }
      }
      if (down.web + down.api > worst.webDown + worst.apiDown)
        Object.assign(worst, { tick: now.tick - 1, webDown: down.web, webHosts: down.webHosts, apiDown: down.api, apiHosts: down.apiHosts });
      const blindNow = SIGHT_SERVICES.filter((service) => config.tiers.some((tier) => tier.provides === service && tier.count > 0) && !now.toolsUp[service]);
      for (const service of blindNow) dark.add(service);
      if (blindNow.length > 0) {
        darkFrom ??= now.tick - 1;
        darkSeconds++;
      }
    },
  });
  const end = result.state;
  if (worst.webHosts === 0) Object.assign(worst, hostCounts(config, end));
  const totals = end.totals;
  return {
    heldAtTick: heldAt,
    by: config.change.by,
    version: config.change.pinVersion,
    untilTick: end.incident.outcome?.endedAtTick ?? end.tick,
    worst,
    hostsBroken: broken.size,
    minutesSlow: round((totals.degradedSeconds - start.degradedSeconds) / 60),
    minutesDown: round((totals.downSeconds - start.downSeconds) / 60),
    ordersLost: Math.max(0, Math.round(totals.ordersExpected - start.ordersExpected - (totals.ordersCompleted - start.ordersCompleted))),
    blind: darkFrom === null ? null : { services: SIGHT_SERVICES.filter((service) => dark.has(service)), fromTick: darkFrom, minutes: round(darkSeconds / 60) },
    pages,
    healedAtTick: end.incident.resolvedAtTick,
  };
}

/** How many hosts each pool has, for a counterfactual in which none broke. */
function hostCounts(config: SimConfig, state: SimState): { webHosts: number; apiHosts: number } {
  const of = (pool: string): number => state.hosts.filter((host) => config.tiers[host.tierIndex]!.pool === pool).length;
  return { webHosts: of('web'), apiHosts: of('api') };
}

function round(minutes: number): number {
  return Math.round(minutes * 10) / 10;
}
