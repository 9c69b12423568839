// A canary by keys alone: the Run Chef menu (2) and the Cookbook (7) offer one host first, then a numbered
// list of hosts from the level's tiers, and end in the very command a click-chosen canary sends.

import { describe, expect, it } from 'vitest';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import { createState } from '../../src/sim/create-state';
import { canaryHosts } from '../../src/ui/host-choices';
import { cookbook, planFanOut, runChef } from '../../src/ui/incident-actions';
import { bundledLevel } from '../support/level-files';
import { tier, tinyLevel } from '../support/tiny-level';
import { playMenus } from './menu-fakes';

const level = bundledLevel();

describe('a canary from the Run Chef menu', () => {
  it('offers "One canary host…" after the groups, whose numbers stay as they were', async () => {
    const played = playMenus(level, []);
    await runChef(played.context);
    expect(played.asked[0]!.labels).toEqual([
      'Web, API and tools hosts, not the php7 nodes',
      'Web servers, not the php7 nodes',
      'API servers',
      'Tools hosts (Graphite web, Ganglia web, Nagios web UI, Deploy tool, Postmortem tool)',
      'One canary host…',
      'Every host, the other tiers included',
    ]);
  });

  it('picks the host by number and sends what clicking its tile and "Just" it sends', async () => {
    const byKeys = playMenus(level, [5, 1]);
    await runChef(byKeys.context);
    expect(byKeys.asked[1]!.question).toMatch(/one host first/);
    expect(byKeys.asked[1]!.labels[0]).toBe(level.sim.change.watchHostName);
    const host = level.sim.change.watchHostName;
    const byClick = playMenus(level, [1], { selected: host });
    await runChef(byClick.context);
    expect(byKeys.submitted).toEqual(byClick.submitted);
    expect(byKeys.submitted).toEqual([{ command: { type: 'run-chef', hosts: [host], concurrency: 1 }, typed: `dsh -m ${host} -F 1 chef-client` }]);
  });

  it('is offered for a Chef run only, not for stopping or starting chef-client', async () => {
    const played = playMenus(level, []);
    await planFanOut(played.context, 'stop-chef');
    expect(played.asked[0]!.labels).not.toContain('One canary host…');
  });

  it('still fits the nine keys on a trainer’s fleet of many groups, the canary kept', async () => {
    const tiers = Array.from({ length: 12 }, (_, i) => tier(`svc${i}`, 2));
    const sim = tinyLevel({ tiers });
    const played = playMenus({ ...level, sim }, []);
    await runChef(played.context);
    expect(played.asked[0]!.labels).toHaveLength(9);
    expect(played.asked[0]!.labels.at(-1)).toBe('One canary host…');
  });
});

describe('a canary from the Cookbook', () => {
  it('keeps its first choices, then offers a Chef run and the pin on one host, each by number', async () => {
    const played = playMenus(level, []);
    await cookbook(played.context);
    const labels = played.asked[0]!.labels;
    expect(labels.slice(0, 3)).toEqual(['Check the mirror', 'Fix the cookbook forward', `Pin httpd back to ${level.sim.apache.installedVersion}`]);
    expect(labels).toContain('Canary: run Chef on one host…');
    expect(labels).toContain(`Canary: pin ${level.sim.change.pinVersion} on one host…`);
  });

  it('runs Chef on the chosen host, or pins the change there alone', async () => {
    const labels = await (async () => {
      const probe = playMenus(level, []);
      await cookbook(probe.context);
      return probe.asked[0]!.labels;
    })();
    const run = playMenus(level, [labels.indexOf('Canary: run Chef on one host…') + 1, 2]);
    await cookbook(run.context);
    const second = run.asked[1]!.labels[1]!;
    expect(run.submitted).toEqual([{ command: { type: 'run-chef', hosts: [second], concurrency: 1 }, typed: `dsh -m ${second} -F 1 chef-client` }]);
    const pin = playMenus(level, [labels.indexOf(`Canary: pin ${level.sim.change.pinVersion} on one host…`) + 1, 1], { selected: 'web-042' });
    await cookbook(pin.context);
    expect(pin.asked[1]!.labels[0]).toBe('web-042');
    const version = level.sim.change.pinVersion;
    expect(pin.submitted).toEqual([{ command: { type: 'set-pin', version, hosts: ['web-042'] }, typed: `knife pin ${version} web-042` }]);
  });

  it('sends nothing when the host question is cancelled', async () => {
    const probe = playMenus(level, []);
    await cookbook(probe.context);
    const played = playMenus(level, [probe.asked[0]!.labels.indexOf('Canary: run Chef on one host…') + 1]);
    await cookbook(played.context);
    expect(played.asked).toHaveLength(2);
    expect(played.submitted).toEqual([]);
  });
});

describe('the canary hosts offered', () => {
  const hosts = playerView(level.sim, createState(level.sim, 1), new KnownWorld()).fleet.hosts;

  it('start where the change was first seen, then one of each serving tier, never a php7 survivor', () => {
    const choices = canaryHosts(level.sim, hosts, null, true);
    expect(choices[0]).toMatchObject({ value: level.sim.change.watchHostName, detail: 'where it started' });
    expect(choices.length).toBeLessThanOrEqual(9);
    expect(choices.some((choice) => choice.value.startsWith('web-php7'))).toBe(false);
    expect(choices.map((choice) => choice.value)).toContain('api-01');
  });

  it('put the hosts the player can see are broken first, for a fix', () => {
    const web = level.sim.tiers.findIndex((candidate) => candidate.id === 'web');
    const broken = hosts.map((host) => (host.name === 'web-050' ? { ...host, state: 'failed' as const } : host));
    const choices = canaryHosts(level.sim, broken, null, true);
    expect(choices[1]).toMatchObject({ value: 'web-050', detail: 'Apache down, as Nagios shows' });
    expect(canaryHosts(level.sim, broken, null, false).findIndex((choice) => choice.value === 'web-050')).toBe(-1);
    expect(broken.find((host) => host.name === 'web-050')!.tierIndex).toBe(web);
  });
});
