// What the player's kill switches did for each host at risk: whether a switch covered it while the
// cookbook was dangerous and before the bad change reached it (chef-client stopped there, Chef paused
// fleet-wide, or the pin moved off the bad version), whether the cover held for as long as the danger
// lasted, and so whether the host was kept from the change. A switch thrown while nothing was dangerous
// (before the change went out, or after the fix) protected nothing; one turned back on while the danger
// lasts uncovers the host again: it saved nothing, whatever it looked like.

import type { SimEvent } from '../events';
import type { CreditBook } from './credit';
import type { Danger } from './danger';

export type CoverKind = 'chef-stopped' | 'fleet-pause' | 'pin';

export interface HostCover {
  /** The first moment a switch of the player's covered it while the cookbook was dangerous and it was still whole, and with what. */
  coveredTick: number | null;
  coveredBy: CoverKind | null;
  /** Whether it stood uncovered while the cookbook was dangerous, after it had been covered in danger. */
  uncoveredInDanger: boolean;
  /** Kept from the bad change: covered in danger, never uncovered in danger, and never broken. */
  saved: boolean;
  /** chef-client stopped here by the player (or on a job they gave). */
  stoppedByPlayer: boolean;
  /** The events that covered it, for evidence. */
  coverEvents: SimEvent[];
}

/** `hosts` are the host facts (host-facts.ts); only their names and whether each is at risk matter here. */
export function switchCover(hosts: readonly { name: string; atRisk: boolean }[], events: readonly SimEvent[], credit: CreditBook, danger: Danger): Map<string, HostCover> {
  const atRisk = hosts.filter((host) => host.atRisk);
  const covers = new Map<string, HostCover>(
    atRisk.map((host) => [host.name, { coveredTick: null, coveredBy: null, uncoveredInDanger: false, saved: false, stoppedByPlayer: false, coverEvents: [] }]),
  );
  /** The player's stop that covers each host now, if any. */
  const stopped = new Map<string, SimEvent | null>(atRisk.map((host) => [host.name, null]));
  const hit = new Set<string>();
  let paused: SimEvent | null = null;
  let pinBlock: SimEvent | null = null;
  let inDanger = danger.at(0);

  /** What covers this host now, if anything: its own stop first, then the fleet-wide switches. */
  const coverOf = (name: string): { kind: CoverKind; event: SimEvent } | null => {
    const own = stopped.get(name);
    if (own) return { kind: 'chef-stopped', event: own };
    if (paused) return { kind: 'fleet-pause', event: paused };
    if (pinBlock) return { kind: 'pin', event: pinBlock };
    return null;
  };
  /** Looks at one host at this moment: covered in danger counts it; uncovered in danger after that exposes it. */
  const check = (name: string, tick: number): void => {
    const entry = covers.get(name)!;
    if (!inDanger || hit.has(name)) return;
    const cover = coverOf(name);
    if (cover) {
      if (entry.coveredTick === null && !entry.uncoveredInDanger) Object.assign(entry, { coveredTick: tick, coveredBy: cover.kind });
      if (!entry.coverEvents.includes(cover.event)) entry.coverEvents.push(cover.event);
    } else if (entry.coveredTick !== null) entry.uncoveredInDanger = true;
  };
  const checkAll = (tick: number): void => {
    for (const name of covers.keys()) check(name, tick);
  };

  for (const event of events) {
    // The cookbook's danger changes only at pin changes and the fix; read it after each event.
    switch (event.type) {
      case 'apache-failed-to-start':
        hit.add(event.host);
        break;
      case 'chef-daemon-stopped':
        if (!covers.has(event.host)) break;
        if (credit.credited(event)) {
          stopped.set(event.host, event);
          covers.get(event.host)!.stoppedByPlayer = true;
        }
        check(event.host, event.tick);
        break;
      case 'chef-daemon-started':
        if (!covers.has(event.host)) break;
        stopped.set(event.host, null);
        check(event.host, event.tick);
        break;
      case 'chef-paused':
        if (!credit.credited(event)) break;
        paused = event;
        checkAll(event.tick);
        break;
      case 'chef-resumed':
        paused = null;
        checkAll(event.tick);
        break;
      case 'pin-changed':
      case 'cookbook-fixed': {
        if (event.type === 'pin-changed' && event.hosts !== null) break;
        const blocks = event.type === 'pin-changed' && credit.credited(event) && danger.spans.some((span) => span.endEvent === event && span.endedBy === 'pin');
        // A pin that holds the change off covers every host until the pin moves again or the fix is in.
        pinBlock = blocks ? event : null;
        // Look at every host just before the danger changes (a pin that blocks covers them as it ends it)…
        if (blocks) checkAll(event.tick);
        inDanger = danger.at(event.tick);
        // …and as it begins again: a host left uncovered then is open to the change.
        checkAll(event.tick);
        break;
      }
    }
  }
  for (const [name, entry] of covers) entry.saved = entry.coveredTick !== null && !entry.uncoveredInDanger && !hit.has(name);
  return covers;
}
