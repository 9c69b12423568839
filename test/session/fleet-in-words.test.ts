// The fleet in words, for a screen reader, on the real level with nobody intervening: one line per tier
// in the legend's words, whose counts add up to the tier; the pools from the graphs; and, once the Nagios
// UI is down, a note that says so, every host unknown except the ones the player looked at, and the
// pools' serving figures unknown until the player reads the load balancer, with its time.

import { describe, expect, it } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { fleetInWords, fleetLines } from '../../src/session/fleet-in-words';
import { clockOf } from '../../src/session/game-clock';
import { KnownWorld } from '../../src/session/known-world';
import { playerView, type PlayerView } from '../../src/session/player-view';
import { bundledLevel } from '../support/level-files';

const level = bundledLevel();
const clock = (tick: number): string => clockOf(level.meta.clockStart, tick);

function viewAt(untilTick: number, commands: TimedCommand[] = []): PlayerView {
  const known = new KnownWorld();
  const { state } = playRun(level.sim, 1, commands, {
    untilTick,
    onTick: (tickState, events) => {
      known.learn(events);
      known.sample(tickState);
    },
  });
  return playerView(level.sim, state, known);
}

/** When the Nagios UI and the graphs go dark, nobody intervening. */
const unaided = playRun(level.sim, 1, [], { untilTick: 3600 }).events;
const wentDown = (service: string): number => unaided.find((event) => event.type === 'tool-went-down' && event.service === service)!.tick;
const nagiosDownAt = wentDown('host-status');
const graphsDarkAt = wentDown('dashboards');

const numbersIn = (line: string): number[] => [...line.matchAll(/(\d+) [A-Za-z]/g)].map((match) => Number(match[1]));

describe('the fleet in words', () => {
  it('at the start of the shift every tier is whole and every pool serving, from the graphs', () => {
    const words = fleetInWords(level.sim, viewAt(2), clock);
    expect(words.blindNote).toBeNull();
    expect(words.tiers).toHaveLength(level.sim.tiers.length);
    expect(words.tiers).toContain('Web servers (php7): 7 hosts, all serving.');
    expect(words.tiers).toContain('API servers: 60 hosts, all serving.');
    expect(words.pools[0]).toMatch(/^Web pool: 120 of 120 serving, 0\.0 % errors, healthy, from the graphs\.$/);
  });

  it('as Apache breaks, each tier line counts the Nagios states and they add up to the tier', () => {
    const view = viewAt(400);
    expect(view.fleet.blind).toBe(false);
    const words = fleetInWords(level.sim, view, clock);
    const web = words.tiers[0]!;
    expect(web).toMatch(/^Web servers: 113 hosts: \d+ Apache down/);
    const [total, ...counts] = numbersIn(web);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    const down = view.fleet.hosts.filter((host) => host.tierIndex === 0 && host.state === 'failed').length;
    expect(web).toContain(`${down} Apache down`);
  });

  it('names a tier whose hosts all share one state in a few words', () => {
    expect(fleetInWords(level.sim, viewAt(2), clock).tiers.filter((line) => line.endsWith(', all serving.')).length).toBeGreaterThan(3);
  });

  it('graph-blind, it says so and knows only the hosts the player looked at, with the pools unknown', () => {
    const blindAt = nagiosDownAt + 5;
    const view = viewAt(blindAt, [
      { atTick: blindAt - 20, command: { type: 'check-host', host: 'web-017', method: 'ssh' } },
      { atTick: blindAt - 21, command: { type: 'check-host', host: 'web-php7-01', method: 'curl' } },
    ]);
    expect(view.fleet.blind).toBe(true);
    const words = fleetInWords(level.sim, view, clock);
    expect(words.blindNote).toMatch(/^Graph-blind: the Nagios UI is down\./);
    expect(words.tiers[0]).toBe('Web servers: 113 hosts: 1 Apache down, 112 unknown.');
    expect(words.tiers).toContain('Web servers (php7): 7 hosts: 1 serving, 6 unknown.');
    expect(words.pools[0]).toBe('Web pool: 120 hosts, serving unknown: the graphs are dark (5 reads the load balancer).');
    expect(fleetLines(words)[0]).toBe(words.blindNote);
  });

  it("graph-blind, the pools come from the player's own read of the load balancer, with its time", () => {
    const blindAt = Math.max(nagiosDownAt, graphsDarkAt) + 5;
    const view = viewAt(blindAt, [{ atTick: blindAt - 60, command: { type: 'read-lb-stats' } }]);
    const line = fleetInWords(level.sim, view, clock).pools[0]!;
    const lb = view.looks.lb!;
    expect(line).toBe(`Web pool: serving unknown, the graphs are dark. Your load-balancer read at ${clock(lb.atTick)}: ${lb.web.inPool} of ${lb.web.hosts} in the pool.`);
  });
});
