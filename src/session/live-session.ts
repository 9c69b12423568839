// The game being played: a level's world, the driver that moves it with real time, the commands the
// player gives (validated, queued for the next tick, and recorded with their tick for the replay and the
// debrief), and the events the screens listen to. Scenes read `state` and call `submit`; nothing else.
// Given a script (a recorded run), the session plays those commands at their ticks instead: the same
// level, seed and commands make the same run, so "watch it again" shows exactly what happened.

import type { Level } from '../levels/level';
import type { TimedCommand } from '../replay/play-run';
import { sampleTimeline, TICKS_PER_SAMPLE, type TimelineSample } from '../replay/timeline';
import type { Command } from '../sim/commands';
import { createState } from '../sim/create-state';
import type { SimEvent } from '../sim/events';
import type { SimState } from '../sim/state';
import { step } from '../sim/step';
import { FixedStepDriver } from './fixed-step-driver';

export type EventListener = (events: readonly SimEvent[], state: Readonly<SimState>) => void;

export class LiveSession {
  readonly state: SimState;
  readonly driver: FixedStepDriver;
  readonly recorded: TimedCommand[] = [];
  /** Every event of the run, for the end-of-shift timeline and the debrief. */
  readonly events: SimEvent[] = [];
  /** The run seen once a game minute (and at its end), for the debrief's chart. */
  readonly samples: TimelineSample[] = [];
  private queued: Command[] = [];
  private readonly listeners: EventListener[] = [];
  private readonly scriptListeners: ((commands: readonly Command[]) => void)[] = [];
  private scriptIndex = 0;

  constructor(
    readonly level: Level,
    readonly seed: number,
    /** A recorded run to play back, in tick order; null when a player is at the keys. */
    readonly script: readonly TimedCommand[] | null = null,
  ) {
    this.state = createState(level.sim, seed);
    this.driver = new FixedStepDriver({ gameSecondsPerRealSecond: level.meta.gameSecondsPerRealSecond, maxTicksPerFrame: 40, maxFrameMs: 250 });
  }

  /** A command for the next tick. */
  submit(command: Command): void {
    this.queued.push(command);
  }

  onEvents(listener: EventListener): void {
    this.listeners.push(listener);
  }

  /** While a recorded run plays: the commands it gives, as it gives them (watch mode shows them). */
  onScriptedCommands(listener: (commands: readonly Command[]) => void): void {
    this.scriptListeners.push(listener);
  }

  /** Moves the world on by as many ticks as `frameMs` of real time is worth. */
  frame(frameMs: number): void {
    const ticks = this.driver.ticksFor(frameMs);
    // A tick's listener may pause the clock (talk mode stops on a beat): the frame's remaining ticks wait.
    for (let i = 0; i < ticks && !this.state.incident.outcome && !this.driver.paused; i++) this.tick();
  }

  /** One tick, whatever the clock says: for stepping by hand when paused, and for tests. */
  tick(): void {
    const commands = this.queued;
    this.queued = [];
    const scripted: Command[] = [];
    while (this.script && this.scriptIndex < this.script.length && this.script[this.scriptIndex]!.atTick <= this.state.tick) {
      scripted.push(this.script[this.scriptIndex++]!.command);
    }
    commands.push(...scripted);
    if (scripted.length > 0) for (const listener of this.scriptListeners) listener(scripted);
    for (const command of commands) this.recorded.push({ atTick: this.state.tick, command });
    const events = step(this.level.sim, this.state, commands);
    if (this.state.tick % TICKS_PER_SAMPLE === 0 || this.state.incident.outcome) this.samples.push(sampleTimeline(this.level.sim, this.state));
    if (events.length === 0) return;
    for (const event of events) this.events.push(event);
    for (const listener of this.listeners) listener(events, this.state);
  }
}
