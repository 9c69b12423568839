// How a shift ends, as the top bar shows it. The player ends it by handing over, once the site is whole;
// it also ends by itself at the level's time limit, and, where a level sets a grace (a kiosk that must
// free itself), that long after resolution. Nothing ends without warning: the last five game minutes
// before an automatic end are counted down, and a resolved incident invites the hand-over.

import type { ResolutionConfig } from '../sim/config';
import type { SimState } from '../sim/state';
import { secondsAt, ticksFor } from '../sim/ticks';

/** How long before an automatic end the countdown shows, in game seconds. */
export const COUNTDOWN_SECONDS = 5 * 60;

/** The countdown turns urgent in its last minute. */
export const URGENT_SECONDS = 60;

type ShiftState = Pick<SimState, 'tick' | 'incident'>;

export interface ShiftEndNotice {
  /** "Shift ends in 4:59" (game time), in the last five minutes before an automatic end; else null. */
  countdown: string | null;
  /** Game seconds until the automatic end, as things stand now. */
  secondsLeft: number;
  /** The incident is resolved (the site whole and healthy a while): time to switch back, then hand over. */
  handOver: boolean;
}

/** The tick the shift ends at by itself as things stand: the time limit, or the grace end when sooner. */
export function automaticEndTick(resolution: ResolutionConfig, incident: SimState['incident']): number {
  const limit = ticksFor(resolution.timeLimitSeconds);
  if (incident.resolvedAtTick === null || resolution.graceSeconds === null) return limit;
  return Math.min(limit, incident.resolvedAtTick + ticksFor(resolution.graceSeconds));
}

export function shiftEndNotice(resolution: ResolutionConfig, state: ShiftState): ShiftEndNotice {
  const over = state.incident.outcome !== null;
  const secondsLeft = Math.max(0, secondsAt(automaticEndTick(resolution, state.incident) - state.tick));
  const counting = !over && secondsLeft > 0 && secondsLeft <= COUNTDOWN_SECONDS;
  return {
    countdown: counting ? `Shift ends in ${minutesAndSeconds(secondsLeft)}` : null,
    secondsLeft,
    handOver: !over && state.incident.resolvedAtTick !== null,
  };
}

/** 299 → "4:59": a clock's way of counting down. */
function minutesAndSeconds(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
