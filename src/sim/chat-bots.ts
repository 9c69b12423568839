// The bots in the team's main channel (the level's first channel): Chef's failure handler reporting every
// failed run, and the cookbook promotion notice. Their steady stream of dev-VM failures is the noise that
// hid the php7 nodes' failing runs for weeks.

import type { SimConfig } from './config';
import type { EventLog, SimEventBody } from './events';
import type { SimState } from './state';

export const CHEF_BOT = 'chef-bot';

export function runChatBots(config: SimConfig, state: SimState, log: EventLog): void {
  const channel = config.channels[0];
  if (!channel || !state.channelsUp[channel.id]) return;
  const posts: SimEventBody[] = [];
  for (const event of log.events) {
    if (event.type === 'chef-run-finished' && event.result === 'failed') {
      posts.push({ type: 'message-posted', channel: channel.id, from: CHEF_BOT, text: `chef-client failed on ${event.host}: ${event.reason ?? 'unknown error'}`, intent: null });
    } else if (event.type === 'pin-changed') {
      const where = event.hosts === null ? 'every node' : event.hosts.join(', ');
      posts.push({
        type: 'message-posted',
        channel: channel.id,
        from: CHEF_BOT,
        text: `${event.by} promoted cookbook apache: ${config.apache.packageName} pinned to ${event.version} on ${where}`,
        intent: null,
      });
    }
  }
  for (const post of posts) log.add(post);
}
