// The desk neighbour pushing "the smallest possible change": the cookbook pin, for every node, then one
// chef-client by hand on the host they log into to watch it do nothing. The level script does it at its
// set second; where the level asks for a review first, an approval (or nobody objecting) does it.

import { startChefRun } from './chef-run';
import type { SimConfig } from './config';
import type { EventLog } from './events';
import { findHost } from './host-names';
import type { SimState } from './state';
import { changePin } from './timers';

export function pushChange(config: SimConfig, state: SimState, log: EventLog): void {
  const change = config.change;
  changePin(state, change.pinVersion, null, change.by, log);
  const watched = findHost(state.hosts, change.watchHostName);
  if (watched && watched.chef.run === null) startChefRun(config, state, watched, 'manual', change.by, log);
}
