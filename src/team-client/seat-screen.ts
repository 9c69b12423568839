// One seat's screen in a team room: the seat's part of the incident (src/team/seat-lines: its cards, and
// for ops the fleet's tiles), the panels that seat works with (the terminal, the chat, the alerts, what is
// heard at the desk), the commands it may type, and the room around it (the code to share, the clock,
// who holds which seat). It reads only the view the room sends this seat: what another seat knows
// reaches this screen only when someone says it. The facilitator's screen is the same with every card,
// no terminal, and the room's controls instead.

import type { Level } from '../levels/level';
import { clockOf } from '../session/game-clock';
import { describeEvent } from '../session/describe-event';
import type { KnownHost } from '../session/known-world';
import type { Command } from '../sim/commands';
import { createState } from '../sim/create-state';
import type { SimEvent } from '../sim/events';
import { seatMayGive } from '../team/seat-commands';
import { seatHelp } from '../team/seat-help';
import { seatCards, type SeatCardLines } from '../team/seat-lines';
import type { SeatView } from '../team/seat-view';
import { FACILITATOR, SEAT_CARDS, SEATS, type Role } from '../team/seats';
import type { SeatsMessage, ViewMessage, Welcome } from '../team/room-protocol';
import { ViewReader } from '../team/view-wire';
import { spokenRoomCode, teamLink } from './team-page-options';
import { terminalContextFor } from '../terminal/terminal-context';
import { AlertsPanel } from '../ui/alerts-panel';
import { Announcer } from '../ui/announcer';
import { ChatPanel } from '../ui/chat-panel';
import { Feed } from '../ui/feed';
import { TerminalPanel } from '../ui/terminal-panel';
import { escapeHtml } from '../ui/ui-layer';
import { ART_URLS } from '../views/art-urls';
import { glyphFor, GLYPH_LEGEND } from '../views/host-glyphs';
import { FacilitatorBar } from './facilitator-bar';
import type { RoomConnection } from './room-connection';

const SHORT_NAMES = { commander: 'Commander', ops: 'Ops', comms: 'Comms', investigator: 'Investigator' } as const;

/** Seats that watch the pager and the monitoring's alerts. */
const ALERT_ROLES: readonly Role[] = ['ops', 'commander', FACILITATOR];

export class SeatScreen {
  readonly element: HTMLElement;
  private readonly cards: HTMLElement;
  private readonly cardList: HTMLElement;
  private fleetGrid: HTMLElement | null = null;
  private readonly clock: HTMLElement;
  private readonly seatsLine: HTMLElement;
  private readonly linkLine: HTMLElement;
  private readonly terminal: TerminalPanel | null = null;
  private readonly chat: ChatPanel | null = null;
  private readonly alerts: AlertsPanel | null = null;
  private readonly desk: Feed | null = null;
  private readonly facilitator: FacilitatorBar | null = null;
  private readonly reader: ViewReader;
  /** Which tiers are the php7 survivors (their serving hosts have a glyph of their own). */
  private readonly php7Tiers: readonly boolean[];
  /** The game's two live regions for screen readers: what this seat heard, said as the solo game says it. */
  private readonly announcer: Announcer;
  private drawnCards = '';
  private drawnFleet = '';
  private paused = false;
  /** Where the team talks: the level's first channel until the chat says otherwise. */
  private teamChannel: string;
  private speed = 1;
  /** The command each open number stands for, so a refusal can say what it refused. */
  private readonly pending = new Map<number, string>();

  constructor(
    parent: HTMLElement,
    private readonly level: Level,
    private readonly welcome: Welcome,
    private readonly room: RoomConnection,
  ) {
    const role = welcome.role;
    this.teamChannel = level.sim.channels[0]?.id ?? 'ops';
    const seat = role === FACILITATOR ? null : SEAT_CARDS[role];
    const link = teamLink(location.href, welcome.code);
    this.element = document.createElement('main');
    this.element.className = `team-screen seat-${role}`;
    this.element.dataset['role'] = role;
    this.element.innerHTML = `
      <header class="team-bar">
        <div class="seat-name"><h1>${escapeHtml(seat?.title ?? 'Facilitator')}</h1><p class="dim">${escapeHtml(seat?.purpose ?? 'Watches every seat, and holds the room’s clock and its injections. Plays no part.')}</p></div>
        <div class="room-code"><span class="dim">Room</span> <strong data-code="${escapeHtml(welcome.code)}">${escapeHtml(spokenRoomCode(welcome.code))}</strong>
          <button type="button" class="copy-link" title="${escapeHtml(link)}">Copy the join link</button></div>
        <div class="room-clock" aria-live="off"></div>
        <ul class="room-seats" aria-label="Who holds each seat"></ul>
        <p class="room-link" role="status"></p>
      </header>
      <div class="team-grid">
        <section class="seat-cards" aria-label="What your seat sees" tabindex="0"></section>
        <section class="seat-work" aria-label="Your tools"></section>
      </div>
      <p class="seat-footer dim">${
        welcome.facilitatorKey && role !== FACILITATOR
          ? `You started this room. To join it as the facilitator (from another browser), the key is <code class="facilitator-key">${escapeHtml(welcome.facilitatorKey)}</code>. `
          : ''
      }${
        role === FACILITATOR
          ? 'You see every seat’s part. The players see only their own: listen for what they tell each other.'
          : 'You see only your seat’s part of the incident. The rest is your team’s: say what you see, ask for what you need.'
      }</p>`;
    parent.appendChild(this.element);
    this.announcer = new Announcer(this.element);
    this.cards = this.element.querySelector('.seat-cards')!;
    this.cardList = document.createElement('div');
    this.cardList.className = 'card-list';
    this.cards.appendChild(this.cardList);
    this.clock = this.element.querySelector('.room-clock')!;
    this.seatsLine = this.element.querySelector('.room-seats')!;
    this.linkLine = this.element.querySelector('.room-link')!;
    const copy = this.element.querySelector<HTMLButtonElement>('.copy-link')!;
    copy.addEventListener('click', () => {
      void navigator.clipboard?.writeText(link).then(
        () => (copy.textContent = 'Link copied'),
        () => (copy.textContent = link),
      );
    });

    const work = this.element.querySelector<HTMLElement>('.seat-work')!;
    const panel = (className: string, label: string, into: HTMLElement = work): HTMLElement => {
      const element = document.createElement('section');
      element.className = `panel ${className}`;
      element.setAttribute('aria-label', label);
      into.appendChild(element);
      return element;
    };
    // The hosts' names and tiers are the level's (the room sends only what it knows of each, src/team/view-wire).
    const hosts = createState(level.sim, welcome.seed).hosts;
    this.reader = new ViewReader(hosts);
    this.php7Tiers = level.sim.tiers.map((tier) => tier.id === 'php7');
    if (role === FACILITATOR) {
      this.facilitator = new FacilitatorBar(panel('facilitator-bar', 'The room’s controls'), level, room, welcome.facilitatorKey);
    } else {
      const context = terminalContextFor(
        level.sim,
        hosts.map((host) => host.name),
      );
      // The seat's own commands: said in the terminal as it opens, and kept under the seat's cards.
      const help = seatHelp(role, context);
      const words = [...new Set(help.map(([form]) => form.split(' ')[0]))].join(', ');
      const intro = `As ${seat!.title.toLowerCase()} you type: ${words} (help NAME says more). T types here.`;
      this.terminal = new TerminalPanel(panel('terminal-panel', 'Terminal'), context, (command) => this.give(command), intro);
      const card = document.createElement('section');
      card.className = 'seat-card seat-help';
      card.innerHTML = `<h2>Your commands <span class="dim">(help NAME says more)</span></h2><ul>${help
        .map(([form, what]) => `<li><code>${escapeHtml(form)}</code> <span class="dim">${escapeHtml(what)}</span></li>`)
        .join('')}</ul>`;
      this.cards.appendChild(card);
    }
    // Comms works in the channel: its chat takes the room under its two cards; the facilitator reads it beside the controls.
    if (role === 'comms' || role === FACILITATOR) this.chat = new ChatPanel(panel('chat-panel', 'Chat', role === 'comms' ? this.cards : work), level.sim.channels);
    if (ALERT_ROLES.includes(role)) this.alerts = new AlertsPanel(panel('alerts-panel', 'Pager and alerts'));
    document.addEventListener('keydown', (event) => {
      if (this.element.isConnected) this.onKey(event);
    });
    if (role !== 'comms' && role !== FACILITATOR) {
      const heard = panel('desk-panel', 'Heard at your desk');
      heard.innerHTML = '<header><h3>Heard at your desk</h3></header><div class="feed desk-feed"></div>';
      this.desk = new Feed(heard.querySelector('.desk-feed')!, 120, 'Heard at your desk');
    }
  }

  /** The screen's keys, as in the solo game, while nothing is being typed: T the terminal, 9 a line in the channel, B and F the filters. */
  private onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (event.ctrlKey || event.metaKey || event.altKey || (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const key = event.key.toLowerCase();
    if (key === 't' && this.terminal) this.terminal.focus();
    else if (key === '9' && this.terminal) {
      this.terminal.input.value = `say ${this.teamChannel} `;
      this.terminal.focus();
    } else if (key === 'b' && this.chat) this.chat.toggleBots();
    else if (key === 'f' && this.alerts) this.alerts.toggleNoise();
    else return;
    event.preventDefault();
  }

  /** The seat's view, four times a second: redraw what changed, and hand on what was heard. */
  view(message: ViewMessage): void {
    const view = this.reader.read(message);
    if (view.chat) this.teamChannel = view.chat.teamChannel;
    if (view.site) this.announcer.see({ site: view.site });
    this.clock.textContent = `${clockOf(this.level.meta.clockStart, view.tick)}${this.paused ? ' · paused' : this.speed === 1 ? '' : ` · ${this.speed}x`}${view.shift.countdown ? ` · ${view.shift.countdown}` : ''}`;
    this.drawCards(seatCards(this.level.sim, this.level.meta.clockStart, view), view.fleet?.hosts ?? null);
    const events: SimEvent[] = view.heard.map((heard) => heard.event);
    if (events.length > 0) this.hear(events, view);
    if (this.terminal) this.terminal.fanOutRunning = view.tasks?.some((task) => task.by === 'player' && task.reached < task.hosts) ?? false;
  }

  seats(seats: SeatsMessage): void {
    this.paused = seats.paused;
    this.speed = seats.speed;
    const words = { playing: 'a player', reconnecting: 'reconnecting…', cats: 'the cats' } as const;
    this.seatsLine.innerHTML = SEATS.map(
      (seat) =>
        `<li class="seat-state ${seats.seats[seat]}${seat === this.welcome.role ? ' you' : ''}" data-seat="${seat}"><strong>${SHORT_NAMES[seat]}</strong> ${
          seat === this.welcome.role ? 'you' : words[seats.seats[seat]]
        }</li>`,
    ).join('');
    this.facilitator?.seats(seats);
  }

  accepted(ref: number | null): void {
    if (ref !== null) this.pending.delete(ref);
  }

  refused(ref: number | null, reason: string): void {
    const what = ref === null ? undefined : this.pending.get(ref);
    if (ref !== null) this.pending.delete(ref);
    const line = `${what ? `${what}: ` : ''}${reason}`;
    if (this.terminal) this.terminal.print(`Refused: ${line}`, 'error');
    else this.facilitator?.note(`Refused: ${line}`);
  }

  link(words: string, state: string): void {
    this.linkLine.textContent = words;
    this.linkLine.className = `room-link ${state}`;
  }

  /** A typed command: refused here, with whose it is, if the seat may not give it; otherwise sent to the room. */
  private give(command: Command): void {
    const may = seatMayGive(this.welcome.role, command.type);
    if (!may.ok) return this.terminal?.print(may.reason, 'error');
    const ref = this.room.command(command);
    this.pending.set(ref, command.type);
  }

  private hear(events: readonly SimEvent[], view: SeatView): void {
    this.announcer.take(events);
    this.terminal?.take(events);
    if (this.chat && view.chat) this.chat.take(events, view.chat.channelsUp);
    this.alerts?.take(events);
    if (this.desk) {
      for (const event of events) {
        // A refusal is the terminal's to say, under the command it refuses.
        if (event.type === 'command-refused') continue;
        const text = describeEvent(event);
        if (text) this.desk.add(`${clockOf(this.level.meta.clockStart, event.tick)} ${text}`);
      }
    }
  }

  private drawCards(cards: readonly SeatCardLines[], hosts: readonly KnownHost[] | null): void {
    const html = cards
      .map(
        (card) =>
          `<section class="seat-card${card.alarm ? ' alarm' : ''}" data-part="${card.part}"><h2>${escapeHtml(card.heading)}</h2><ul>${card.lines
            .map((line) => `<li>${escapeHtml(line)}</li>`)
            .join('')}</ul></section>`,
      )
      .join('');
    if (html !== this.drawnCards) {
      this.drawnCards = html;
      this.cardList.innerHTML = html;
    }
    if (hosts) this.drawFleet(hosts);
  }

  /** Ops' (and the facilitator's) fleet as the game's tiles, one per host, in the palette chosen: rebuilt only when a host changed. */
  private drawFleet(hosts: readonly KnownHost[]): void {
    const tiles = hosts.map((host) => `${host.state}`).join(',');
    if (tiles === this.drawnFleet) return;
    this.drawnFleet = tiles;
    if (!this.fleetGrid) {
      this.fleetGrid = document.createElement('section');
      this.fleetGrid.className = 'seat-card host-grid-card';
      this.fleetGrid.setAttribute('aria-label', 'The fleet as tiles (the fleet card says the same in words)');
      this.fleetGrid.innerHTML = `<div class="host-grid"></div><div class="host-legend">${GLYPH_LEGEND.map((entry) => `<span><img src="${ART_URLS[entry.key] ?? ''}" alt="" />${escapeHtml(entry.label)}</span>`).join('')}</div>`;
      // The tiles first: the fleet at a glance, the words under them.
      this.cards.insertBefore(this.fleetGrid, this.cardList);
    }
    this.fleetGrid.querySelector('.host-grid')!.innerHTML = hosts
      .map((host) => `<img src="${ART_URLS[glyphFor(host.state, this.php7Tiers[host.tierIndex] ?? false)] ?? ''}" alt="" title="${escapeHtml(`${host.name}: ${host.state}`)}" />`)
      .join('');
  }
}
