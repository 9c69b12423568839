// Two responders on overlapping jobs get in each other's way. Either they do the same thing twice over the
// same hosts (two fan-outs of chef-client), or things that undo each other (one stops chef-client while
// the other runs it; one restarts Apache by hand while Chef restarts it). Both jobs slow down, and one of
// them says so in the channel: a lead who gives clear, separate jobs avoids it.

import type { Job } from './commands';
import type { ResponderConfig, SimConfig } from './config';
import type { EventLog } from './events';
import { resolveHosts } from './host-names';
import type { ResponderState, SimState } from './state';
import { teamSays } from './team-channel';
import { ticksFor } from './ticks';

/** Kinds of job that fight over the same hosts. */
const CONFLICTS: readonly (readonly [Job['type'], Job['type']])[] = [
  ['run-chef', 'stop-chef'],
  ['start-chef', 'stop-chef'],
  ['run-chef', 'start-apache'],
  ['run-chef', 'remove-default-config'],
  ['drain', 'restore'],
  ['set-pin', 'fix-cookbook'],
];

function collisionKind(a: Job, b: Job): 'duplicate' | 'conflict' | null {
  // Watching or looking into different things is a good split; the same thing twice is wasted hands.
  if (a.type === 'watch' && b.type === 'watch') return a.target === b.target ? 'duplicate' : null;
  if (a.type === 'investigate' && b.type === 'investigate') return a.topic === b.topic ? 'duplicate' : null;
  if (a.type === b.type) return 'duplicate';
  return CONFLICTS.some(([x, y]) => (x === a.type && y === b.type) || (x === b.type && y === a.type)) ? 'conflict' : null;
}

/** Called when `responder` has just started their job: slows both sides of every collision. */
export function noteCollisions(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const mine = current.job!.command;
  for (const other of config.responders) {
    const theirs = state.responders.find((candidate) => candidate.id === other.id)!;
    if (other.id === responder.id || theirs.status !== 'working' || !theirs.job) continue;
    const kind = collisionKind(mine, theirs.job.command);
    if (!kind || !overlaps(config, state, mine, theirs.job.command)) continue;
    current.untilTick! += ticksFor(responder.secondsPerJob * config.coordination.collisionSlowdown);
    theirs.untilTick! += ticksFor(other.secondsPerJob * config.coordination.collisionSlowdown);
    log.add({ type: 'responders-collided', responders: [other.name, responder.name], job: current.job!.summary, kind });
    const line =
      kind === 'duplicate' ? `Wait, ${responder.name}, I'm already on ${theirs.job.summary}!` : `${responder.name}, you're undoing what I'm doing (${theirs.job.summary}). Who's doing what?`;
    teamSays(state, other.name, line, log);
  }
}

function overlaps(config: SimConfig, state: SimState, a: Job, b: Job): boolean {
  const targets = (job: Job): number[] => {
    // A look at one host names it in `host`: looks at different hosts are two jobs, not one done twice.
    const named = 'hosts' in job && Array.isArray(job.hosts) ? job.hosts : 'host' in job && typeof job.host === 'string' ? [job.host] : null;
    if (named === null) return [];
    const found = resolveHosts(config, state.hosts, named);
    return found.ok ? found.hostIds : [];
  };
  const first = targets(a);
  const second = new Set(targets(b));
  // Jobs without hosts (the status page, the cookbook, the site) overlap whenever they collide at all;
  // a fleet-wide change (a pin without hosts) overlaps every host.
  if (first.length === 0 || second.size === 0) return true;
  return first.some((id) => second.has(id));
}
