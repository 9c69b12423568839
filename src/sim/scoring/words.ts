// The small words of reason lines: game time as "4 min 20 s in" (since the level opened; the level's
// clock face is the debrief's to draw), "2 min 10 s" for how long something took, counts and capitals.

import { secondsAt } from '../ticks';

/** "4 min 20 s in": when something happened, counted from the level's start. */
export function at(tick: number): string {
  return `${lasting(secondsAt(tick))} in`;
}

export function lasting(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "1 host", "3 hosts". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Miso", "Miso and Biscuit", "Miso, Biscuit and Noodle". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
