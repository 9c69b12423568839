// The debrief's headline is true of its run: "your fix brought it back" only when the player's own
// decisions started Apache again, "on its own" when Chef's second runs healed the fleet, and a shift
// that ran out says whether the site was healthy, served, or still hurting at that moment.

import { describe, expect, it, vi } from 'vitest';
import { playRun, type TimedCommand } from '../../src/replay/play-run';
import { headlineOf } from '../../src/session/headline';
import type { RunEnding } from '../../src/session/run-ending';
import type { Command } from '../../src/sim/commands';
import { debriefOfRun, referenceCommands, referenceRun } from '../support/debrief-of';
import { bundledLevel } from '../support/level-files';

// Each test plays whole shifts (a second or two each, more on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

const at = (atTick: number, command: Command): TimedCommand => ({ atTick, command });
const FLEET = ['@web', '@api', '@tools', '-@php7'];
/** chef-client stopped once the upgrade has broken most of the fleet: nothing heals by itself after this. */
const STOP_LATE = at(400, { type: 'stop-chef', hosts: FLEET, concurrency: 30 });
/** A second Chef run by hand on every stopped host: what starts Apache again. */
const runChef = (tick: number): TimedCommand => at(tick, { type: 'run-chef', hosts: FLEET, concurrency: 30 });

/** What a run that ran out of time adds, where the incident was resolved but never handed over. */
const ranOut = (ending: RunEnding): string => (ending.reason === 'time-limit' ? '; the shift ran out before you handed over.' : '.');

describe('the headline of a recovered run', () => {
  it('does not credit the player when Chef’s own second runs healed the fleet', () => {
    const { debrief } = referenceRun('nothing');
    expect(debrief.ending).toMatchObject({ result: 'recovered', siteWhole: true, restarts: { you: 0 } });
    expect(debrief.ending.restarts.chef).toBeGreaterThan(100);
    expect(debrief.headline).toBe(`The site came back on its own: Chef's second runs healed the fleet, not a fix of yours${ranOut(debrief.ending)}`);
  });

  it('credits the player whose fan-out started Apache again, as the real team’s did', () => {
    const { debrief } = referenceRun('historical');
    expect(debrief.ending.restarts.you).toBeGreaterThan(100);
    expect(debrief.headline).toBe(`The site is back, and your fix brought it back${ranOut(debrief.ending)}`);
  });

  it('says so plainly when the player handed over after their fix', () => {
    const level = bundledLevel();
    const commands = referenceCommands('skilled');
    const resolvedAt = playRun(level.sim, 1, commands, { untilTick: 3600 }).events.find((event) => event.type === 'incident-resolved')!.tick;
    const { debrief } = debriefOfRun([...commands, at(resolvedAt + 5, { type: 'end-incident' })]);
    expect(debrief.outcome).toMatchObject({ result: 'recovered', reason: 'player-ended' });
    expect(debrief.headline).toBe('The site is back, and your fix brought it back.');
  });

  it('says the shift ran out when the site was back but nobody handed over', () => {
    // Resolved three minutes after the fix, a few minutes before the hour is up.
    const { debrief } = debriefOfRun([STOP_LATE, runChef(2600), runChef(2800)]);
    expect(debrief.outcome).toMatchObject({ result: 'recovered', reason: 'time-limit' });
    expect(debrief.headline).toBe('The site is back, and your fix brought it back; the shift ran out before you handed over.');
  });
});

describe('the headline of a shift that ran out unresolved', () => {
  it('says the site was healthy when it was, though not for long enough to resolve', () => {
    const { debrief } = debriefOfRun([STOP_LATE, runChef(2800), runChef(3000)]);
    expect(debrief.ending).toMatchObject({ result: 'unresolved', reason: 'time-limit', siteWhole: true });
    expect(debrief.headline).toBe('The shift ended with the site healthy again after your fix, but not for long enough to call the incident resolved.');
  });

  it('says customers were served when they were, and how many hosts were still broken', () => {
    // One Chef run by hand: enough healthy hosts for customers, but the rest only took the upgrade.
    const { debrief } = debriefOfRun([STOP_LATE, runChef(2400)]);
    expect(debrief.ending).toMatchObject({ result: 'unresolved', siteWhole: false, customersServed: true });
    expect(debrief.ending.hostsStillBroken).toBeGreaterThan(1);
    expect(debrief.headline).toBe(`The shift ended with customers served again, but Apache still down on ${debrief.ending.hostsStillBroken} web and api hosts.`);
  });

  it('says customers were still hurting when they were', () => {
    const { debrief } = debriefOfRun([STOP_LATE]);
    expect(debrief.ending).toMatchObject({ result: 'unresolved', customersServed: false, siteDown: false });
    expect(debrief.headline).toBe('The shift ended with customers still hurting.');
  });
});

describe('the headline as a function of the facts', () => {
  const ending = (facts: Partial<RunEnding>, restarts: Partial<RunEnding['restarts']> = {}): RunEnding => ({
    result: 'recovered',
    reason: 'player-ended',
    endedAtTick: 1800,
    siteWhole: true,
    customersServed: true,
    siteDown: false,
    hostsStillBroken: 0,
    averted: null,
    ...facts,
    restarts: { you: 0, chef: 0, alone: 0, aloneNames: [], others: 0, ...restarts },
  });

  it('names the cats who brought the site back without a job from the player', () => {
    expect(headlineOf(ending({}, { alone: 12, aloneNames: ['Miso', 'Pixel'] }))).toBe('The site is back, brought back by Miso and Pixel, acting without a job from you.');
    expect(headlineOf(ending({}, { chef: 40, alone: 3, aloneNames: ['Miso'] }))).toBe(
      "The site came back on its own: Chef's second runs healed the fleet (Miso helped, without a job from you), not a fix of yours.",
    );
  });

  it('tells a site that was down from one that was slow, and one host from many', () => {
    const unresolved = { result: 'unresolved', reason: 'time-limit', siteWhole: false } as const;
    expect(headlineOf(ending({ ...unresolved, customersServed: false, siteDown: true }))).toBe('The shift ended with the site down and customers still hurting.');
    expect(headlineOf(ending({ ...unresolved, hostsStillBroken: 1 }))).toBe('The shift ended with customers served again, but Apache still down on one web or api host.');
    expect(headlineOf(ending({ result: 'unresolved', reason: 'time-limit' }))).toBe('The shift ended with the site healthy again, but not for long enough to call the incident resolved.');
  });

  it('keeps a run customers never felt as such', () => {
    expect(headlineOf(ending({ result: 'no-impact' }, { you: 3 }))).toBe('Customers never noticed.');
  });
});

describe('the headline when the score finds the incident not over', () => {
  it('says so after what the simulation saw, when the bad change was only held off by a switch', () => {
    // chef-client stopped everywhere at once, then Apache started by hand on the few hosts already hit:
    // customers are served and every host runs, but the cookbook would still break the rest.
    const stop = at(21, { type: 'stop-chef', hosts: ['@all'], concurrency: 400 });
    const { debrief } = debriefOfRun([stop, at(300, { type: 'start-apache', hosts: ['@web', '@api'], concurrency: 60 })], 1);
    expect(debrief.score.resolution.resolved).toBe(false);
    expect(debrief.score.resolution.why).toContain('only held off by a switch');
    expect(debrief.headline).toMatch(/ But the incident was not over: the bad change was only held off by a switch/);
  });

  it('adds nothing when the shift itself ran out unresolved: the headline already says so', () => {
    const ending = {
      result: 'unresolved',
      reason: 'time-limit',
      endedAtTick: 3600,
      siteWhole: false,
      customersServed: false,
      siteDown: false,
      hostsStillBroken: 40,
      restarts: { you: 0, chef: 0, alone: 0, aloneNames: [], others: 0 },
      averted: null,
    } satisfies RunEnding;
    expect(headlineOf(ending, 'customers were still hurting when the shift ended')).toBe('The shift ended with customers still hurting.');
  });
});
