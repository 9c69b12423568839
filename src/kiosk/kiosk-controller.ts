// Kiosk mode in the browser (`?kiosk=1`): the state machine (kiosk-mode.ts) fed by the page's keys,
// clicks and a quarter-second clock, and its effects carried out on the screens: the attract loop (the
// booth level's skilled replay watched on the incident screen, sound off, large captions), a visitor's
// fresh game from the kiosk's defaults, the idle countdown, and the high-score board. The scenes ask it
// what they need behind `app.kiosk` checks; main.ts builds it and hands it the one way to change screen.

import './kiosk.css';
import { SCENES, tellProblem, type App } from '../app';
import type { SimEvent } from '../sim/events';
import { publish } from '../test-hook';
import type { StorageLike } from '../ui/safe-storage';
import type { Settings } from '../ui/settings-store';
import { AttractCaptions } from './attract-captions';
import type { AttractRun } from './attract-run';
import { KIOSK_TIMING, KioskMode, type KioskEffect, type KioskPhase } from './kiosk-mode';
import { boardHtml, countdownHtml, mountAttractOverlay } from './kiosk-screens';
import { addEntry, clearBoard, loadBoard, qualifies, saveBoard, type BoardEntry } from './score-board';

/** How the kiosk changes screen: every scene stopped and this one started (main.ts holds the game). */
export type ShowScene = (scene: string, data?: object) => void;

const TICK_MS = 250;
/** The clock's interval at a faster pace (`kiosk-pace`): a quarter second of booth time, but no shorter than this. */
const MIN_TICK_MS = 10;
const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn', 'OS']);

/** The staff's clear asks twice, so a visitor's stray chord cannot wipe the day's board. */
const CLEAR_CONFIRM_MS = 5000;

export class Kiosk {
  private readonly mode: KioskMode;
  /** What every visitor starts from: the settings as the page opened (nothing a visitor changes is saved). */
  private readonly defaults: Settings;
  private run: AttractRun | null = null;
  private board: BoardEntry[];
  private captions = new AttractCaptions();
  private attractOverlay: ReturnType<typeof mountAttractOverlay> | null = null;
  private readonly countdown: HTMLDivElement;
  private clearAskedAt = -Infinity;
  private swallowClick = false;
  private lastCaption: string | null = null;
  /** The level a visitor plays: the page's `?level=`, else the attract loop's. */
  private visitorLevel: string | null;
  /**
   * How many times faster than real time the booth's time runs: 1, or the soak test's `kiosk-pace`. The
   * kiosk's clock runs this much faster, and the incident screen multiplies its speed by it, for the
   * attract replay and a visitor's game alike.
   */
  readonly pace: number;
  private readonly now: () => number;

  constructor(
    private readonly app: App,
    private readonly storage: StorageLike | null,
    private readonly showScene: ShowScene,
    now?: () => number,
  ) {
    this.pace = app.options.kioskPace ?? 1;
    this.now = now ?? (() => performance.now() * this.pace);
    this.defaults = structuredClone({ ...app.settings, playerName: null, nameAsked: true });
    const idleMs = (app.options.kioskIdleSeconds ?? KIOSK_TIMING.idleMs / 1000) * 1000;
    this.mode = new KioskMode({ ...KIOSK_TIMING, idleMs }, (effect) => this.act(effect));
    const loaded = loadBoard(storage);
    this.board = loaded.board;
    if (loaded.problem) tellProblem(app, loaded.problem);
    this.visitorLevel = app.options.level;
    this.countdown = document.createElement('div');
    this.countdown.className = 'kiosk-countdown';
    this.countdown.hidden = true;
    app.ui.overlay.appendChild(this.countdown);
  }

  get phase(): KioskPhase {
    return this.mode.phase;
  }

  /** Once the art is loaded (the boot scene): the attract run is read, and the loop starts. */
  async begin(): Promise<void> {
    const { loadAttractRun } = await import('./attract-run');
    const loaded = await loadAttractRun(this.app.catalog.levels, this.app.options.seed);
    if (loaded.ok) this.run = loaded.run;
    else tellProblem(this.app, loaded.problem);
    this.visitorLevel ??= this.run?.levelId ?? this.app.catalog.levels[0]?.meta.id ?? null;
    this.defaults.levelId = this.visitorLevel;
    this.listen();
    setInterval(() => this.tick(), Math.max(MIN_TICK_MS, TICK_MS / this.pace));
    this.mode.start(this.now());
  }

  /** After a crash: the attract loop again, from the start. */
  restart(): void {
    this.mode.start(this.now());
  }

  /** The incident screen of the attract loop mounts the caption and invitation over itself. */
  mountAttract(root: HTMLElement): void {
    this.captions = new AttractCaptions();
    this.lastCaption = null;
    // The invitation takes the place of the watch banner, whose keys the attract loop does not answer.
    root.querySelector('.watch-banner')?.remove();
    this.attractOverlay = mountAttractOverlay(root);
  }

  /** The attract loop's events, as its incident screen receives them. */
  attractEvents(events: readonly SimEvent[]): void {
    this.captions.take(events);
    if (events.some((event) => event.type === 'level-ended')) this.mode.attractOver(this.now());
  }

  /** The attract loop's run has handed over. */
  attractEnded(): void {
    this.mode.attractEnded(this.now());
  }

  boardHtml(): string {
    const title = (id: string): string => this.app.catalog.levels.find((level) => level.meta.id === id)?.meta.title ?? id;
    return boardHtml(this.board, title);
  }

  /** The rank a score would take on the board, or null when it does not make it. */
  rankFor(score: number): number | null {
    if (!qualifies(this.board, score)) return null;
    return addEntry(this.board, { initials: 'AAA', score, levelId: '', at: '' }).rank;
  }

  /** A visitor's initials and score, kept on this device; returns the rank. */
  record(initials: string, score: number, levelId: string): number | null {
    const added = addEntry(this.board, { initials, score, levelId, at: new Date().toISOString() });
    this.board = added.board;
    const failed = saveBoard(this.storage, this.board);
    if (failed) tellProblem(this.app, `The high-score board could not be saved (${failed}); it lasts until this tab closes.`);
    this.publishState();
    return added.rank;
  }

  private act(effect: KioskEffect): void {
    if (effect.type === 'countdown') {
      this.countdown.hidden = effect.secondsLeft === null;
      if (effect.secondsLeft !== null) this.countdown.innerHTML = countdownHtml(effect.secondsLeft);
      return this.publishState();
    }
    this.attractOverlay = null;
    this.restoreDefaults(effect.type !== 'visitor');
    if (effect.type === 'visitor' && this.visitorLevel !== null) this.showScene(SCENES.briefing, { levelId: this.visitorLevel });
    else if (effect.type === 'attract' && this.run)
      this.showScene(SCENES.incident, { levelId: this.run.levelId, watch: { seed: this.run.seed, commands: this.run.commands, who: null }, attract: true });
    else this.showScene(SCENES.kioskBoard);
    this.publishState();
  }

  /** The kiosk's defaults back, in place (the audio and the captions hold the same object); sound off between visitors. */
  private restoreDefaults(silent: boolean): void {
    const settings = this.app.settings;
    const muted = settings.muted;
    Object.assign(settings, structuredClone(this.defaults), { muted });
    this.app.audio.setVolumes(this.defaults.musicVolume, this.defaults.effectsVolume);
    if ((silent || this.defaults.muted) !== settings.muted) this.app.audio.toggleMute();
  }

  private tick(): void {
    const now = this.now();
    this.mode.tick(now);
    if (this.mode.phase === 'attract' && this.attractOverlay) {
      const caption = this.captions.current(now)?.text ?? null;
      this.attractOverlay.caption(caption);
      if (caption !== this.lastCaption) {
        this.lastCaption = caption;
        this.publishState();
      }
    }
  }

  private listen(): void {
    const stop = (event: Event): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener(
      'keydown',
      (event) => {
        if (this.staffKey(event)) return stop(event);
        // Nothing may take the page away from the booth: the browser's back and forward by keys.
        if ((event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) || event.key === 'BrowserBack' || event.key === 'BrowserForward') event.preventDefault();
        // A modifier alone (the first key of the staff's chord, a visitor leaning on Shift) keeps a game alive but starts none.
        if (MODIFIER_KEYS.has(event.key)) return void this.mode.input(this.now(), false);
        if (this.mode.input(this.now(), true)) stop(event);
      },
      { capture: true },
    );
    window.addEventListener(
      'pointerdown',
      (event) => {
        this.swallowClick = this.mode.input(this.now(), true);
        if (this.swallowClick) stop(event);
      },
      { capture: true },
    );
    // The click that started a game must not also press a button of the screen it left.
    window.addEventListener(
      'click',
      (event) => {
        if (!this.swallowClick) return;
        this.swallowClick = false;
        stop(event);
      },
      { capture: true },
    );
    for (const name of ['wheel', 'pointermove', 'touchstart'] as const) window.addEventListener(name, () => void this.mode.input(this.now(), false), { capture: true, passive: true });
    // No browser menu at a booth (save the page, open a link elsewhere).
    window.addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });
    window.addEventListener('auxclick', (event) => event.preventDefault(), { capture: true });
  }

  /** Ctrl+Shift+K twice within five seconds: the staff clear the board. */
  private staffKey(event: KeyboardEvent): boolean {
    if (!(event.ctrlKey && event.shiftKey && (event.code === 'KeyK' || event.key.toLowerCase() === 'k'))) return false;
    const now = this.now();
    if (now - this.clearAskedAt > CLEAR_CONFIRM_MS) {
      this.clearAskedAt = now;
      this.app.ui.toast('Staff: press Ctrl+Shift+K again within 5 seconds to clear the high-score board.', CLEAR_CONFIRM_MS);
      return true;
    }
    this.clearAskedAt = -Infinity;
    const failed = clearBoard(this.storage);
    this.board = [];
    this.app.ui.toast(failed ? `The board is cleared for now, but its record could not be removed (${failed}).` : 'The high-score board is cleared.');
    if (this.mode.phase === 'board') this.showScene(SCENES.kioskBoard);
    this.publishState();
    return true;
  }

  private publishState(): void {
    publish({ kiosk: { phase: this.mode.phase, countdown: this.mode.countdownSeconds, level: this.visitorLevel, caption: this.lastCaption, board: this.board.length } });
  }
}
