// Each seat sees its part of the player's view and no other seat's, the monitoring's blindness holds for
// all of them, and a view is plain data a socket can carry. Played on the Apache SNAFU's skilled run, each
// command given from its seat, through the same run a room plays.

import { describe, expect, it } from 'vitest';
import { ownerOf } from '../../src/team/seat-commands';
import { COMMON_PARTS, SEAT_PARTS, type SeatView } from '../../src/team/seat-view';
import { FACILITATOR, SEATS, type Seat } from '../../src/team/seats';
import { TeamRun } from '../../src/team/team-run';
import { bundledLevel, bundledReplay } from '../support/level-files';

/** The skilled run played through a team run up to `untilTick`, each command from its seat. */
function playedTo(untilTick: number): TeamRun {
  const run = new TeamRun(bundledLevel('apache-snafu'), 1);
  for (const { atTick, command } of bundledReplay('skilled').commands) {
    if (atTick > untilTick) break;
    run.step(atTick - run.tick);
    expect(run.give(ownerOf(command.type), command)).toEqual({ ok: true, atTick });
  }
  run.step(untilTick - run.tick);
  return run;
}

const ALWAYS = new Set<string>([...COMMON_PARTS, 'role', 'heard']);

describe('a seat’s view', () => {
  const run = playedTo(400);
  const views = Object.fromEntries(SEATS.map((seat) => [seat, run.viewFor(seat, 0)])) as Record<Seat, SeatView>;

  it.each(SEATS)('of %s holds its own parts and nothing of another seat', (seat) => {
    const view = views[seat];
    const own = new Set<string>(SEAT_PARTS[seat]);
    for (const key of Object.keys(view)) expect(ALWAYS.has(key) || own.has(key), `${seat} sees ${key}`).toBe(true);
    for (const other of SEATS) for (const part of SEAT_PARTS[other]) if (!own.has(part)) expect(view, `${seat} sees ${other}'s ${part}`).not.toHaveProperty(part);
    for (const part of own) expect(view, `${seat} misses its ${part}`).toHaveProperty(part);
  });

  it.each(SEATS)('of %s hears only the events meant for it', (seat) => {
    const types = new Set<string>(views[seat].heard.map((heard) => heard.event.type));
    expect(types.size).toBeGreaterThan(0);
    if (seat !== 'comms') expect(types.has('message-posted')).toBe(false);
    if (seat !== 'investigator') expect(types.has('host-checked')).toBe(false);
    for (const truth of ['apache-upgraded', 'chef-run-finished', 'pool-status-changed', 'incident-resolved']) expect(types.has(truth), truth).toBe(false);
  });

  it('is plain JSON', () => {
    for (const seat of [...SEATS, FACILITATOR] as const) {
      const view = run.viewFor(seat, 0);
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    }
  });

  it('keeps the graphs dark for every seat while they are dark, and the investigator’s looks the investigator’s', () => {
    // Nobody stops Chef: the graphs go dark with the web tier, and then the investigator looks at one host.
    const dark = new TeamRun(bundledLevel('apache-snafu'), 1);
    while (!dark.viewFor('facilitator', 0).fleet!.blind) dark.step(10);
    expect(dark.give('investigator', { type: 'check-host', host: 'web-001', method: 'ssh' })).toMatchObject({ ok: true });
    dark.step(60);
    const facilitator = dark.viewFor('facilitator', 0);
    expect(facilitator.fleet!.blind).toBe(true);
    expect(facilitator.fleet!.hosts.find((host) => host.name === 'web-001')!.source).toBe('ssh');
    const ops = dark.viewFor('ops', 0);
    expect(ops.pools!.web.serving).toBeNull();
    expect(ops.dashboards!.visible).toBe(false);
    expect(ops.fleet!.hosts.find((host) => host.name === 'web-001')).toMatchObject({ state: 'unknown', source: 'none' });
    expect(dark.viewFor('investigator', 0).looks!.hosts['web-001']).toMatchObject({ method: 'ssh' });
    expect(dark.viewFor('comms', 0).site!.status).toBe('unknown');
  });

  it('hears each event once: a later view carries only what came after the last one', () => {
    const later = playedTo(400);
    const first = later.viewFor('commander', 0);
    const last = first.heard.at(-1)!.seq;
    expect(later.viewFor('commander', last).heard).toEqual([]);
    later.step(120);
    expect(later.viewFor('commander', last).heard.every((heard) => heard.seq > last)).toBe(true);
  });
});
