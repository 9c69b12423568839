// The action menus name the hosts of the level being played: its production groups that run Apache,
// each whole or without its smaller tiers, never a list written for one fleet.

import { describe, expect, it } from 'vitest';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import { resolveHosts } from '../../src/sim/host-names';
import { createState } from '../../src/sim/create-state';
import { fanOutTargets, hostsToLookAt } from '../../src/ui/host-choices';
import { bundledLevel } from '../support/level-files';
import { tier, tinyLevel } from '../support/tiny-level';

describe('the hosts a menu offers', () => {
  const level = bundledLevel();

  it('offers the Apache SNAFU fleet its serving groups: all at once without the php7 nodes, then each group', () => {
    const choices = fanOutTargets(level.sim, null, false);
    expect(choices.map((choice) => [choice.label, choice.value.dsh])).toEqual([
      ['Web, API and tools hosts, not the php7 nodes', '-g web,api,tools -x php7'],
      ['Web servers, not the php7 nodes', '-g web -x php7'],
      ['API servers', '-g api'],
      ['Tools hosts (Graphite web, Ganglia web, Nagios web UI, Deploy tool, Postmortem tool)', '-g tools'],
    ]);
    expect(choices[0]!.value.hosts).toEqual(['@web', '@api', '@tools', '-@php7']);
    // The tools carry the monitoring: the menu says to bring it back first.
    expect(choices[3]!.detail).toMatch(/monitoring/);
  });

  it('aims each choice at hosts the simulation resolves, and the php7 survivors are never among them', () => {
    const state = createState(level.sim, 1);
    const php7 = level.sim.tiers.findIndex((candidate) => candidate.id === 'php7');
    for (const choice of fanOutTargets(level.sim, null, false)) {
      const resolved = resolveHosts(level.sim, state.hosts, choice.value.hosts);
      expect(resolved.ok, choice.label).toBe(true);
      if (resolved.ok)
        expect(
          resolved.hostIds.some((id) => state.hosts[id]!.tierIndex === php7),
          choice.label,
        ).toBe(false);
    }
  });

  it('puts the selected host first, and offers every host only for a Chef run', () => {
    const withSelection = fanOutTargets(level.sim, 'web-042', true);
    expect(withSelection[0]).toMatchObject({ label: 'Just web-042', value: { hosts: ['web-042'], dsh: '-m web-042' } });
    expect(withSelection.at(-1)).toMatchObject({ value: { hosts: ['@all'], dsh: '-g all' } });
    expect(fanOutTargets(level.sim, null, false).some((choice) => choice.value.hosts.includes('@all'))).toBe(false);
  });

  it('names the groups of a trainer’s own fleet, and keeps to the nine choices a key can pick', () => {
    const tiers = [tier('shop', 4), tier('shop-canary', 1, { group: 'shop' }), tier('search', 2), ...Array.from({ length: 10 }, (_, i) => tier(`svc${i}`, 1))];
    const sim = tinyLevel({ tiers });
    const choices = fanOutTargets(sim, 'shop-01', true);
    expect(choices).toHaveLength(9);
    expect(choices[1]!.value.dsh).toBe(`-g ${['shop', 'search', ...Array.from({ length: 10 }, (_, i) => `svc${i}`)].join(',')} -x shop-canary`);
    expect(choices[2]).toMatchObject({ label: 'shop, not the shop-canary nodes', value: { hosts: ['@shop', '-@shop-canary'] } });
  });

  it('offers a look at the host where it started, then the first host of each serving tier', () => {
    const hosts = playerView(level.sim, createState(level.sim, 1), new KnownWorld()).fleet.hosts;
    const choices = hostsToLookAt(level.sim, hosts);
    expect(choices.map((choice) => choice.value)).toEqual(['web-017', 'web-001', 'web-php7-01', 'api-01', 'graphite-01', 'ganglia-01', 'nagios-web-01', 'deploy-01', 'postmortem-01']);
    expect(choices[0]!.detail).toBe('where it started');
  });
});
