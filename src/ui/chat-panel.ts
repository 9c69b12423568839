// The team's chat: the ops channel with its bots and people, and the backup channel, with a tab per
// channel. A channel that fails does so visibly: a struck-out tab, a red frame while it is shown, a hint
// that names the channel still answering, and the team's lines that nobody can read greyed out. The line
// under it says who is on which channel (ui/chat-roster), from what the chat itself showed: each cat's
// arrival and the team following the player to the backup.

import type { ChannelConfig } from '../sim/config';
import type { SimEvent } from '../sim/events';
import { chatHintHtml } from './chat-roster';
import { escapeHtml } from './ui-layer';
import { Feed } from './feed';

export class ChatPanel {
  private readonly feeds = new Map<string, Feed>();
  private current: string;
  private readonly tabs: HTMLElement;
  private drawnTabs = '';
  private readonly hint: HTMLElement;
  private readonly botFilter: HTMLElement;
  private hideBots = false;
  /** Where the team talks (the level's first channel until they follow the player), and who has arrived. */
  private teamChannel: string;
  private readonly present: string[] = [];

  constructor(
    readonly element: HTMLElement,
    private readonly channels: readonly ChannelConfig[],
  ) {
    element.innerHTML = `<header><h3>Chat</h3><span class="filter"></span><nav class="tabs" aria-label="Channels"></nav></header><div class="feeds"></div><div class="chat-hint dim"></div>`;
    this.botFilter = element.querySelector('.filter')!;
    this.showBotFilter();
    this.tabs = element.querySelector('.tabs')!;
    this.hint = element.querySelector('.chat-hint')!;
    const feeds = element.querySelector('.feeds')!;
    for (const channel of channels) {
      const box = document.createElement('div');
      box.className = 'feed chat-feed';
      box.dataset['channel'] = channel.id;
      feeds.appendChild(box);
      this.feeds.set(channel.id, new Feed(box, 200, `Chat in ${channel.label}`));
    }
    this.current = channels[0]?.id ?? '';
    this.teamChannel = this.current;
    this.renderTabs({});
  }

  /** B: the Chef bot's failure lines bury what people say; hiding them is a choice, as with the alerts. */
  toggleBots(): void {
    this.hideBots = !this.hideBots;
    this.element.classList.toggle('hide-bots', this.hideBots);
    this.showBotFilter();
  }

  private showBotFilter(): void {
    this.botFilter.innerHTML = `<kbd>B</kbd> ${this.hideBots ? 'bots hidden' : 'bots shown'}`;
  }

  show(channelId: string): void {
    this.current = channelId;
    this.element.querySelectorAll<HTMLElement>('.chat-feed').forEach((feed) => (feed.hidden = feed.dataset['channel'] !== channelId));
  }

  take(events: readonly SimEvent[], channelsUp: Record<string, boolean>): void {
    for (const event of events) {
      if (event.type === 'team-moved-channel') this.current = this.teamChannel = event.to;
      if (event.type === 'responder-joined' && !this.present.includes(event.name)) this.present.push(event.name);
      if (event.type === 'line-unheard') this.feeds.get(this.current)?.add(`(${event.from} is typing into a channel that is not answering)`, 'unheard');
      if (event.type === 'message-posted') {
        const bot = event.from === 'chef-bot';
        const me = event.from === 'player';
        this.feeds.get(event.channel)?.add(`${me ? 'you' : event.from}: ${event.text}`, bot ? 'bot' : me ? 'me' : 'person');
      } else if (event.type === 'said-in-person') {
        this.feeds.get(this.current)?.add(`(across the desk) ${event.from}: ${event.text}`, 'in-person');
      } else if (event.type === 'channel-went-down' || event.type === 'channel-restored') {
        this.feeds.get(event.channel)?.add(event.type === 'channel-went-down' ? '— this channel is not answering —' : '— back up —', 'system');
      }
    }
    this.renderTabs(channelsUp);
  }

  private renderTabs(channelsUp: Record<string, boolean>): void {
    const signature = `${this.current}|${this.teamChannel}|${this.present.join(',')}|${JSON.stringify(channelsUp)}`;
    if (signature === this.drawnTabs) return;
    this.drawnTabs = signature;
    this.tabs.innerHTML = this.channels
      .map((channel) => {
        const down = channelsUp[channel.id] === false;
        return `<button class="tab ${channel.id === this.current ? 'active' : ''} ${down ? 'down' : ''}" aria-pressed="${channel.id === this.current}" data-channel="${escapeHtml(channel.id)}">${escapeHtml(channel.label)}${down ? ' (down)' : ''}</button>`;
      })
      .join('');
    this.tabs.querySelectorAll<HTMLButtonElement>('button').forEach((button) =>
      button.addEventListener('click', () => {
        this.show(button.dataset['channel']!);
        this.renderTabs(channelsUp);
      }),
    );
    this.show(this.current);
    const shownDown = channelsUp[this.current] === false;
    this.element.classList.toggle('channel-down', shownDown);
    this.hint.innerHTML = chatHintHtml({ channels: this.channels, channelsUp, shown: this.current, teamChannel: this.teamChannel, present: this.present });
  }
}
