// Talk mode (`?talk=1`), for a demo from a stage: the story's historical run on the real incident screen,
// moved on by the presenter's keys (a clicker sends PageDown and PageUp) one beat at a time, paused on each
// with its words in large text. The run is the simulation itself, never a cut-scene: "next" plays it on
// until it reaches the next beat; "back" replays it quietly from the start to the beat before (the run is
// deterministic, so it lands on the very same screen). Nothing resets it by itself. main.ts builds it and
// hands it the one way to change screen; the incident scene hands it its stage while it is on.

import { SCENES, tellProblem, type App } from '../app';
import type { ShowScene } from '../kiosk/kiosk-controller';
import { beatWords } from '../kiosk/attract-captions';
import type { FixedStepDriver } from '../session/fixed-step-driver';
import type { SimEvent } from '../sim/events';
import { publish } from '../test-hook';
import { modalOpen } from '../ui/modal-focus';
import { TalkBeats } from './talk-beats';
import { TalkOverlay } from './talk-overlay';
import type { TalkRun } from './talk-run';

/** What the incident screen lends talk mode while the talk's run is on it. */
export interface TalkStage {
  /** The incident screen's element, for the talk's band. */
  root: HTMLElement;
  driver: FixedStepDriver;
  /** Plays the run on, quietly and at once, until the game clock reaches this tick. */
  catchUp(tick: number): void;
  /** The clock was paused or started here: the screen (and the test hook) say so at once. */
  refresh(): void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ', 'Enter', 'n', 'N']);
const BACK_KEYS = new Set(['ArrowLeft', 'PageUp']);
const PLAY_KEYS = new Set(['p', 'P']);
const START_KEYS = new Set(['Home']);

export class Talk {
  private run: TalkRun | null = null;
  private stage: TalkStage | null = null;
  private overlay: TalkOverlay | null = null;
  private beats = new TalkBeats();
  private running: 'beat' | 'free' | null = null;
  private ended = false;
  /** Where the next start of the run should land: a tick to replay to and how many beats are then shown. */
  private landing: { tick: number; shown: number } | null = null;

  constructor(
    private readonly app: App,
    private readonly showScene: ShowScene,
  ) {}

  /** Once the art is loaded (the boot scene): the story's run is read and shown, paused at its start. */
  async begin(): Promise<void> {
    const { loadTalkRun } = await import('./talk-run');
    const loaded = await loadTalkRun(this.app.catalog.levels, this.app.options.level, this.app.options.seed);
    if (!loaded.ok) {
      tellProblem(this.app, loaded.problem);
      return this.showScene(SCENES.title);
    }
    if (loaded.notice) tellProblem(this.app, loaded.notice);
    this.run = loaded.run;
    window.addEventListener('keydown', (event) => this.key(event), { capture: true });
    this.startRun(null);
  }

  /** The incident screen showing the talk's run is ready: the band goes up and the run waits for the presenter. */
  attach(stage: TalkStage): void {
    this.stage = stage;
    this.beats = new TalkBeats();
    this.running = null;
    this.ended = false;
    this.overlay = new TalkOverlay(stage.root);
    stage.driver.paused = true;
    const landing = this.landing;
    this.landing = null;
    if (landing) {
      stage.catchUp(landing.tick);
      this.beats.markShown(landing.shown);
    }
    this.show();
  }

  /** The incident screen has gone (the debrief, the title). */
  detach(): void {
    this.stage = null;
    this.overlay = null;
    this.running = null;
    this.publishState();
  }

  /** A tick's events on the talk's incident screen; `tick` is the game clock after them. */
  events(events: readonly SimEvent[], tick: number): void {
    const reached = this.beats.take(events, tick);
    if (events.some((event) => event.type === 'incident-resolved')) this.ended = true;
    if (reached && this.running === 'beat' && this.stage) {
      this.stage.driver.paused = true;
      this.running = null;
      this.beats.showNext();
      this.stage.refresh();
    }
    this.show();
  }

  private key(event: KeyboardEvent): void {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    // A menu open over the run (Esc), or a line being typed, keeps its keys: Enter there picks, not "next beat".
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (modalOpen() || target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return;
    const handled = this.stage ? this.onStage(event.key) : this.offStage(event.key);
    if (!handled) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /** The presenter's keys while the run is on screen. */
  private onStage(key: string): boolean {
    const stage = this.stage!;
    if (NEXT_KEYS.has(key)) {
      // A beat already reached (two in one tick) shows at once; otherwise the run plays on to the next one
      // (after the last, on to its end and the debrief).
      if (this.beats.showNext() === null) {
        this.running = 'beat';
        stage.driver.paused = false;
      }
    } else if (BACK_KEYS.has(key)) {
      const previous = this.beats.previous;
      this.startRun(previous ? { tick: previous.tick, shown: this.beats.number - 1 } : null);
      return true;
    } else if (PLAY_KEYS.has(key)) {
      this.running = this.running === 'free' ? null : 'free';
      stage.driver.paused = this.running === null;
    } else if (START_KEYS.has(key)) {
      this.startRun(null);
      return true;
    } else {
      return false;
    }
    stage.refresh();
    this.show();
    return true;
  }

  /** Off the incident screen (the debrief, the title), only "from the start" belongs to the talk. */
  private offStage(key: string): boolean {
    if (!START_KEYS.has(key) || !this.run) return false;
    this.startRun(null);
    return true;
  }

  private startRun(landing: { tick: number; shown: number } | null): void {
    const run = this.run;
    if (!run) return;
    this.landing = landing;
    this.showScene(SCENES.incident, { levelId: run.levelId, watch: { seed: run.seed, commands: run.commands, who: null }, talk: true });
  }

  private show(): void {
    const current = this.beats.current;
    this.overlay?.show({ number: this.beats.number, words: current ? beatWords(current.beat) : null, running: this.running, ended: this.ended && !this.beats.waiting });
    this.publishState();
  }

  private publishState(): void {
    const current = this.beats.current;
    publish({ talk: { beat: current?.beat ?? null, number: this.beats.number, beatTick: current?.tick ?? null, running: this.running } });
  }
}
