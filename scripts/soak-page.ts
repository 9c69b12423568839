// The soak's eyes in the page: a script added before the game loads that watches every change of the
// game's test hook (`window.__snafu` is replaced on each publish, so a setter sees them all), records the
// kiosk's phases as spans for the booth-time count (soak-booth-time.ts), and answers "tell me when the
// kiosk shows this phase on this screen" at once, from inside the page. At 60 times the booth's pace a
// board lasts a quarter of a second: polling the hook from Node would miss phases and act late.
//
// It is source text, not a function: tsx compiles functions with helpers that do not exist in the page.
// The spans are taken out of the page at each sample, so the recorder itself does not grow the heap it
// measures.

import type { Page } from 'playwright-core';
import type { PhaseSpan } from './soak-booth-time';

export const PHASE_RECORDER = `(() => {
  const spans = [];
  let open = null;
  let run = null;
  let value;
  const waiters = [];
  const settle = () => {
    const hook = value;
    if (!hook || !hook.kiosk) return;
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i];
      if (hook.kiosk.phase === waiter.phase && hook.scene === waiter.scene && hook.ready) {
        waiters.splice(i, 1);
        waiter.resolve(true);
      }
    }
  };
  window.__soak = {
    /** Resolves with true once the hook shows the phase on the screen, or with false after timeoutMs. */
    when: (phase, scene, timeoutMs) => new Promise((resolve) => {
      const waiter = { phase, scene, resolve: (shown) => { clearTimeout(timer); resolve(shown); } };
      const timer = setTimeout(() => { waiters.splice(waiters.indexOf(waiter), 1); resolve(false); }, timeoutMs);
      waiters.push(waiter);
      settle();
    }),
    /** The spans that have ended, taken out of the page. */
    take: () => {
      const ended = spans.filter((span) => span.next !== null);
      spans.splice(0, ended.length);
      return ended;
    },
  };
  Object.defineProperty(window, '__snafu', {
    configurable: true,
    get: () => value,
    set: (next) => {
      const previous = value;
      value = next;
      const phase = next.kiosk ? next.kiosk.phase : null;
      if (phase !== null && (open === null || open.phase !== phase)) {
        if (open !== null) open.next = phase;
        // This publish still carries the screen being left: its summary is not the new phase's.
        open = { phase, runs: [], lastScreen: next.scene, next: null };
        spans.push(open);
        run = null;
      } else if (open !== null) {
        open.lastScreen = next.scene;
        if (next.scene === 'incident' && next.summary) {
          if (run === null || !previous || previous.scene !== 'incident' || next.summary.tick < run.tick) {
            run = { tick: 0, ended: false };
            open.runs.push(run);
          }
          run.tick = Math.max(run.tick, next.summary.tick);
          run.ended = run.ended || next.summary.outcome !== null;
        }
      }
      settle();
    },
  });
})()`;

/** Resolves once the kiosk shows `phase` on `scene` (ready), or with false after `timeoutMs`. */
export async function whenShown(page: Page, phase: PhaseSpan['phase'], scene: string, timeoutMs: number): Promise<boolean> {
  return page.evaluate<boolean>(`window.__soak.when(${JSON.stringify(phase)}, ${JSON.stringify(scene)}, ${timeoutMs})`);
}

/** The phases ended since the last call, taken out of the page. */
export async function takeSpans(page: Page): Promise<PhaseSpan[]> {
  return page.evaluate<PhaseSpan[]>('window.__soak.take()');
}
