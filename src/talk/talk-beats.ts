// Talk mode's beats: where the presenter's run has got to in the story. The run plays until it reaches a
// beat it has not reached before (the same beats as the booth's captions, spotted from the events the
// incident screen shows), and pauses there; the next press shows the next beat, at once if the same tick
// reached two. Each beat remembers the tick that reached it, so "back one beat" can replay the run to it.
// Pure: fed events and ticks, so the rules are tested in Node.

import { BeatSpotter, type BeatId } from '../kiosk/attract-captions';
import type { SimEvent } from '../sim/events';

export interface ReachedBeat {
  beat: BeatId;
  /** The tick whose events reached it. */
  tick: number;
}

export class TalkBeats {
  private readonly spotter = new BeatSpotter();
  /** Every beat reached so far, in order; the first `shownCount` of them have been shown. */
  private readonly reached: ReachedBeat[] = [];
  private shownCount = 0;

  /** A tick's events. Returns whether they reached a beat that is now waiting to be shown. */
  take(events: readonly SimEvent[], tick: number): boolean {
    for (const beat of this.spotter.take(events)) this.reached.push({ beat, tick });
    return this.waiting;
  }

  /** A beat has been reached but not shown yet: the run should stop and the presenter's press shows it. */
  get waiting(): boolean {
    return this.reached.length > this.shownCount;
  }

  /** Shows the next reached beat; null when the run must go on to find it. */
  showNext(): ReachedBeat | null {
    if (!this.waiting) return null;
    this.shownCount++;
    return this.current;
  }

  /** The beat on screen, or null before the first. */
  get current(): ReachedBeat | null {
    return this.shownCount === 0 ? null : this.reached[this.shownCount - 1]!;
  }

  /** How many beats have been shown (the current beat's number, from 1). */
  get number(): number {
    return this.shownCount;
  }

  /** Where "back one beat" goes: the beat before the current one, or null at the first beat or before it. */
  get previous(): ReachedBeat | null {
    return this.shownCount >= 2 ? this.reached[this.shownCount - 2]! : null;
  }

  /** After replaying the run to a tick: the beats reached by then are shown, up to `count` of them. */
  markShown(count: number): void {
    this.shownCount = Math.min(count, this.reached.length);
  }
}
