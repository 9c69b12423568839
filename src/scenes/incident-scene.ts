// The incident: the fleet, the dashboards, the pager, chat and the terminal around one live session.
// The scene sends the session commands, and is the one place that reads its true state: only to project
// it into the player's view (session/player-view), which is all the views, panels and audio are given.
// Every rule lives in src/sim.

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import type { Level } from '../levels/level';
import { withFleetScale } from '../levels/fleet-scale';
import { withShiftMinutes } from '../levels/shift-length';
import { runSoFar } from '../session/current-run';
import { describeEvent } from '../session/describe-event';
import { SPEEDS } from '../session/fixed-step-driver';
import { KnownWorld } from '../session/known-world';
import { LiveSession } from '../session/live-session';
import { playerView, type PlayerView } from '../session/player-view';
import type { TimedCommand } from '../replay/play-run';
import type { Command } from '../sim/commands';
import type { SimEvent } from '../sim/events';
import { publish } from '../test-hook';
import { hookSummary } from '../test-hook-summary';
import { Chooser } from '../ui/chooser';
import type { ActionContext } from '../ui/incident-actions';
import { HAND_OVER_KEY, incidentBindings, type IncidentControls, type IncidentKey } from '../ui/incident-keys';
import { IncidentMenu, type IncidentMenuKind } from '../ui/incident-menu';
import { watchedLine } from '../session/watched-line';
import { GuidePanel } from '../ui/guide-panel';
import { LiveControls } from '../ui/live-controls';
import { mountIncidentScreen, type IncidentPanels } from '../ui/incident-screen';
import { toggleMute } from '../ui/mute-key';
import { responderMenu } from '../ui/team-actions';
import { clockText } from '../ui/top-bar';
import { INCIDENT_LAYOUT } from '../views/incident-layout';
import { FramePacer } from '../views/frame-pacer';
import { requestRender } from '../views/render-gate';
import { deskCentres } from '../views/team-view';
import { IncidentCanvas } from '../views/incident-canvas';

/** A recorded run to watch again, faster, on the incident screen. */
export interface WatchRun {
  seed: number;
  commands: TimedCommand[];
  /** Whose run, when it came from the facilitator's page with a name; the player's own otherwise. */
  who?: string | null;
}

const WATCH_SPEED = 8;
const SUMMARY_EVERY_MS = 200;
/** The canvas shows the world's changes twice a second, like a status board (views/frame-pacer says why). */
const CANVAS_EVERY_MS = 500;

const LAYOUT = INCIDENT_LAYOUT;

export class IncidentScene extends Phaser.Scene {
  private level!: Level;
  private session!: LiveSession;
  private known!: KnownWorld;
  /** What the player can know, rebuilt when the tick or what they learned changes. */
  private view!: PlayerView;
  private viewStale = true;
  private canvas!: IncidentCanvas;
  private pacer!: FramePacer;
  private panels!: IncidentPanels;
  /** The tutorial's card: the next step until it is done (a level with a guide only). */
  private guide: GuidePanel | null = null;
  /** The facilitator's pause-for-discussion, hints and injections (`?facilitator=1` only). */
  private live: LiveControls | null = null;
  private chooser!: Chooser;
  private menu!: IncidentMenu;
  /** Whether the clock was paused before the menu opened, so closing the menu restores it. */
  private menuWasPaused = false;
  private lastTick = -1;
  private lastNotice = '';
  private publishedAt = -Infinity;
  private ended = false;
  /** Watching a recorded run again: the commands come from the recording, not the keys. */
  private watch: WatchRun | null = null;
  /** The kiosk's attract loop (src/kiosk): a watched run with the booth's captions, followed by its board, not a debrief. */
  private attract = false;
  /** Talk mode (src/talk): a watched run the presenter moves on a beat at a time. */
  private talk = false;
  /** Replaying the run quietly to a beat (talk mode's "back"): no sound or announcement for what happens on the way. */
  private catchingUp = false;

  constructor(private readonly app: App) {
    super(SCENES.incident);
  }

  create(data: { levelId?: string; watch?: WatchRun; attract?: boolean; talk?: boolean }): void {
    const found = this.app.catalog.levels.find((candidate) => candidate.meta.id === data.levelId) ?? this.app.catalog.levels[0];
    if (!found) return void this.scene.start(SCENES.title);
    const level = withFleetScale(withShiftMinutes(found, this.app.options.shiftMinutes), this.app.options.fleet);
    this.level = level;
    // A scene object lives across restarts: nothing from the last run may linger.
    this.ended = false;
    this.lastTick = -1;
    this.menuWasPaused = false;
    this.lastNotice = '';
    this.publishedAt = -Infinity;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.app.currentRun = null;
      this.chooser.dismiss();
      this.app.audio.attach(null);
      if (this.talk) this.app.talk?.detach();
    });
    this.watch = data.watch ?? null;
    this.attract = data.attract === true && this.watch !== null && this.app.kiosk !== null;
    this.talk = data.talk === true && this.watch !== null && this.app.talk !== null;
    this.catchingUp = false;
    this.session = new LiveSession(level, this.watch?.seed ?? this.app.options.seed, this.watch?.commands ?? null);
    // Kept for the crash screen: if anything throws, the run so far can still be downloaded.
    this.app.currentRun = runSoFar(this.session);
    this.session.driver.setSpeed((this.watch ? WATCH_SPEED : (this.app.options.speed ?? this.app.settings.speed)) * (this.app.kiosk?.pace ?? 1));
    this.known = new KnownWorld();
    this.viewStale = true;

    const { ui } = this.app;
    ui.clear();
    // The canvas's objects are brought up to date only for a frame that will be drawn: between two of
    // those, redrawing the graphs at every tick would be work nobody sees.
    this.pacer = new FramePacer(() => {
      const view = this.currentView();
      this.canvas.draw(view, (tick) => clockText(this.level, tick));
      this.panels.topBar.showSite(view);
      requestRender(this.game);
    }, CANVAS_EVERY_MS);
    this.canvas = new IncidentCanvas(this, level.sim, this.currentView(), labelsRegion(ui.mount('canvas-labels')), {
      onSelect: (hostId) => this.selectHost(hostId),
      onBlindChange: (blind) => (this.panels.legend.hidden = blind),
    });
    this.panels = mountIncidentScreen(ui, level, {
      hostNames: this.session.state.hosts.map((host) => host.name),
      fleetArea: LAYOUT.fleet,
      teamArea: LAYOUT.team,
      deskCentres: deskCentres(LAYOUT.team, level.sim.responders.length),
      watching: this.watch !== null,
      watchedWho: this.watch?.who ?? null,
      facilitator: this.app.options.facilitator,
      onTyped: (command) => this.submitTyped(command),
      onAction: (action) => this.press(action, action.key),
      onDesk: (responder) => {
        if (this.menu.open || this.ended || this.watch) return;
        void responderMenu(this.actionContext(), responder);
      },
    });
    if (this.attract) this.app.kiosk!.mountAttract(ui.root);
    this.guide = level.guide ? new GuidePanel(ui.root.querySelector<HTMLElement>('.incident-screen')!, level) : null;
    this.chooser = new Chooser(ui, this.app.keys, () => this.bindKeys());
    this.menu = new IncidentMenu(ui, this.app.keys, this.app.options.facilitator);
    this.live = this.app.options.facilitator
      ? new LiveControls(ui.root.querySelector<HTMLElement>('.incident-screen')!, {
          level,
          view: () => this.currentView(),
          clock: (tick) => clockText(this.level, tick),
          chooser: this.chooser,
          isPaused: () => this.session.driver.paused,
          setPaused: (paused) => {
            this.session.driver.paused = paused;
            this.refresh(true);
          },
          submit: (command, typed) => this.submitAsFacilitator(command, typed),
          note: (text) => this.panels.terminal.print(text, 'dim'),
        })
      : null;
    this.app.audio.attach(level.sim);
    this.session.onEvents((events) => this.take(events));
    // Watching a run, its commands show in the terminal as they are given.
    this.session.onScriptedCommands((commands) => {
      for (const command of commands) this.panels.terminal.print(`▶ ${watchedLine(command, level.sim.responders)}`, 'typed');
    });
    if (this.talk)
      this.app.talk!.attach({
        root: ui.root.querySelector<HTMLElement>('.incident-screen')!,
        driver: this.session.driver,
        catchUp: (tick) => this.catchUp(tick),
        refresh: () => this.refresh(true),
      });
    this.bindKeys();
    this.refresh(true);
  }

  override update(_time: number, delta: number): void {
    if (this.ended || !this.session) return;
    this.session.frame(delta);
    const { driver } = this.session;
    this.panels.teamStrip.expireBubbles(delta);
    this.refresh(false);
    const view = this.currentView();
    if (this.canvas.frame(view, this.panels.teamStrip.reporting, delta, driver.speed, driver.paused)) this.pacer.ask(this.game.loop.now);
    this.pacer.settle(this.game.loop.now);
    this.app.audio.frame(view, delta, driver.paused);
    if (this.session.state.incident.outcome) this.endShift();
  }

  /** The shift is over: no menu or half-answered question may act on it, and the debrief follows. */
  private endShift(): void {
    this.ended = true;
    this.publishSummary(true);
    this.chooser.dismiss();
    this.menu.close();
    this.app.keys.bind({});
    if (this.attract) return void this.time.delayedCall(1200, () => this.app.kiosk?.attractEnded());
    this.time.delayedCall(1200, () => this.scene.start(SCENES.end, { levelId: this.level.meta.id, session: this.session, watched: this.watch !== null }));
  }

  private refresh(force: boolean): void {
    const state = this.session.state;
    if (!force && state.tick === this.lastTick) return;
    this.lastTick = state.tick;
    if (this.known.sample(state)) this.viewStale = true;
    if (force) this.pacer.askNow(this.game.loop.now);
    else this.pacer.ask(this.game.loop.now);
    const view = this.currentView();
    this.panels.teamStrip.showStatus(view.team);
    this.panels.announcer.see(view);
    this.panels.fleetText.update(view);
    this.panels.intentCard.update(view, this.watch !== null);
    this.panels.terminal.fanOutRunning = view.tasks.some((task) => task.by === 'player' && task.reached < task.hosts);
    this.panels.topBar.update(view, this.session.driver.paused, this.session.driver.speed);
    this.live?.update(view, this.session.driver.paused);
    // The hand-over button lights up with the top bar's invitation.
    this.panels.actionBar.querySelector(`button[data-key="${HAND_OVER_KEY}"]`)?.classList.toggle('ready', view.shift.handOver);
    this.publishSummary(force);
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
    const { alerts, chat, teamStrip, terminal, topBar } = this.panels;
    alerts.take(events);
    if (!this.catchingUp) this.panels.announcer.take(events);
    chat.take(events, view.chat.channelsUp);
    topBar.take(events);
    this.guide?.take(events);
    teamStrip.take(events);
    if (!this.catchingUp) this.app.audio.take(events, view);
    terminal.take(events);
    if (this.attract) this.app.kiosk?.attractEvents(events);
    if (this.talk) this.app.talk?.events(events, this.session.state.tick);
    for (const event of events) {
      const text = describeEvent(event);
      if (text && ('by' in event ? event.by === 'player' : false)) this.lastNotice = text;
    }
  }

  /** Talk mode's "back one beat": the run replayed from its start to a tick at once, without its sounds. */
  private catchUp(tick: number): void {
    this.catchingUp = true;
    try {
      while (this.session.state.tick < tick && !this.session.state.incident.outcome) this.session.tick();
    } finally {
      this.catchingUp = false;
    }
    this.refresh(true);
  }

  private bindKeys(): void {
    this.app.keys.bind(incidentBindings((action, pressed) => this.press(action, pressed), this.live !== null));
  }

  private press(action: IncidentKey, pressed: string): void {
    // While a menu is open, only its own keys act; the action bar waits.
    if (this.menu.open || this.ended) return;
    // While the room discusses, only the card's own keys answer; Esc closes it like every overlay.
    if (this.live?.isDiscussing) {
      const during = this.live.keyWhileDiscussing(action);
      if (during === 'close') return this.live.toggleDiscussion();
      if (during === 'ignore') return;
    }
    // At a booth's kiosk, the pause menu (restart, quit to the title) is not offered: a visitor never leaves the kiosk.
    if (this.app.kiosk && action.presses.includes('Escape')) return;
    // Watching a replay, only the clock and the view answer: the run is already written.
    if (this.watch && !action.whileWatching) return this.panels.terminal.print('Watching a replay: the actions were taken in the run itself.', 'dim');
    action.run(this.controls(), pressed);
  }

  private controls(): IncidentControls {
    const { alerts, chat, terminal } = this.panels;
    const driver = this.session.driver;
    return {
      actions: this.actionContext(),
      submit: (command, typed) => this.submit(command, typed),
      toggleAlertNoise: () => alerts.toggleNoise(),
      toggleChatBots: () => chat.toggleBots(),
      toggleMute: () => terminal.print(toggleMute(this.app) ? 'Sound off (M turns it back on).' : 'Sound on.', 'dim'),
      focusTerminal: () => terminal.focus(),
      togglePause: () => {
        driver.paused = !driver.paused;
        this.refresh(true);
      },
      changeSpeed: (step) => {
        const index = Math.max(0, Math.min(SPEEDS.length - 1, SPEEDS.indexOf(driver.speed) + step));
        driver.setSpeed(SPEEDS[index]!);
        this.refresh(true);
      },
      toggleMenu: (which) => this.toggleMenu(which),
      live: this.live,
    };
  }

  private actionContext(): ActionContext {
    return {
      level: this.level,
      view: () => this.currentView(),
      selectedHost: () => (this.canvas.fleet.selectedHost === null ? null : this.currentView().fleet.hosts[this.canvas.fleet.selectedHost]!.name),
      chooser: this.chooser,
      submit: (command, typed) => this.submit(command, typed),
      note: (text) => this.panels.terminal.print(text, 'dim'),
    };
  }

  private submit(command: Command, typed: string): void {
    if (this.watch) return;
    this.session.submit(command);
    this.panels.terminal.echo(typed);
  }

  /** An injection: the facilitator's command, in the run like any other; watching, the run is already written. */
  private submitAsFacilitator(command: Command, typed: string): void {
    if (this.watch) return this.panels.terminal.print('Watching a replay: nothing can be injected into it.', 'dim');
    this.session.submit(command);
    this.panels.terminal.print(typed, 'dim');
  }

  private submitTyped(command: Command): void {
    if (this.watch) return this.panels.terminal.print('Watching a replay: what you type here does not change it.', 'dim');
    this.session.submit(command);
  }

  private selectHost(hostId: number): void {
    this.canvas.fleet.select(hostId);
    requestRender(this.game);
    const host = this.currentView().fleet.hosts[hostId]!;
    const label = this.level.sim.tiers[host.tierIndex]!.label;
    this.panels.terminal.print(`Selected ${host.name} (${label}): 3 looks at it; 1 and 2 offer it as a target.`, 'dim');
  }

  /** Opens the pause menu or the help (pausing the clock), or closes the one that is open (restoring it). */
  private toggleMenu(which: IncidentMenuKind): void {
    if (this.chooser.isOpen) return this.chooser.cancel();
    const driver = this.session.driver;
    if (this.menu.open) {
      this.menu.close();
      driver.paused = this.menuWasPaused;
      this.bindKeys();
      return this.refresh(true);
    }
    this.menuWasPaused = driver.paused;
    driver.paused = true;
    this.menu.show(which, {
      resume: () => this.toggleMenu(which),
      restart: () => void this.scene.restart({ levelId: this.level.meta.id, watch: this.watch ?? undefined }),
      quit: () => void this.scene.start(SCENES.title),
    });
    this.refresh(true);
  }

  /**
   * The test hook's summary, a few times a second: the browser tests and the benchmark poll it, and
   * building and freezing it every tick costs frames. A forced refresh (pause, speed, a menu) publishes at once.
   */
  private publishSummary(force: boolean): void {
    const now = this.game.loop.now;
    if (!force && now - this.publishedAt < SUMMARY_EVERY_MS) return;
    this.publishedAt = now;
    publish({ scene: SCENES.incident, ready: true, level: this.level.meta.id, summary: hookSummary(this.level, this.session, this.lastNotice) });
  }
}

/** The words drawn over the canvas (dashboards' figures, racks' names): a named region, so nothing on the page sits outside a landmark. */
function labelsRegion(element: HTMLElement): HTMLElement {
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', 'Fleet and dashboards');
  return element;
}
