// The kiosk's idle timer: a minute of quiet, then a ten-second countdown, then expired; any input starts it again.

import { describe, expect, it } from 'vitest';
import { IdleWatch, KIOSK_IDLE } from '../../src/kiosk/idle-watch';

describe('the idle watch', () => {
  it('is active for 60 s after the last input, counts down 10 s, then expires', () => {
    const watch = new IdleWatch(KIOSK_IDLE, 1000);
    expect(watch.state(1000)).toEqual({ kind: 'active' });
    expect(watch.state(60_999)).toEqual({ kind: 'active' });
    expect(watch.state(61_000)).toEqual({ kind: 'countdown', secondsLeft: 10 });
    expect(watch.state(61_001)).toEqual({ kind: 'countdown', secondsLeft: 10 });
    expect(watch.state(70_001)).toEqual({ kind: 'countdown', secondsLeft: 1 });
    expect(watch.state(71_000)).toEqual({ kind: 'expired' });
    expect(watch.state(500_000)).toEqual({ kind: 'expired' });
  });

  it('starts the minute again at each input, and an input out of order never winds it back', () => {
    const watch = new IdleWatch({ idleMs: 5000, countdownMs: 2000 }, 0);
    watch.input(4000);
    expect(watch.state(8999)).toEqual({ kind: 'active' });
    watch.input(3000);
    expect(watch.state(9000)).toEqual({ kind: 'countdown', secondsLeft: 2 });
    watch.input(9500);
    expect(watch.state(9500)).toEqual({ kind: 'active' });
  });
});
