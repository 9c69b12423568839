// "Everyone to IRC": the one post that moves the team to the backup channel, offered in the post menu
// (9) and the team menu (C). The simulation moves the team when the player posts in a channel that works
// while the team's own is down (sim/team-channel), so the post goes to the backup then. While the team's
// channel still works, the same choice agrees the backup in advance, in the team's channel: the
// simulation does nothing with that (the team stays put while its channel works), and the menu says so.

import type { PlayerView } from '../session/player-view';
import type { Command } from '../sim/commands';
import type { ChannelConfig } from '../sim/config';

export interface BackupMove {
  label: string;
  detail: string;
  command: Extract<Command, { type: 'post-message' }>;
  typed: string;
}

/** The post that leads the team to a channel that works, or null when the level has no other channel up. */
export function backupMove(channels: readonly ChannelConfig[], chat: PlayerView['chat']): BackupMove | null {
  const team = channels.find((channel) => channel.id === chat.teamChannel);
  const backup = channels.find((channel) => channel.id !== chat.teamChannel && chat.channelsUp[channel.id]);
  if (!team || !backup) return null;
  const teamDown = !chat.channelsUp[team.id];
  const post = teamDown
    ? { channel: backup, text: `Everyone: ${team.label} is down. We're moving to ${backup.label}: come here, and carry on in here.` }
    : { channel: team, text: `Heads-up: if ${team.label} goes down, we meet in ${backup.label}.` };
  return {
    label: teamDown ? `Everyone to ${backup.label}` : `Agree the backup: ${backup.label}`,
    detail: teamDown ? `posted in ${backup.label}: the team follows you there` : `agree it now, in ${team.label}; they stay there while it works`,
    command: { type: 'post-message', channel: post.channel.id, text: post.text, intent: 'tell-channel' },
    typed: `say ${post.channel.id} "${post.text}"`,
  };
}
