// What the level makes happen on its own clock: the desk neighbour pushing the pin bump and logging in
// to watch it on one host (or asking for a look first, and pushing anyway if nobody answers), the lines
// people say, and chat services failing and coming back.

import { runChangeReview } from './change-review';
import type { SimConfig } from './config';
import type { EventLog } from './events';
import { pushChange } from './push-change';
import type { SimState } from './state';
import { ticksFor } from './ticks';

export function runLevelScript(config: SimConfig, state: SimState, log: EventLog): void {
  const tick = state.tick;
  const change = config.change;
  if (change.pushAtSecond !== null && tick === ticksFor(change.pushAtSecond)) pushChange(config, state, log);
  runChangeReview(config, state, log);

  for (const line of config.script) {
    if (ticksFor(line.atSecond) !== tick) continue;
    if (line.channel === 'in-person') log.add({ type: 'said-in-person', from: line.from, text: line.text });
    else if (state.channelsUp[line.channel]) log.add({ type: 'message-posted', channel: line.channel, from: line.from, text: line.text, intent: null });
  }

  for (const channel of config.channels) {
    if (!channel.outage) continue;
    const downAt = ticksFor(channel.outage.atSecond);
    // A facilitator's outage of the same channel may overlap this one: the channel goes down once, and
    // comes back only when neither is under way (sim/injections restores it after its own).
    if (tick === downAt) {
      if (!state.channelsUp[channel.id]) continue;
      state.channelsUp[channel.id] = false;
      log.add({ type: 'channel-went-down', channel: channel.id });
    } else if (tick === downAt + ticksFor(channel.outage.durationSeconds)) {
      if (state.injectedOutages.some((outage) => outage.channel === channel.id && outage.untilTick > tick)) continue;
      state.channelsUp[channel.id] = true;
      log.add({ type: 'channel-restored', channel: channel.id });
    }
  }
}
