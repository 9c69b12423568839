// Meta-monitoring, where the level has it: when a screen the fleet is seen through (the graphs, the Nagios
// UI) goes dark with its hosts' Apache, an alert says so at once and pages the on-call, so the player knows
// they are blind instead of reading stale pictures. Graph-blindness itself is the same with or without it.

import { describe, expect, it } from 'vitest';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import type { SimConfig } from '../../src/sim/config';
import { World } from '../support/run-sim';
import { tinyLevel } from '../support/tiny-level';

function withMeta(on: boolean): SimConfig {
  const level = tinyLevel();
  return { ...level, monitoring: { ...level.monitoring, metaMonitoring: on } };
}

/** Breaks the graphs and the Nagios UI at once: their hosts run the pushed pin by hand. */
function blinded(config: SimConfig): { world: World; known: KnownWorld } {
  const world = new World(config).runUntil(25);
  world.give({ type: 'run-chef', hosts: ['graphite-01', 'nagios-web-01'], concurrency: 2 });
  world.runUntilState((state) => !state.toolsUp.dashboards && !state.toolsUp['host-status'], 400);
  world.run(1);
  const known = new KnownWorld();
  known.learn(world.events);
  return { world, known };
}

describe('meta-monitoring', () => {
  it('says at once which screen went dark, and pages for it', () => {
    const { world } = blinded(withMeta(true));
    const down = world.eventsOf('tool-went-down');
    const alerts = world.eventsOf('monitoring-alert-raised');
    expect(alerts.map((event) => event.service).sort()).toEqual(['dashboards', 'host-status']);
    for (const alert of alerts) expect(alert.tick).toBe(down.find((event) => event.service === alert.service)!.tick);
    expect(alerts.find((event) => event.service === 'dashboards')!.summary).toBe('Graphite (the graphs) is not answering: the graphs on screen are stale, not live');
    const pages = world.eventsOf('page-sent').filter((event) => event.tier === 'monitoring');
    expect(pages.map((event) => event.summary)).toEqual(expect.arrayContaining(['Monitoring: The Nagios web UI is not answering: the host states on screen are stale, not live']));
    expect(pages).toHaveLength(2);
  });

  it('says nobody anything without it: the screens just go dark', () => {
    const { world } = blinded(withMeta(false));
    expect(world.eventsOf('tool-went-down')).toHaveLength(2);
    expect(world.eventsOf('monitoring-alert-raised')).toEqual([]);
    expect(world.eventsOf('page-sent').filter((event) => event.tier === 'monitoring')).toEqual([]);
  });

  it('leaves graph-blindness as it is: the fleet and the graphs are unknown either way', () => {
    for (const on of [true, false]) {
      const { world, known } = blinded(withMeta(on));
      const view = playerView(world.config, world.state, known);
      expect(view.fleet.blind).toBe(true);
      expect(view.dashboards.visible).toBe(false);
      expect(view.site.status).toBe('unknown');
      expect(view.staleTools.map((tool) => tool.service).sort()).toEqual(on ? ['dashboards', 'host-status'] : []);
    }
  });

  it('clears the alert when the screen answers again', () => {
    const { world } = blinded(withMeta(true));
    world.give({ type: 'run-chef', hosts: ['graphite-01'] });
    world.runUntilEvent('monitoring-alert-cleared');
    expect(world.eventsOf('monitoring-alert-cleared').map((event) => event.service)).toEqual(['dashboards']);
    const known = new KnownWorld();
    known.learn(world.events);
    expect(playerView(world.config, world.state, known).staleTools.map((tool) => tool.service)).toEqual(['host-status']);
  });
});
