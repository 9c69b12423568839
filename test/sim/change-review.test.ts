// The change's author asks for a look before it goes out (the Hindsight level): the rules of the ask,
// the answer and the deadline, what counts as having tried the change, and the incident that did not
// happen. Played on the tiny level with a review, so each rule reads on its own.

import { describe, expect, it } from 'vitest';
import type { SimConfig } from '../../src/sim/config';
import { World } from '../support/run-sim';
import { tinyLevel } from '../support/tiny-level';

const ASK = 10;
const DEADLINE = 600;

function reviewLevel(overrides: Partial<SimConfig> = {}): SimConfig {
  return tinyLevel({
    change: {
      by: 'Robin',
      pinVersion: '2.2.22',
      pushAtSecond: null,
      watchHostName: 'web-01',
      review: { askAtSecond: ASK, askText: 'Could you look at my pin bump before I push it?', pushesAnywayAtSecond: DEADLINE },
    },
    // No scripted lines: what the author says here is the review's own.
    script: [],
    ...overrides,
  });
}

const fleetPins = (world: World) => world.eventsOf('pin-changed').filter((event) => event.hosts === null);

describe('the author asks for a look', () => {
  it('asks across the desk at the set second, saying when it goes out anyway', () => {
    const world = new World(reviewLevel()).runUntil(ASK + 1);
    expect(world.eventsOf('change-review-asked')).toEqual([{ type: 'change-review-asked', by: 'Robin', version: '2.2.22', pushesAnywayAtTick: DEADLINE, tick: ASK }]);
    expect(world.eventsOf('said-in-person').map((event) => event.text)).toContain('Could you look at my pin bump before I push it?');
    expect(world.state.review?.status).toBe('asked');
  });

  it('cannot be answered before it is asked', () => {
    const world = new World(reviewLevel()).give({ type: 'approve-change' }).give({ type: 'hold-change' });
    expect(world.refusals()).toEqual(['Robin has not asked you to look at the change yet.', 'Robin has not asked you to look at the change yet.']);
  });

  it('does not exist where the level has no review', () => {
    const world = new World(tinyLevel()).give({ type: 'hold-change' });
    expect(world.refusals()).toEqual(['Nobody has asked you to look at a change here.']);
  });
});

describe('the answer', () => {
  it('approved, the author pushes the whole fleet at once and logs in to watch it', () => {
    const world = new World(reviewLevel()).runUntil(ASK + 1).give({ type: 'approve-change' });
    expect(fleetPins(world)).toMatchObject([{ version: '2.2.22', by: 'Robin' }]);
    expect(world.eventsOf('change-approved')).toMatchObject([{ by: 'player', author: 'Robin', evidence: null }]);
    expect(world.eventsOf('chef-run-started').some((event) => event.host === 'web-01' && event.by === 'Robin')).toBe(true);
    expect(world.state.incident.changePushedAtTick).toBe(ASK + 1);
  });

  it('once out, it cannot be held: that stops nothing any more', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'approve-change' })
      .give({ type: 'hold-change' })
      .give({ type: 'approve-change' });
    expect(world.refusals()).toEqual([
      'The change is already out: saying yes or no to it now changes nothing. Pause Chef, or fix forward.',
      'The change is already out: saying yes or no to it now changes nothing. Pause Chef, or fix forward.',
    ]);
    expect(fleetPins(world)).toHaveLength(1);
  });

  it('held, it is never pushed, even long past the deadline; holding twice changes nothing', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'hold-change', reason: 'let me try it first' })
      .give({ type: 'hold-change' });
    world.runUntil(DEADLINE + 600);
    expect(fleetPins(world)).toEqual([]);
    expect(world.eventsOf('change-held')).toMatchObject([{ reason: 'let me try it first', evidence: null }]);
    expect(world.refusals()).toEqual(['The change is already on hold: Robin will not push it unless you approve it.']);
    expect(world.eventsOf('apache-failed-to-start')).toEqual([]);
  });

  it('held, then approved, goes out then', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'hold-change' })
      .runUntil(200)
      .give({ type: 'approve-change' });
    expect(fleetPins(world)).toMatchObject([{ tick: 200 }]);
  });

  it('is the on-call’s own: never a job for a cat', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'ask-for-help' })
      .runUntil(120);
    world.give({ type: 'assign-job', responder: 'miso', job: { type: 'hold-change' } });
    expect(world.refusals()).toEqual(["Saying yes or no to the change is the on-call's to do: give the answer yourself, not as a job."]);
  });
});

describe('the deadline', () => {
  it('with no answer, the author pushes it anyway: nobody objected', () => {
    const world = new World(reviewLevel()).runUntil(DEADLINE + 1);
    expect(world.eventsOf('change-pushed-anyway')).toMatchObject([{ by: 'Robin', version: '2.2.22', tick: DEADLINE }]);
    expect(fleetPins(world)).toMatchObject([{ tick: DEADLINE }]);
    expect(world.state.review?.status).toBe('pushed-anyway');
  });
});

describe('what counts as having tried the change', () => {
  it('a staging test of its version in which Apache failed', () => {
    const world = new World(reviewLevel()).runUntil(ASK + 1).give({ type: 'test-in-staging', version: '2.2.22' });
    const found = world.runUntilEvent('change-evidence-found');
    expect(found).toMatchObject({ kind: 'staging', version: '2.2.22', hosts: ['staging-01', 'staging-02'] });
    expect(world.eventsOf('staging-test-finished')[0]?.tick).toBe(found.tick);
  });

  it('not a staging test of another version (the mirror has no 2.2.21: it installs nothing)', () => {
    const world = new World(reviewLevel()).runUntil(ASK + 1).give({ type: 'test-in-staging', version: '2.2.21' });
    world.runUntilEvent('staging-test-finished');
    expect(world.eventsOf('change-evidence-found')).toEqual([]);
  });

  it('a canary: the version pinned on one host, whose Apache then failed to start after a Chef run', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'set-pin', version: '2.2.22', hosts: ['web-05'] })
      .runUntil(60);
    world.give({ type: 'run-chef', hosts: ['web-05'] });
    expect(world.runUntilEvent('change-evidence-found')).toMatchObject({ kind: 'canary', hosts: ['web-05'] });
  });

  it('not a "canary" on a host that runs no Apache: nothing to see there', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'set-pin', version: '2.2.22', hosts: ['db-01'] })
      .runUntil(60);
    world.give({ type: 'run-chef', hosts: ['db-01'] }).runUntil(400);
    expect(world.eventsOf('change-evidence-found')).toEqual([]);
  });
});

describe('the incident that did not happen', () => {
  it('held on what staging showed: the level ends there, customers never noticed, no production host took it', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'hold-change' })
      .give({ type: 'test-in-staging', version: '2.2.22' });
    const averted = world.runUntilEvent('incident-averted');
    expect(averted).toMatchObject({ evidence: 'staging' });
    expect(averted.hostsKept).toBe(world.config.tiers.filter((tier) => tier.environment === 'production' && tier.runsApache && !tier.chefFailure).reduce((sum, tier) => sum + tier.count, 0));
    expect(world.state.incident.outcome).toMatchObject({ result: 'no-impact', reason: 'resolved', endedAtTick: averted.tick });
    expect(world.state.review?.avertedAtTick).toBe(averted.tick);
  });

  it('the evidence may come first and the hold after it', () => {
    const world = new World(reviewLevel()).runUntil(ASK + 1).give({ type: 'test-in-staging', version: '2.2.22' });
    const found = world.runUntilEvent('change-evidence-found');
    world.run(30);
    expect(world.state.incident.outcome).toBeNull();
    world.give({ type: 'hold-change' });
    expect(world.eventsOf('change-held')).toMatchObject([{ evidence: 'staging' }]);
    expect(world.eventsOf('incident-averted')).toMatchObject([{ tick: found.tick + 31 }]);
  });

  it('waits for a canary the change broke to be mended: a second Chef run there starts Apache', () => {
    // Drained first: on the tiny fleet one web host in ten failing would hurt customers.
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'hold-change' })
      .give({ type: 'drain', hosts: ['web-05'] });
    world.give({ type: 'set-pin', version: '2.2.22', hosts: ['web-05'] }).runUntil(60);
    world.give({ type: 'run-chef', hosts: ['web-05'] });
    const found = world.runUntilEvent('change-evidence-found');
    world.run(10);
    expect(world.host('web-05').apache.status).not.toBe('running');
    expect(world.state.incident.outcome).toBeNull();
    world.runUntilState((state) => state.hosts.every((host) => host.chef.run === null || host.name !== 'web-05'), 300);
    world.give({ type: 'run-chef', hosts: ['web-05'] });
    const averted = world.runUntilEvent('incident-averted', () => true, 400);
    expect(averted.tick).toBeGreaterThan(found.tick);
    expect(world.host('web-05').apache.status).toBe('running');
    expect(averted.evidence).toBe('canary');
  });

  it('does not come from a hold without a try: the shift goes on, with the question still open', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'hold-change' })
      .runUntil(1800);
    expect(world.eventsOf('incident-averted')).toEqual([]);
    expect(world.state.incident.outcome).toBeNull();
  });

  it('does not come once customers were hurt: a "canary" over the whole web tier is the incident itself', () => {
    const world = new World(reviewLevel())
      .runUntil(ASK + 1)
      .give({ type: 'hold-change' })
      .give({ type: 'set-pin', version: '2.2.22', hosts: ['@web', '-@php7'] })
      .runUntil(60);
    world.give({ type: 'run-chef', hosts: ['@web', '-@php7'], concurrency: 8 });
    world.runUntilEvent('customers-affected');
    world.runUntil(1500);
    expect(world.eventsOf('change-evidence-found')).toHaveLength(1);
    expect(world.eventsOf('incident-averted')).toEqual([]);
  });
});
