// What the level makes happen on its own clock: the desk neighbour pushing the pin bump and logging in
// to watch it on one host, the lines people say, and chat services failing and coming back.

import { startChefRun } from './chef-run';
import type { SimConfig } from './config';
import type { EventLog } from './events';
import { findHost } from './host-names';
import type { SimState } from './state';
import { ticksFor } from './ticks';
import { changePin } from './timers';

export function runLevelScript(config: SimConfig, state: SimState, log: EventLog): void {
  const tick = state.tick;
  const change = config.change;
  if (change.pushAtSecond !== null && tick === ticksFor(change.pushAtSecond)) pushChange(config, state, log);

  for (const line of config.script) {
    if (ticksFor(line.atSecond) !== tick) continue;
    if (line.channel === 'in-person') log.add({ type: 'said-in-person', from: line.from, text: line.text });
    else if (state.channelsUp[line.channel]) log.add({ type: 'message-posted', channel: line.channel, from: line.from, text: line.text, intent: null });
  }

  for (const channel of config.channels) {
    if (!channel.outage) continue;
    const downAt = ticksFor(channel.outage.atSecond);
    if (tick === downAt) {
      state.channelsUp[channel.id] = false;
      log.add({ type: 'channel-went-down', channel: channel.id });
    } else if (tick === downAt + ticksFor(channel.outage.durationSeconds)) {
      state.channelsUp[channel.id] = true;
      log.add({ type: 'channel-restored', channel: channel.id });
    }
  }
}

/** "The smallest possible change": the cookbook pin, for every node, then one chef-client by hand to watch. */
function pushChange(config: SimConfig, state: SimState, log: EventLog): void {
  const change = config.change;
  changePin(state, change.pinVersion, null, change.by, log);
  const watched = findHost(state.hosts, change.watchHostName);
  if (watched && watched.chef.run === null) startChefRun(config, state, watched, 'manual', change.by, log);
}
