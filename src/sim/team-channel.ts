// Where the responders talk. They start in the level's first channel; when it goes down they can still
// work, but nobody reads what they say until the player leads them to a channel that works (the backup,
// IRC, which someone has to know about) or theirs comes back. Lines said meanwhile wait, then arrive late.

import type { SimConfig } from './config';
import type { EventLog } from './events';
import type { SimState } from './state';

/** How many unheard lines are kept: a channel that is down for long loses the oldest chatter. */
const UNHEARD_KEPT = 20;

/** A responder's line in the team's channel, or kept for later when that channel is down. */
export function teamSays(state: SimState, from: string, text: string, log: EventLog): void {
  if (state.channelsUp[state.teamChannel]) {
    log.add({ type: 'message-posted', channel: state.teamChannel, from, text, intent: null });
    return;
  }
  log.add({ type: 'line-unheard', from, text });
  state.unheard.push({ from, text });
  if (state.unheard.length > UNHEARD_KEPT) state.unheard.shift();
}

/** The player posted somewhere that works while the team's channel is down: the team follows. */
export function followPlayerTo(state: SimState, channel: string, by: string, log: EventLog): void {
  if (channel === state.teamChannel || state.channelsUp[state.teamChannel] || !state.channelsUp[channel]) return;
  log.add({ type: 'team-moved-channel', from: state.teamChannel, to: channel, by });
  state.teamChannel = channel;
  readOutUnheard(state, log);
}

/** The team's channel came back: what was said while it was down arrives all at once. */
export function runTeamChannel(config: SimConfig, state: SimState, log: EventLog): void {
  if (state.unheard.length === 0 || !state.channelsUp[state.teamChannel]) return;
  if (!config.channels.some((channel) => channel.id === state.teamChannel)) return;
  readOutUnheard(state, log);
}

function readOutUnheard(state: SimState, log: EventLog): void {
  for (const line of state.unheard.splice(0)) {
    log.add({ type: 'message-posted', channel: state.teamChannel, from: line.from, text: `(said earlier) ${line.text}`, intent: null });
  }
}
