// The fleet fits its area whatever its size: at the level's own size the racks keep their full tiles;
// at twenty times the hosts the tiles shrink, column by column, until every rack fits, and a click still
// finds the host under it.

import { describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/create-state';
import { hostAt, layoutFleet, type FleetLayout } from '../../src/views/fleet-layout';
import { FLEET_COLUMN_HEIGHTS, INCIDENT_LAYOUT } from '../../src/views/incident-layout';
import { bundledLevel } from '../support/level-files';

const { fleet } = INCIDENT_LAYOUT;

function layoutAt(factor: number): { layout: FleetLayout; hosts: number } {
  const level = bundledLevel();
  const sim = structuredClone(level.sim);
  for (const tier of sim.tiers) tier.count *= factor;
  const tierIndexes = createState(sim, 1).hosts.map((host) => host.tierIndex);
  return { layout: layoutFleet(sim, tierIndexes, fleet.width, FLEET_COLUMN_HEIGHTS), hosts: tierIndexes.length };
}

function expectEveryTileFindable({ layout, hosts }: { layout: FleetLayout; hosts: number }): void {
  // Each column stops above what is drawn under it (the traffic on the left, the Chef server on the right).
  for (const rack of layout.racks) expect(rack.y + rack.height, rack.label).toBeLessThanOrEqual(FLEET_COLUMN_HEIGHTS[rack.x === 0 ? 0 : 1]);
  for (let id = 0; id < hosts; id++) {
    const centre = layout.centres[id]!;
    expect(hostAt(layout, centre.x, centre.y)).toBe(id);
  }
}

describe('the fleet layout', () => {
  it('keeps full-size tiles at the level’s own size', () => {
    const { layout } = layoutAt(1);
    expect(layout.racks.map((rack) => [rack.label, rack.pitch])).toEqual([
      ['Web servers', 19],
      ['API servers', 19],
      ['Tools on Apache', 19],
      ['MySQL', 19],
      ['Developer VMs', 14],
      ['Staging', 19],
    ]);
    expectEveryTileFindable(layoutAt(1));
  });

  it('shrinks the tiles of a 20x fleet until every rack fits, each host still under its own tile', () => {
    const scaled = layoutAt(20);
    expect(scaled.hosts).toBeGreaterThan(8000);
    expect(Math.max(...scaled.layout.racks.map((rack) => rack.pitch))).toBeLessThan(10);
    expect(Math.min(...scaled.layout.tileSizes)).toBeGreaterThanOrEqual(2);
    expectEveryTileFindable(scaled);
  });

  it('keeps racks in one column from overlapping', () => {
    const { layout } = layoutAt(20);
    for (const column of [0, 1]) {
      const racks = layout.racks.filter((rack) => (column === 0 ? rack.x === 0 : rack.x > 0)).sort((a, b) => a.y - b.y);
      for (let i = 1; i < racks.length; i++) expect(racks[i]!.y).toBeGreaterThanOrEqual(racks[i - 1]!.y + racks[i - 1]!.height);
    }
  });
});
