// Projector mode's fleet (views/fleet-layout with views/projector): larger tiles than the usual screen
// wherever the fleet area has room, never smaller, and still a map: cells never overlap, every rack stays
// inside its column above what is drawn under it, and a click still finds the host under it.

import { describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/create-state';
import { hostAt, layoutFleet, type FleetLayout } from '../../src/views/fleet-layout';
import { FLEET_COLUMN_HEIGHTS, INCIDENT_LAYOUT } from '../../src/views/incident-layout';
import { isProjector, setProjector } from '../../src/views/projector';
import { trafficLayout, trafficPictures } from '../../src/views/traffic-layout';
import { bundledLevel } from '../support/level-files';

const { fleet } = INCIDENT_LAYOUT;
const LEVELS = ['a-quiet-shift', 'apache-snafu', 'hindsight', 'chat-down', 'nobody-at-desks', 'conference-cut'];

function layoutOf(levelId: string, projector: boolean, factor = 1): { layout: FleetLayout; hosts: number } {
  const sim = structuredClone(bundledLevel(levelId).sim);
  for (const tier of sim.tiers) tier.count *= factor;
  const tierIndexes = createState(sim, 1).hosts.map((host) => host.tierIndex);
  return { layout: layoutFleet(sim, tierIndexes, fleet.width, FLEET_COLUMN_HEIGHTS, projector), hosts: tierIndexes.length };
}

function expectAMap({ layout, hosts }: { layout: FleetLayout; hosts: number }): void {
  for (const rack of layout.racks) {
    // Inside the fleet area and inside its column: above the traffic (left) or the Chef server (right).
    expect(rack.x, rack.label).toBeGreaterThanOrEqual(0);
    expect(rack.x + rack.width, rack.label).toBeLessThanOrEqual(fleet.width);
    expect(rack.y + rack.height, rack.label).toBeLessThanOrEqual(FLEET_COLUMN_HEIGHTS[rack.x === 0 ? 0 : 1]);
    expect(rack.tile, rack.label).toBeLessThan(rack.pitch);
  }
  for (const column of [0, 1]) {
    const racks = layout.racks.filter((rack) => (column === 0 ? rack.x === 0 : rack.x > 0)).sort((a, b) => a.y - b.y);
    for (let i = 1; i < racks.length; i++) expect(racks[i]!.y).toBeGreaterThanOrEqual(racks[i - 1]!.y + racks[i - 1]!.height);
  }
  const rackOf = new Map(layout.racks.flatMap((rack) => rack.hostIds.map((id) => [id, rack] as const)));
  for (let id = 0; id < hosts; id++) {
    const centre = layout.centres[id]!;
    const cell = layout.cellSizes[id]!;
    const rack = rackOf.get(id)!;
    // The cell sits under the rack's title, inside its edges.
    expect(centre.x - cell / 2).toBeGreaterThanOrEqual(rack.x);
    expect(centre.x + cell / 2).toBeLessThanOrEqual(rack.x + rack.width);
    expect(centre.y - cell / 2).toBeGreaterThanOrEqual(rack.y + rack.titleHeight);
    expect(centre.y + cell / 2).toBeLessThanOrEqual(rack.y + rack.height);
    expect(hostAt(layout, centre.x, centre.y)).toBe(id);
  }
  // No two cells overlap: in one rack each cell is one square of a grid of the rack's pitch, none used twice
  // (and racks do not overlap each other, above).
  for (const rack of layout.racks) {
    const used = new Set<string>();
    for (const id of rack.hostIds) {
      expect(layout.cellSizes[id]).toBe(rack.pitch);
      const column = (layout.centres[id]!.x - rack.x - rack.padding - rack.pitch / 2) / rack.pitch;
      const row = (layout.centres[id]!.y - rack.y - rack.titleHeight - rack.pitch / 2) / rack.pitch;
      expect(Number.isInteger(column) && Number.isInteger(row)).toBe(true);
      expect(column).toBeLessThan(rack.columns);
      expect(used.has(`${column},${row}`)).toBe(false);
      used.add(`${column},${row}`);
    }
  }
}

describe('the projector fleet', () => {
  it.each(LEVELS)('%s: tiles at least as large as the usual screen’s, larger wherever there is room', (levelId) => {
    const normal = layoutOf(levelId, false).layout;
    const projector = layoutOf(levelId, true).layout;
    expect(projector.racks.map((rack) => rack.label)).toEqual(normal.racks.map((rack) => rack.label));
    projector.racks.forEach((rack, index) => expect(rack.tile, rack.label).toBeGreaterThan(normal.racks[index]!.tile));
  });

  it('gives the quiet shift’s small fleet tiles nearly twice the usual size', () => {
    const normal = layoutOf('a-quiet-shift', false).layout;
    const projector = layoutOf('a-quiet-shift', true).layout;
    for (const [index, rack] of projector.racks.entries()) expect(rack.tile).toBeGreaterThanOrEqual(normal.racks[index]!.tile * 1.75);
  });

  it.each(LEVELS)('%s: still a map, every tile inside its rack and its column, none over another', (levelId) => {
    expectAMap(layoutOf(levelId, true));
  });

  it.each([2, 5, 20])('at %i times the fleet, shrinks the tiles until everything fits, each host under its own tile', (factor) => {
    const scaled = layoutOf('apache-snafu', true, factor);
    expect(Math.min(...scaled.layout.tileSizes)).toBeGreaterThanOrEqual(2);
    expectAMap(scaled);
  });

  it('follows the page’s projector mode unless told', () => {
    const sim = bundledLevel('a-quiet-shift').sim;
    const tierIndexes = createState(sim, 1).hosts.map((host) => host.tierIndex);
    const was = isProjector();
    try {
      setProjector(true);
      expect(layoutFleet(sim, tierIndexes, fleet.width, FLEET_COLUMN_HEIGHTS)).toEqual(layoutOf('a-quiet-shift', true).layout);
      setProjector(false);
      expect(layoutFleet(sim, tierIndexes, fleet.width, FLEET_COLUMN_HEIGHTS)).toEqual(layoutOf('a-quiet-shift', false).layout);
    } finally {
      setProjector(was);
    }
  });
});

describe('the projector traffic picture', () => {
  // Widths of the longest words at projector mode's 16 px bold (DejaVu Sans, measured in Chromium).
  const CHEF_WORDS = 179; // "146 runs (overload)"
  const MIRROR_WORDS = 110; // "yum mirror:", "newest only"
  const POOL_WORDS = 125; // "web: 120/120", "web: ?/120"
  const CUSTOMERS_WORDS = 94; // "customers"
  const BALANCER_WORDS = 122; // "load balancer"
  const { traffic, infra, fleet: area } = INCIDENT_LAYOUT;

  for (const projector of [false, true]) {
    it(`${projector ? 'in projector mode' : 'on the usual screen'}, keeps every picture clear of the racks and of each other`, () => {
      const layout = trafficLayout(traffic, infra, projector);
      const pictures = trafficPictures(layout);
      const racks = layoutOf('apache-snafu', projector).layout.racks.map((rack) => ({
        left: area.x + rack.x,
        top: area.y + rack.y,
        right: area.x + rack.x + rack.width,
        bottom: area.y + rack.y + rack.height,
      }));
      const apart = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a): boolean =>
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      pictures.forEach((picture, index) => {
        for (const other of [...pictures.slice(index + 1), ...racks]) expect(apart(picture, other), picture.name).toBe(true);
        expect(picture.right).toBeLessThanOrEqual(area.x + area.width);
      });
    });
  }

  it('leaves room for the longest words in projector mode', () => {
    const layout = trafficLayout(traffic, infra, true);
    const [, , chefServer, mirror] = trafficPictures(layout);
    expect(layout.chefText.x).toBeGreaterThanOrEqual(chefServer!.right);
    expect(layout.chefText.x + CHEF_WORDS).toBeLessThan(mirror!.left);
    expect(layout.mirrorText.x).toBeGreaterThanOrEqual(mirror!.right);
    expect(layout.mirrorText.x + MIRROR_WORDS).toBeLessThanOrEqual(area.x + area.width);
    // The pools' figures stop short of the right column's racks.
    for (const spot of layout.poolText) expect(spot.x + POOL_WORDS).toBeLessThan(area.x + (area.width + 10) / 2);
    expect(layout.poolTwoLines).toBe(true);
    // The names under the customers and the load balancer: apart, and inside the traffic picture's left
    // edge, where the card of a cat's plan (ui/ui.css .intent-card, from x 12) covers them.
    expect(layout.customersLabel.x - CUSTOMERS_WORDS / 2).toBeGreaterThanOrEqual(traffic.x);
    expect(layout.customersLabel.x + CUSTOMERS_WORDS / 2 + 8).toBeLessThanOrEqual(layout.balancerLabel.x - BALANCER_WORDS / 2);
    expect(layout.mirrorNote.split('\n').every((line) => line.length <= 'newest only'.length)).toBe(true);
  });
});
