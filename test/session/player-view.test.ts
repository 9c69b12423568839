// The player's view on the real level: nobody intervenes, the tool hosts lose Apache (the graphs at about
// minute ten, the Nagios UI soon after), and from then on the view carries nothing true about the site or
// the fleet but what the player's own looks brought back, each with its tick.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { KnownWorld } from '../../src/session/known-world';
import { playerView, type PlayerView } from '../../src/session/player-view';
import type { SimEvent } from '../../src/sim/events';
import type { PoolState, SimState } from '../../src/sim/state';
import { bundledLevel } from '../support/level-files';

const level = bundledLevel();

interface Played {
  view: PlayerView;
  state: SimState;
  events: SimEvent[];
  known: KnownWorld;
  /** The true web pool at each tick, for "as seen then". */
  webAt: Map<number, PoolState>;
}

/** Plays the level with these commands until `untilTick`, the player's memory learning as the scene's does. */
function play(untilTick: number, commands: TimedCommand[] = []): Played {
  const known = new KnownWorld();
  const webAt = new Map<number, PoolState>();
  const { state, events } = playRun(level.sim, 1, commands, {
    untilTick,
    onTick: (tickState, tickEvents) => {
      known.learn(tickEvents);
      known.sample(tickState);
      webAt.set(tickState.tick, structuredClone(tickState.pools.web));
    },
  });
  return { view: playerView(level.sim, state, known), state, events, known, webAt };
}

const wentDown = (events: readonly SimEvent[], service: string): number => {
  const event = events.find((candidate) => candidate.type === 'tool-went-down' && candidate.service === service);
  if (!event) throw new Error(`${service} never went down`);
  return event.tick;
};

/** Every number held under one of these keys, anywhere in the view's JSON. */
function numbersUnder(json: string, keys: readonly string[]): number[] {
  const found: number[] = [];
  JSON.parse(json, (key, value: unknown) => {
    if (keys.includes(key) && typeof value === 'number') found.push(value);
    return value;
  });
  return found;
}

const SERVING_KEYS = ['serving', 'inPool', 'webServing'];

// Where the monitoring goes dark when nobody intervenes, found once by playing long enough.
const dark = play(20 * 60);
const dashboardsDownAt = wentDown(dark.events, 'dashboards');
const nagiosDownAt = wentDown(dark.events, 'host-status');
const blindAt = Math.max(dashboardsDownAt, nagiosDownAt) + 90;

describe('the player’s view', () => {
  it('goes dark on the real level at about minute ten, when the tool hosts lose Apache', () => {
    expect(dashboardsDownAt).toBeGreaterThan(6 * 60);
    expect(nagiosDownAt).toBeLessThan(13 * 60);
  });

  it('carries the true site while the dashboards answer (so the blind test below means something)', () => {
    const { view, state } = play(dashboardsDownAt - 30);
    const json = JSON.stringify(view);
    expect(json).toContain(String(state.pools.web.errorRate));
    expect(json).toContain(String(state.pools.web.p50LatencyMs));
    expect(view.pools.web.serving).toBe(state.pools.web.serving);
    expect(view.site.status).toBe(state.pools.web.status);
  });

  it('blind, carries no true value of the site or the fleet: each is unknown, null or absent', () => {
    const { view, state } = play(blindAt);
    const truth = state.pools.web;
    // The moment was picked so the truth differs from everything seen before the dark.
    expect(truth.serving).toBeLessThan(Math.min(...view.dashboards.samples.map((sample) => sample.webServing)));
    const json = JSON.stringify(view);
    expect(json).not.toContain(String(truth.errorRate));
    expect(json).not.toContain(String(truth.p50LatencyMs));
    expect(json).not.toContain(String(Math.round(truth.p50LatencyMs)));
    expect(numbersUnder(json, SERVING_KEYS)).not.toContain(truth.serving);
    expect(numbersUnder(json, SERVING_KEYS)).not.toContain(state.pools.api.serving);
    expect(view.site).toEqual({ status: 'unknown', p50LatencyMs: null, errorRate: null, lastVisit: null });
    expect(view.pools.web).toEqual({ hosts: truth.hosts, serving: null, errorRate: null, status: 'unknown' });
    expect(view.fleet.blind).toBe(true);
    expect(new Set(view.fleet.hosts.map((host) => host.state))).toEqual(new Set(['unknown', 'no-apache']));
  });

  it('blind, keeps no hand-over invitation the player could not see is true', () => {
    const { view } = play(blindAt);
    expect(view.shift.handOver).toBe(false);
    expect(view.shift.siteWhole).toBeNull();
  });

  it('freezes the dashboards’ series at the moment they went down, while carbon goes on collecting', () => {
    const { view, known } = play(blindAt);
    expect(view.dashboards.visible).toBe(false);
    expect(view.dashboards.darkSinceTick).toBe(dashboardsDownAt);
    const last = view.dashboards.samples.at(-1)!;
    expect(last.tick).toBeLessThan(dashboardsDownAt);
    expect(last.tick).toBeGreaterThanOrEqual(dashboardsDownAt - 10);
    expect(known.history.samples.at(-1)!.tick).toBeGreaterThan(dashboardsDownAt + 60);
  });

  it('shows each look the player took, with its tick and its value as seen then, not as it is now', () => {
    const lookAt = nagiosDownAt + 30;
    const commands: TimedCommand[] = [
      { atTick: lookAt, command: { type: 'check-host', host: 'web-001', method: 'ssh' } },
      { atTick: lookAt, command: { type: 'view-site' } },
      { atTick: lookAt, command: { type: 'read-lb-stats' } },
    ];
    const later = lookAt + 240;
    const { view, events, webAt, state } = play(later, commands);
    const checked = events.find((event) => event.type === 'host-checked' && event.host === 'web-001');
    const visited = events.find((event) => event.type === 'site-viewed');
    const read = events.find((event) => event.type === 'lb-stats-read');
    if (checked?.type !== 'host-checked' || visited?.type !== 'site-viewed' || read?.type !== 'lb-stats-read') throw new Error('a look never came back');

    const host = view.fleet.hosts.find((candidate) => candidate.name === 'web-001')!;
    expect(host).toMatchObject({ source: 'ssh', atTick: checked.tick, state: checked.apacheAnswers ? 'serving' : 'failed' });
    expect(view.looks.hosts['web-001']).toEqual({ apacheAnswers: checked.apacheAnswers, method: 'ssh', atTick: checked.tick });

    const webThen = webAt.get(visited.tick)!;
    expect(view.site.lastVisit).toEqual({ loaded: visited.loaded, latencyMs: Math.round(webThen.p50LatencyMs), atTick: visited.tick });
    const webRead = webAt.get(read.tick)!;
    expect(view.looks.lb).toEqual({ web: { inPool: webRead.inPool, hosts: webRead.hosts }, api: { inPool: read.pools.api.inPool, hosts: read.pools.api.hosts }, atTick: read.tick });
    // Four minutes on, the site has moved: the view still says what the looks saw, and no more.
    expect(state.pools.web.inPool).not.toBe(view.looks.lb!.web.inPool);
    expect(view.site.status).toBe('unknown');
    expect(view.fleet.hosts.filter((candidate) => candidate.source !== 'none' && candidate.state !== 'no-apache').map((candidate) => candidate.name)).toEqual(['web-001']);
  });
});
