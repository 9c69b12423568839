// chef-client on every node: scheduled runs on each host's interval plus splay (unless the daemon is
// stopped or the fleet is paused), and every run in flight moved on at the speed the Chef server allows.

import { advanceChefRun, nextScheduledGap, startChefRun } from './chef-run';
import type { SimConfig } from './config';
import type { EventLog } from './events';
import type { SimState } from './state';

export function runChefSystem(config: SimConfig, state: SimState, log: EventLog): void {
  const speed = chefServerSpeed(config, state.chefServer.concurrentRuns);
  let running = 0;
  for (const host of state.hosts) {
    const chef = host.chef;
    if (chef.run === null && state.tick >= chef.nextRunAtTick) {
      if (chef.daemon === 'running' && !state.chefPaused) startChefRun(config, state, host, 'schedule', 'chef', log);
      else chef.nextRunAtTick = state.tick + nextScheduledGap(config, state);
    }
    if (chef.run !== null) {
      advanceChefRun(config, state, host, speed, log);
      if (chef.run !== null) running++;
    }
  }
  noteChefServerLoad(config, state, running, log);
}

/** Past its comfortable load the Chef server (and the mirror behind it) slows every run down, steeply. */
export function chefServerSpeed(config: SimConfig, concurrentRuns: number): number {
  const comfortable = config.chef.comfortableConcurrentRuns;
  if (concurrentRuns <= comfortable) return 1;
  return Math.pow(comfortable / concurrentRuns, config.chef.overloadExponent);
}

function noteChefServerLoad(config: SimConfig, state: SimState, running: number, log: EventLog): void {
  const server = state.chefServer;
  server.concurrentRuns = running;
  // A little hysteresis, so a load hovering at the limit does not flap.
  const limit = config.chef.comfortableConcurrentRuns;
  const overloaded = server.overloaded ? running > limit * 0.8 : running > limit;
  if (overloaded === server.overloaded) return;
  server.overloaded = overloaded;
  log.add(overloaded ? { type: 'chef-server-overloaded', concurrentRuns: running } : { type: 'chef-server-recovered', concurrentRuns: running });
}
