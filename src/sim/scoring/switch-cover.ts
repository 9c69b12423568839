// What the player's kill switches did for each host at risk: whether a switch covered it before the bad
// change reached it (chef-client stopped there, Chef paused fleet-wide, or the pin moved off the bad
// version), whether the cover held for as long as the cookbook stayed dangerous, and so whether the host
// was kept from the change. A switch turned back on while the danger lasts uncovers the host again: it
// saved nothing, whatever it looked like.

import type { SimEvent } from '../events';
import type { CreditBook } from './credit';
import type { Danger } from './danger';
import type { HostFacts } from './host-facts';

export type CoverKind = 'chef-stopped' | 'fleet-pause' | 'pin';

export interface HostCover {
  /** The first time a switch of the player's covered it while it was still whole, and with what. */
  coveredTick: number | null;
  coveredBy: CoverKind | null;
  /** Whether it stood uncovered while the cookbook was dangerous, after it had been covered. */
  uncoveredInDanger: boolean;
  /** Kept from the bad change: covered in time, never uncovered in danger, and never broken. */
  saved: boolean;
  /** chef-client stopped here by the player (or on a job they gave). */
  stoppedByPlayer: boolean;
  /** The events that covered it, for evidence. */
  coverEvents: SimEvent[];
}

export function switchCover(hosts: readonly HostFacts[], events: readonly SimEvent[], credit: CreditBook, danger: Danger): Map<string, HostCover> {
  const atRisk = hosts.filter((host) => host.atRisk);
  const covers = new Map<string, HostCover>(
    atRisk.map((host) => [host.name, { coveredTick: null, coveredBy: null, uncoveredInDanger: false, saved: false, stoppedByPlayer: false, coverEvents: [] }]),
  );
  const stopped = new Set<string>();
  const hit = new Set<string>();
  let paused = false;
  let pinBlock = false;

  const covered = (name: string): boolean => stopped.has(name) || paused || pinBlock;
  const cover = (name: string, kind: CoverKind, event: SimEvent): void => {
    const entry = covers.get(name);
    if (!entry || hit.has(name)) return;
    if (entry.coveredTick === null) Object.assign(entry, { coveredTick: event.tick, coveredBy: kind });
    entry.coverEvents.push(event);
  };
  /** After a cover is lifted: each host that stands uncovered while the cookbook is dangerous is exposed again. */
  const exposeAll = (tick: number): void => {
    if (!danger.at(tick)) return;
    for (const [name, entry] of covers) if (entry.coveredTick !== null && !covered(name)) entry.uncoveredInDanger = true;
  };

  for (const event of events) {
    switch (event.type) {
      case 'apache-failed-to-start':
        hit.add(event.host);
        break;
      case 'chef-daemon-stopped':
        if (!credit.credited(event)) break;
        stopped.add(event.host);
        cover(event.host, 'chef-stopped', event);
        if (covers.has(event.host)) covers.get(event.host)!.stoppedByPlayer = true;
        break;
      case 'chef-daemon-started':
        if (!stopped.delete(event.host)) break;
        if (danger.at(event.tick) && !covered(event.host)) {
          const entry = covers.get(event.host);
          if (entry && entry.coveredTick !== null) entry.uncoveredInDanger = true;
        }
        break;
      case 'chef-paused':
        if (!credit.credited(event)) break;
        paused = true;
        for (const name of covers.keys()) cover(name, 'fleet-pause', event);
        break;
      case 'chef-resumed':
        if (!paused) break;
        paused = false;
        exposeAll(event.tick);
        break;
      case 'pin-changed': {
        if (event.hosts !== null) break;
        // Danger was just ended (or begun again) by this very event: read it a tick on.
        const blocks = credit.credited(event) && danger.spans.some((span) => span.endEvent === event && span.endedBy === 'pin');
        if (blocks) {
          pinBlock = true;
          for (const name of covers.keys()) cover(name, 'pin', event);
        } else if (pinBlock && danger.at(event.tick)) {
          pinBlock = false;
          exposeAll(event.tick);
        }
        break;
      }
      case 'cookbook-fixed':
        // The fix ends the danger for good: a pin that held it off has done its work.
        pinBlock = false;
        break;
    }
  }
  for (const [name, entry] of covers) entry.saved = entry.coveredTick !== null && !entry.uncoveredInDanger && !hit.has(name);
  return covers;
}
