// The incident's summary for the read-only test hook (window.__snafu): a few plain figures the browser
// tests and the benchmark wait on, so they never reach into the simulation itself. It tells the truth
// (the tests wait on what really happens), so it is instrumentation beside test-hook, not a panel: the
// player never sees it, and it stays out of ui/, whose panels read only the player's view.

import type { Level } from './levels/level';
import type { LiveSession } from './session/live-session';
import { summariseTiers } from './sim/fleet-summary';
import type { HookSummary } from './test-hook';
import { clockText } from './ui/top-bar';

export function hookSummary(level: Level, session: LiveSession, lastNotice: string): HookSummary {
  const state = session.state;
  const tiers = Object.values(summariseTiers(level.sim, state));
  return {
    tick: state.tick,
    clock: clockText(level, state.tick),
    paused: session.driver.paused,
    speed: session.driver.speed,
    siteStatus: state.pools.web.status,
    webServing: state.pools.web.serving,
    apacheDown: tiers.reduce((sum, tier) => sum + tier.apacheFailed, 0),
    chefStopped: tiers.reduce((sum, tier) => sum + tier.chefStopped, 0),
    pagesOpen: state.pages.filter((page) => page.ackedAtTick === null).length,
    toolsUp: { ...state.toolsUp },
    lastNotice,
    outcome: state.incident.outcome?.result ?? null,
    resolved: state.incident.resolvedAtTick !== null,
    team: Object.fromEntries(level.sim.responders.map((responder, index) => [responder.name, state.responders[index]!.status])),
  };
}
