// What each seat's page shows and offers: the cards of its part of the view (and none of another's), the
// terminal commands it may type, and the team page's address read as a person might type it.

import { describe, expect, it } from 'vitest';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import { createState } from '../../src/sim/create-state';
import { seatCards } from '../../src/team/seat-lines';
import { seatHelp } from '../../src/team/seat-help';
import { seatView } from '../../src/team/seat-view';
import { SEATS } from '../../src/team/seats';
import { teamPageOptions } from '../../src/team-client/team-page-options';
import { terminalContextFor } from '../../src/terminal/terminal-context';
import { bundledLevel } from '../support/level-files';

const level = bundledLevel('apache-snafu');
const state = createState(level.sim, 1);
const view = playerView(level.sim, state, new KnownWorld());
const context = terminalContextFor(
  level.sim,
  state.hosts.map((host) => host.name),
);

describe("a seat's cards", () => {
  const parts = (seat: (typeof SEATS)[number]): string[] => seatCards(level.sim, level.meta.clockStart, seatView(seat, view, [])).map((card) => card.part);

  it('show ops the fleet, the pools and the switches, and not the chat, the site or the looks', () => {
    expect(parts('ops')).toEqual(expect.arrayContaining(['pager', 'fleet', 'pools', 'dashboards', 'switches', 'tasks']));
    expect(parts('ops')).not.toEqual(expect.arrayContaining(['site']));
    expect(parts('ops')).not.toContain('looks');
    expect(parts('ops')).not.toContain('team');
  });

  it('show comms the site and the status page, and not the fleet', () => {
    expect(parts('comms')).toEqual(['site', 'statusPage']);
  });

  it('show the commander the team, the pager, the status page and the review; the investigator the looks', () => {
    expect(parts('commander')).toEqual(expect.arrayContaining(['pager', 'team', 'tasks', 'statusPage', 'review']));
    expect(parts('commander')).not.toContain('fleet');
    expect(parts('investigator')).toEqual(expect.arrayContaining(['looks', 'review']));
    expect(parts('investigator')).not.toContain('fleet');
  });

  it('count every host of the fleet once, per tier, as Nagios shows it', () => {
    const fleet = seatCards(level.sim, level.meta.clockStart, seatView('ops', view, [])).find((card) => card.part === 'fleet')!;
    const counted = fleet.lines.map((line) => Number(/: (\d+) hosts?[,:]/.exec(line)?.[1] ?? 0)).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(state.hosts.length);
  });

  it('say no number the graphs cannot give while they are dark', () => {
    const dark = createState(level.sim, 1);
    dark.toolsUp.dashboards = false;
    dark.toolsUp['host-status'] = false;
    const blind = playerView(level.sim, dark, new KnownWorld());
    const cards = seatCards(level.sim, level.meta.clockStart, seatView('ops', blind, []));
    const text = cards.map((card) => card.lines.join(' ')).join(' ');
    expect(text).toMatch(/Graph-blind/);
    expect(text).toMatch(/serving unknown/);
    expect(text).not.toMatch(/\d+ of \d+ serving/);
    const comms = seatCards(level.sim, level.meta.clockStart, seatView('comms', blind, []));
    expect(comms.find((card) => card.part === 'site')!.lines[0]).toMatch(/unknown/);
  });
});

describe("a seat's commands", () => {
  const forms = (seat: (typeof SEATS)[number]): string =>
    seatHelp(seat, context)
      .map(([form]) => form)
      .join(' | ');

  it('give ops the fan-outs and the kill switches, and not the status page', () => {
    expect(forms('ops')).toMatch(/dsh/);
    expect(forms('ops')).toMatch(/flag/);
    expect(forms('ops')).not.toMatch(/^status|\| status/);
  });

  it('give comms the channel and the status page, and not dsh', () => {
    expect(forms('comms')).toMatch(/say/);
    expect(forms('comms')).toMatch(/status/);
    expect(forms('comms')).not.toMatch(/dsh/);
  });

  it('give the investigator curl and the cookbook, and the commander the team', () => {
    expect(forms('investigator')).toMatch(/curl/);
    expect(forms('investigator')).toMatch(/knife pin/);
    expect(forms('commander')).toMatch(/job|page/);
    expect(forms('commander')).not.toMatch(/curl/);
  });

  it('leave no seat without a command to type', () => {
    for (const seat of SEATS) expect(seatHelp(seat, context).length).toBeGreaterThan(0);
  });
});

describe("the team page's address", () => {
  it('reads a code as typed, and the seat', () => {
    expect(teamPageOptions('?team=abcd-efgh&seat=ops')).toEqual({ code: 'ABCDEFGH', seat: 'ops', problems: [] });
  });

  it('names what it cannot read and carries on', () => {
    const read = teamPageOptions('?team=<script>&seat=admin&level=1');
    expect(read.code).toBeNull();
    expect(read.seat).toBeNull();
    expect(read.problems).toHaveLength(3);
    expect(teamPageOptions(`?team=${'x'.repeat(5000)}`).problems[0]!.length).toBeLessThan(200);
    expect(read.problems[1]).toMatch(/not a seat: the seats are commander, ops, comms, investigator/);
  });
});
