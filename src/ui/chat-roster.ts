// Who is on which channel, for the line under the chat: the team talks in one channel (the level's first,
// until the player leads them elsewhere), and the cats in it are the ones who have arrived. Both are what
// the player saw happen in chat: each cat's "Here!" and the team following them to the backup. With one
// channel there is nothing to say but the key; with a backup, the line names who is where, and while the
// team sits in a channel that is down, how to bring them over.

import type { ChannelConfig } from '../sim/config';
import { escapeHtml } from './ui-layer';

export interface ChatWhereabouts {
  channels: readonly ChannelConfig[];
  channelsUp: Readonly<Record<string, boolean>>;
  /** The channel the panel shows. */
  shown: string;
  /** Where the team talks. */
  teamChannel: string;
  /** The cats who have arrived, in the order they did. */
  present: readonly string[];
}

function names(present: readonly string[]): string {
  return present.length === 0 ? 'nobody yet' : present.map(escapeHtml).join(', ');
}

/** The line under the chat, as HTML. */
export function chatHintHtml({ channels, channelsUp, shown, teamChannel, present }: ChatWhereabouts): string {
  const label = (id: string): string => escapeHtml(channels.find((channel) => channel.id === id)?.label ?? id);
  const working = channels.find((channel) => channelsUp[channel.id] !== false);
  const shownDown = channelsUp[shown] === false;
  const teamDown = channelsUp[teamChannel] === false;
  if (!working) return 'Every chat channel is down: the pager and the status page still work.';
  if (channels.length < 2) return shownDown ? `This channel is down: nobody reads it.` : '<kbd>9</kbd> post a message';
  const backup = channels.find((channel) => channel.id !== teamChannel && channelsUp[channel.id] !== false);
  const instead = `This channel is down: nobody reads it. Press <kbd>9</kbd> to post in ${escapeHtml(working.label)} instead`;
  if (teamDown && backup) {
    const bring = `“Everyone to ${escapeHtml(backup.label)}”`;
    return shownDown
      ? `${instead}: ${bring} brings the team over (${names(present)}).`
      : `Team stuck in ${label(teamChannel)} (down), unread: ${names(present)}. <kbd>9</kbd> → ${bring} brings them over.`;
  }
  const where = `Team in ${label(teamChannel)}: ${names(present)}.`;
  return shownDown ? `${instead}. ${where}` : `${where} <kbd>9</kbd> post a message`;
}
