// The incident: the fleet, the dashboards, the pager, chat and the terminal around one live session.
// The scene sends the session commands, and is the one place that reads its true state: only to project
// it into the player's view (session/player-view), which is all the views, panels and audio are given.
// Every rule lives in src/sim.

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import type { Level } from '../levels/level';
import { withShiftMinutes } from '../levels/shift-length';
import { describeEvent } from '../session/describe-event';
import { SPEEDS } from '../session/fixed-step-driver';
import { KnownWorld } from '../session/known-world';
import { LiveSession } from '../session/live-session';
import { playerView, type PlayerView } from '../session/player-view';
import type { TimedCommand } from '../replay/play-run';
import type { Command } from '../sim/commands';
import type { SimEvent } from '../sim/events';
import { terminalContextFor } from '../terminal/terminal-context';
import { publish } from '../test-hook';
import { hookSummary } from '../test-hook-summary';
import { mountActionBar } from '../ui/action-bar';
import { AlertsPanel } from '../ui/alerts-panel';
import { ChatPanel } from '../ui/chat-panel';
import { Chooser } from '../ui/chooser';
import * as actions from '../ui/incident-actions';
import { responderMenu, teamMenu } from '../ui/team-actions';
import { TeamStrip } from '../ui/team-strip';
import { INCIDENT_KEYS } from '../ui/incident-keys';
import { toggleMute } from '../ui/mute-key';
import { TerminalPanel } from '../ui/terminal-panel';
import { clockText, TopBar } from '../ui/top-bar';
import { escapeHtml } from '../ui/ui-layer';
import { DashboardView } from '../views/dashboard-view';
import { FleetView } from '../views/fleet-view';
import { requestRender } from '../views/render-gate';
import { deskCentres, TeamView } from '../views/team-view';
import { TrafficView } from '../views/traffic-view';
import { ART_URLS } from '../views/art-urls';
import { DomLabels } from '../views/dom-labels';
import { GLYPH_LEGEND } from '../views/host-glyphs';

/** A recorded run to watch again, faster, on the incident screen. */
export interface WatchRun {
  seed: number;
  commands: TimedCommand[];
}

const WATCH_SPEED = 8;

const LAYOUT = {
  fleet: { x: 12, y: 48, width: 780, height: 396 },
  dashboards: { x: 804, y: 48, width: 464, height: 148 },
  team: { x: 804, y: 204, width: 464, height: 100 },
  traffic: { x: 12, y: 340 },
  infra: { x: 408, y: 398 },
};

export class IncidentScene extends Phaser.Scene {
  private level!: Level;
  private session!: LiveSession;
  private known!: KnownWorld;
  /** What the player can know, rebuilt when the tick or what they learned changes. */
  private view!: PlayerView;
  private viewStale = true;
  private fleet!: FleetView;
  private dashboards!: DashboardView;
  private traffic!: TrafficView;
  private team!: TeamView;
  private teamStrip!: TeamStrip;
  private topBar!: TopBar;
  private alerts!: AlertsPanel;
  private chat!: ChatPanel;
  private terminal!: TerminalPanel;
  private chooser!: Chooser;
  private menu: HTMLDivElement | null = null;
  /** Whether the clock was paused before the menu opened, so closing the menu restores it. */
  private menuWasPaused = false;
  private lastTick = -1;
  private lastNotice = '';
  private ended = false;
  /** Watching a recorded run again: the commands come from the recording, not the keys. */
  private watch: WatchRun | null = null;

  constructor(private readonly app: App) {
    super(SCENES.incident);
  }

  create(data: { levelId?: string; watch?: WatchRun }): void {
    const found = this.app.catalog.levels.find((candidate) => candidate.meta.id === data.levelId) ?? this.app.catalog.levels[0];
    if (!found) return void this.scene.start(SCENES.title);
    const level = withShiftMinutes(found, this.app.options.shiftMinutes);
    this.level = level;
    this.ended = false;
    this.lastTick = -1;
    // A scene object lives across restarts: nothing from the last run may linger.
    this.menu = null;
    this.menuWasPaused = false;
    this.lastNotice = '';
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.chooser.dismiss();
      this.app.audio.attach(null);
    });
    this.watch = data.watch ?? null;
    this.session = new LiveSession(level, this.watch?.seed ?? this.app.options.seed, this.watch?.commands ?? null);
    this.session.driver.setSpeed(this.watch ? WATCH_SPEED : (this.app.options.speed ?? this.app.settings.speed));
    this.known = new KnownWorld();
    this.viewStale = true;

    const { ui } = this.app;
    ui.clear();
    const labels = new DomLabels(ui.mount('canvas-labels'));
    this.fleet = new FleetView(
      this,
      level.sim,
      this.currentView(),
      LAYOUT.fleet,
      labels,
      (hostId) => this.selectHost(hostId),
      (blind) => {
        const legend = this.app.ui.root.querySelector<HTMLElement>('.legend');
        if (legend) legend.hidden = blind;
      },
    );
    this.dashboards = new DashboardView(this, LAYOUT.dashboards, labels);
    this.traffic = new TrafficView(this, LAYOUT.traffic, LAYOUT.infra, labels);
    this.team = new TeamView(this, level.sim.responders, LAYOUT.team);

    const screen = ui.mount('screen incident-screen');
    screen.innerHTML = `<div class="legend canvas-label"></div><div class="top-bar"></div><div class="panel alerts-panel"></div><div class="panel terminal-panel"></div>
      <div class="panel chat-panel"></div><div class="team-strip"></div><div class="action-bar"></div>`;
    this.topBar = new TopBar(screen.querySelector('.top-bar')!, level);
    this.alerts = new AlertsPanel(screen.querySelector('.alerts-panel')!);
    this.chat = new ChatPanel(screen.querySelector('.chat-panel')!, level.sim.channels);
    const context = terminalContextFor(
      level.sim,
      this.session.state.hosts.map((host) => host.name),
    );
    this.terminal = new TerminalPanel(screen.querySelector('.terminal-panel')!, context, (command) => this.submitTyped(command));
    mountActionBar(screen.querySelector('.action-bar')!, (key) => this.press(key));
    this.chooser = new Chooser(ui, this.app.keys, () => this.bindKeys());
    const centres = deskCentres(LAYOUT.team, level.sim.responders.length);
    this.teamStrip = new TeamStrip(
      screen.querySelector('.team-strip')!,
      level.sim.responders,
      LAYOUT.team,
      centres,
      (responder) => {
        if (this.menu || this.ended || this.watch) return;
        void responderMenu(this.actionContext(), responder);
      },
      this.watch === null,
    );

    this.showLegend(screen.querySelector('.legend')!);
    if (this.watch) {
      // The run is already written: the action bar gives way to what the keys do while watching.
      screen.querySelector<HTMLElement>('.action-bar')!.hidden = true;
      screen.insertAdjacentHTML('beforeend', `<div class="watch-banner">Watching your run again, faster · <kbd>P</kbd> pause · <kbd>+</kbd> <kbd>-</kbd> speed · <kbd>Esc</kbd> menu</div>`);
    }
    this.app.audio.attach(level.sim);
    this.session.onEvents((events) => this.take(events));
    this.bindKeys();
    this.refresh(true);
  }

  override update(_time: number, delta: number): void {
    if (this.ended || !this.session) return;
    this.session.frame(delta);
    if (!this.session.driver.paused && this.traffic.animate(delta * Math.min(2, this.session.driver.speed))) requestRender(this.game);
    this.teamStrip.expireBubbles(delta);
    this.refresh(false);
    const view = this.currentView();
    this.team.update(view.team, this.teamStrip.reporting, delta, this.session.driver.paused);
    this.app.audio.frame(view, delta, this.session.driver.paused);
    const outcome = this.session.state.incident.outcome;
    if (outcome) {
      this.ended = true;
      // The shift is over: no menu or half-answered question may act on it.
      this.chooser.dismiss();
      this.menu?.remove();
      this.menu = null;
      this.app.keys.bind({});
      this.time.delayedCall(1200, () => this.scene.start(SCENES.end, { levelId: this.level.meta.id, session: this.session, watched: this.watch !== null }));
    }
  }

  private refresh(force: boolean): void {
    const state = this.session.state;
    if (!force && state.tick === this.lastTick) return;
    this.lastTick = state.tick;
    requestRender(this.game);
    if (this.known.sample(state)) this.viewStale = true;
    const view = this.currentView();
    const clock = (tick: number): string => clockText(this.level, tick);
    this.fleet.refresh(view);
    this.teamStrip.showStatus(view.team);
    this.traffic.update(view, clock);
    this.dashboards.draw(view.dashboards, clock);
    this.topBar.update(view, this.session.driver.paused, this.session.driver.speed);
    // The hand-over button lights up with the top bar's invitation.
    this.app.ui.root.querySelector('.action-bar button[data-key="H"]')?.classList.toggle('ready', view.shift.handOver);
    this.publishSummary();
  }

  /** The player's view as of now: projected afresh once the tick moved on or they learned something. */
  private currentView(): PlayerView {
    const state = this.session.state;
    if (this.viewStale || !this.view || this.view.tick !== state.tick) {
      this.view = playerView(this.level.sim, state, this.known);
      this.viewStale = false;
    }
    return this.view;
  }

  private take(events: readonly SimEvent[]): void {
    this.known.learn(events);
    this.viewStale = true;
    const view = this.currentView();
    this.alerts.take(events);
    this.chat.take(events, view.chat.channelsUp);
    this.teamStrip.take(events);
    this.app.audio.take(events, view);
    this.terminal.take(events);
    for (const event of events) {
      const text = describeEvent(event);
      if (text && ('by' in event ? event.by === 'player' : false)) this.lastNotice = text;
    }
  }

  private bindKeys(): void {
    const bindings: Record<string, () => void> = {};
    for (const key of INCIDENT_KEYS) for (const name of key.key.split(' / ')) bindings[name] = () => this.press(name);
    bindings['='] = () => this.press('+');
    bindings['?'] = () => this.toggleMenu('help');
    bindings['Escape'] = () => this.toggleMenu('pause');
    this.app.keys.bind(bindings);
  }

  private press(key: string): void {
    // While a menu is open, only its own keys act; the action bar waits.
    if (this.menu || this.ended) return;
    const context = this.actionContext();
    const driver = this.session.driver;
    // Watching a replay, only the clock and the view answer: the run is already written.
    if (this.watch && !['P', '+', '-', 'F', 'B', 'M'].includes(key.toUpperCase())) return this.terminal.print('Watching a replay: the actions were taken in the run itself.', 'dim');
    switch (key.toUpperCase()) {
      case '1':
        return void actions.chefSwitch(context);
      case '2':
        return void actions.runChef(context);
      case '3':
        return void actions.lookAtHost(context);
      case '4':
        return this.submit({ type: 'view-site' }, 'curl https://www.shop/');
      case '5':
        return this.submit({ type: 'read-lb-stats' }, 'lb stats');
      case '6':
        return void actions.shedLoad(context);
      case '7':
        return void actions.cookbook(context);
      case '8':
        return void actions.statusPage(context);
      case '9':
        return void actions.postMessage(context);
      case 'K':
        return this.submit({ type: 'ack-page' }, 'ack');
      case 'C':
        return void teamMenu(context);
      case 'H':
        return void actions.handOver(context);
      case 'F':
        return this.alerts.toggleNoise();
      case 'B':
        return this.chat.toggleBots();
      case 'M':
        return this.terminal.print(toggleMute(this.app) ? 'Sound off (M turns it back on).' : 'Sound on.', 'dim');
      case 'T':
        return this.terminal.focus();
      case 'P':
        driver.paused = !driver.paused;
        return this.refresh(true);
      case '+':
      case '-': {
        const index = SPEEDS.indexOf(driver.speed) + (key === '+' ? 1 : -1);
        driver.setSpeed(SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, index))]!);
        return this.refresh(true);
      }
    }
  }

  private actionContext(): actions.ActionContext {
    return {
      level: this.level,
      view: () => this.currentView(),
      selectedHost: () => (this.fleet.selectedHost === null ? null : this.currentView().fleet.hosts[this.fleet.selectedHost]!.name),
      chooser: this.chooser,
      submit: (command, typed) => this.submit(command, typed),
      note: (text) => this.terminal.print(text, 'dim'),
    };
  }

  private submit(command: Command, typed: string): void {
    if (this.watch) return;
    this.session.submit(command);
    this.terminal.echo(typed);
  }

  private submitTyped(command: Command): void {
    if (this.watch) return this.terminal.print('Watching a replay: what you type here does not change it.', 'dim');
    this.session.submit(command);
  }

  private selectHost(hostId: number): void {
    this.fleet.select(hostId);
    requestRender(this.game);
    const host = this.currentView().fleet.hosts[hostId]!;
    const label = this.level.sim.tiers[host.tierIndex]!.label;
    this.terminal.print(`Selected ${host.name} (${label}): 3 looks at it; 1 and 2 offer it as a target.`, 'dim');
  }

  private toggleMenu(which: 'pause' | 'help'): void {
    if (this.chooser.isOpen) return this.chooser.cancel();
    const wasOpen = this.menu?.dataset['menu'];
    this.menu?.remove();
    this.menu = null;
    const driver = this.session.driver;
    if (wasOpen) {
      driver.paused = this.menuWasPaused;
      this.bindKeys();
      return this.refresh(true);
    }
    this.menuWasPaused = driver.paused;
    driver.paused = true;
    this.menu = this.app.ui.mount('screen-panel incident-menu');
    this.menu.dataset['menu'] = which;
    const keys = `<ul class="key-list">${INCIDENT_KEYS.map((key) => `<li><kbd>${escapeHtml(key.key)}</kbd> ${escapeHtml(key.does)}</li>`).join('')}</ul>`;
    this.menu.innerHTML =
      which === 'pause'
        ? `<h2>Paused</h2><div class="menu-buttons"><button class="primary" data-do="resume"><kbd>Esc</kbd>Resume</button>
           <button data-do="restart"><kbd>R</kbd>Restart the level</button><button data-do="quit"><kbd>Q</kbd>Quit to the title</button></div>${keys}`
        : `<h2>How to play</h2><p>Watch the fleet and the pager, find out what is going on, stop it spreading, fix it, and keep people told.
           Click a host tile to select it.</p>${keys}<p class="dim"><kbd>?</kbd> or <kbd>Esc</kbd> to close</p>`;
    const resume = (): void => this.toggleMenu(which);
    const restart = (): void => void this.scene.restart({ levelId: this.level.meta.id, watch: this.watch ?? undefined });
    const quit = (): void => void this.scene.start(SCENES.title);
    this.menu.querySelector('[data-do="resume"]')?.addEventListener('click', resume);
    this.menu.querySelector('[data-do="restart"]')?.addEventListener('click', restart);
    this.menu.querySelector('[data-do="quit"]')?.addEventListener('click', quit);
    this.app.keys.bind(which === 'pause' ? { Escape: resume, r: restart, q: quit } : { Escape: resume, '?': resume });
    this.refresh(true);
  }

  /** What each tile shape means, under the fleet, with the same glyphs. */
  private showLegend(legend: HTMLElement): void {
    legend.style.left = `${LAYOUT.fleet.x + 4}px`;
    legend.style.top = `${LAYOUT.fleet.y + LAYOUT.fleet.height + 1}px`;
    legend.innerHTML = GLYPH_LEGEND.map((entry) => `<span><img src="${ART_URLS[entry.key] ?? ''}" alt="" />${escapeHtml(entry.label)}</span>`).join('');
  }

  private publishSummary(): void {
    publish({ scene: SCENES.incident, ready: true, level: this.level.meta.id, summary: hookSummary(this.level, this.session, this.lastNotice) });
  }
}
