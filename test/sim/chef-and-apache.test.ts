// The heart of the incident: how a pin bump reaches a host through Chef and the mirror, why the first
// run leaves Apache down, and why a second run (or a hand start) brings it back.

import { describe, expect, it } from 'vitest';
import { PHP7_REASON, tinyLevel } from '../support/tiny-level';
import { World, apacheDown } from '../support/run-sim';

const NO_PUSH = { by: 'Robin', pinVersion: '2.2.22', pushAtSecond: null, watchHostName: 'web-01' };

/** The desk neighbour's first run on the watched host, which breaks it. */
function afterFirstBreak(): World {
  const world = new World(tinyLevel());
  world.runUntilEvent('chef-run-finished', (event) => event.host === 'web-01' && event.tick > 20);
  return world;
}

describe('the pin bump', () => {
  it('reaches every node through its next Chef run: the first run upgrades Apache and leaves it down', () => {
    const world = afterFirstBreak();
    const watched = world.host('web-01');
    expect(world.eventsOf('pin-changed')[0]).toMatchObject({ version: '2.2.22', hosts: null, by: 'Robin' });
    expect(watched.apache.version).toBe('2.2.22');
    expect(watched.apache.status).toBe('failed');
    expect(watched.chef.lastRun).toMatchObject({ result: 'failed', reason: 'service[httpd] failed to restart' });
    expect(world.eventsOf('apache-failed-to-start').some((event) => event.host === 'web-01')).toBe(true);
  });

  it('leaves no default config behind: the recipe deletes it at the end of the failed run', () => {
    const world = afterFirstBreak();
    expect(world.host('web-01').apache.defaultConfigPresent).toBe(false);
    expect(world.eventsOf('default-config-removed').some((event) => event.host === 'web-01' && event.by === 'chef')).toBe(true);
  });

  it('breaks every Apache node with a working Chef within one interval plus splay', () => {
    const world = new World(tinyLevel()).run(20 + 600 + 90 + 70 + 90);
    const upgraded = world.eventsOf('apache-upgraded').map((event) => event.host);
    for (const name of ['web-01', 'web-08', 'api-01', 'api-04', 'graphite-01', 'nagios-web-01']) expect(upgraded).toContain(name);
    expect(world.eventsOf('apache-failed-to-start').length).toBe(upgraded.length);
  });

  it('never reaches the php7 nodes: their runs fail for their own reason before touching Apache', () => {
    const world = new World(tinyLevel()).run(15 * 60);
    for (const host of world.tier('php7')) {
      expect(host.apache).toMatchObject({ status: 'running', version: '2.2.21' });
      expect(host.chef.lastRun).toMatchObject({ result: 'failed', reason: PHP7_REASON });
    }
  });

  it('is left alone by hosts that do not run Apache', () => {
    const world = new World(tinyLevel()).run(15 * 60);
    for (const host of world.tier('db')) expect(host.apache.status).toBe('absent');
  });
});

describe('going forward', () => {
  it('a second Chef run starts Apache on the new version', () => {
    const world = afterFirstBreak()
      .give({ type: 'run-chef', hosts: ['web-01'] })
      .run(80);
    expect(world.host('web-01').apache).toMatchObject({ status: 'running', version: '2.2.22' });
    expect(world.host('web-01').chef.lastRun?.result).toBe('ok');
  });

  it('starting Apache by hand works too once the failed run has cleaned up', () => {
    const world = afterFirstBreak()
      .give({ type: 'start-apache', hosts: ['web-01'] })
      .run(10);
    expect(world.host('web-01').apache.status).toBe('running');
  });

  it('Chef heals the fleet by itself a whole cycle later, if nobody does anything', () => {
    const world = new World(tinyLevel()).run(30 * 60);
    expect(apacheDown(world.tier('web'))).toBe(0);
    expect(apacheDown(world.tier('api'))).toBe(0);
  });
});

describe('going back', () => {
  it('fails: the mirror keeps only the newest package, so the old pin cannot be installed', () => {
    const world = afterFirstBreak().give({ type: 'set-pin', version: '2.2.21' }).run(31);
    world.give({ type: 'run-chef', hosts: ['web-01'] }).run(80);
    expect(world.eventsOf('package-unavailable')[0]).toMatchObject({ host: 'web-01', version: '2.2.21' });
    expect(world.host('web-01').apache).toMatchObject({ status: 'failed', version: '2.2.22' });
    expect(world.host('web-01').chef.lastRun?.reason).toBe('no package httpd-2.2.21 on the mirror');
  });

  it('the mirror says so when asked', () => {
    const world = new World(tinyLevel()).give({ type: 'check-mirror' }).run(10);
    expect(world.eventsOf('mirror-checked')[0]).toMatchObject({ packageName: 'httpd', versions: ['2.2.22'] });
  });
});

describe('a canary', () => {
  it('pinning one host and running Chef there shows the failure on that host alone', () => {
    const world = new World(tinyLevel({ change: NO_PUSH }));
    world.give({ type: 'set-pin', version: '2.2.22', hosts: ['web-03'] }).run(31);
    world.give({ type: 'run-chef', hosts: ['web-03'] }).run(20 * 60);
    expect(world.host('web-03').apache.version).toBe('2.2.22');
    expect(world.eventsOf('apache-failed-to-start').map((event) => event.host)).toEqual(['web-03']);
    expect(world.tier('web').filter((host) => host.apache.version === '2.2.22')).toHaveLength(1);
  });
});

describe('fixing the cookbook forward', () => {
  it('deletes the default config before the restart, so an upgrade no longer breaks Apache', () => {
    const world = new World(tinyLevel({ change: NO_PUSH })).give({ type: 'fix-cookbook' }).run(31);
    expect(world.eventsOf('cookbook-fixed')).toHaveLength(1);
    world
      .give({ type: 'set-pin', version: '2.2.22' })
      .run(31)
      .give({ type: 'run-chef', hosts: ['@web', '@api'], concurrency: 5 })
      .run(15 * 60);
    expect(world.eventsOf('apache-failed-to-start')).toHaveLength(0);
    expect(world.tier('api').every((host) => host.apache.version === '2.2.22' && host.apache.status === 'running')).toBe(true);
  });

  it('also lets a broken host start on its next run', () => {
    const world = afterFirstBreak()
      .give({ type: 'fix-cookbook' })
      .run(31)
      .give({ type: 'run-chef', hosts: ['web-01'] })
      .run(80);
    expect(world.host('web-01').apache.status).toBe('running');
  });
});

describe('a run in flight', () => {
  it('uses the cookbook as it was when the run started: a pin pushed mid-run waits for the next run', () => {
    const level = tinyLevel({ change: NO_PUSH });
    level.actionSeconds.uploadCookbook = 1;
    const world = new World(level).give({ type: 'run-chef', hosts: ['web-02'] }).give({ type: 'set-pin', version: '2.2.22' });
    world.runUntilEvent('chef-run-finished', (event) => event.host === 'web-02');
    expect(world.host('web-02').apache.version).toBe('2.2.21');
    world.give({ type: 'run-chef', hosts: ['web-02'] });
    world.runUntilEvent('apache-upgraded', (event) => event.host === 'web-02');
  });
});
