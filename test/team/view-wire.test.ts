// A seat's view on the wire: packed by the room (the fleet as letters, the dashboards' series only past
// what the client has) and read back by the page into the very same view, at every moment of a run that
// goes graph-blind and back, and a fraction of the size.

import { Packr } from '@colyseus/msgpackr';
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/create-state';
import { ownerOf } from '../../src/team/seat-commands';
import { TeamRun } from '../../src/team/team-run';
import { sentUpToAfter, toWire, ViewReader } from '../../src/team/view-wire';
import type { Role } from '../../src/team/seats';
import { bundledLevel, bundledReplay } from '../support/level-files';

describe('a view on the wire', () => {
  it('reads back as the same view, all through a run that goes dark and comes back, at a fraction of the size', () => {
    const level = bundledLevel('apache-snafu');
    const run = new TeamRun(level, 1);
    // The historical run: the graphs go dark at 10:05 and come back once Apache is started again.
    const script = bundledReplay('historical').commands;
    const hosts = createState(level.sim, 1).hosts;
    const roles: Role[] = ['ops', 'facilitator', 'comms'];
    const readers = new Map(roles.map((role) => [role, new ViewReader(hosts)]));
    const sent = new Map(roles.map((role) => [role, -1]));
    const packr = new Packr();
    let next = 0;
    let dark = false;
    let back = false;
    let wireBytes = 0;
    let viewBytes = 0;
    while (!run.ended) {
      while (next < script.length && script[next]!.atTick <= run.tick) {
        run.give(ownerOf(script[next]!.command.type), script[next]!.command);
        next++;
      }
      run.step(1);
      if (run.tick % 7 !== 0) continue;
      for (const role of roles) {
        const view = run.viewFor(role, run.lastSeq);
        const wire = toWire(view, sent.get(role)!);
        sent.set(role, sentUpToAfter(wire, sent.get(role)!));
        expect(readers.get(role)!.read(wire)).toEqual(view);
        if (view.dashboards && !view.dashboards.visible) dark = true;
        if (dark && view.dashboards?.visible) back = true;
        if (role === 'ops') {
          wireBytes += packr.pack(wire).length;
          viewBytes += packr.pack(view).length;
        }
      }
    }
    // The run went graph-blind, and the series came back whole after it.
    expect(dark).toBe(true);
    expect(back).toBe(true);
    expect(wireBytes).toBeLessThan(viewBytes / 3);
  }, 60_000);

  it('starts again from nothing for a page that comes back (a reload), and keeps to the hour the graphs show', () => {
    const level = bundledLevel('apache-snafu');
    const run = new TeamRun(level, 3);
    run.step(4_000);
    const view = run.viewFor('ops', run.lastSeq);
    expect(view.dashboards!.samples.length).toBe(360);
    const reader = new ViewReader(createState(level.sim, 3).hosts);
    expect(reader.read(toWire(view, -1))).toEqual(view);
    run.step(200);
    const later = run.viewFor('ops', run.lastSeq);
    expect(reader.read(toWire(later, view.dashboards!.samples.at(-1)!.tick))).toEqual(later);
    expect(new ViewReader(createState(level.sim, 3).hosts).read(toWire(later, -1))).toEqual(later);
  });
});
