// Where every host's tile sits on the incident screen: one rack per display group (web, api, tools, db,
// dev VMs, staging), tiles in rows, racks in two columns. Pure arithmetic, so clicks map back to hosts.

import type { SimConfig } from '../sim/config';

export interface Rack {
  group: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  pitch: number;
  tile: number;
  columns: number;
  hostIds: number[];
}

export interface FleetLayout {
  racks: Rack[];
  /** Each host's tile centre, by host id, relative to the fleet area's top-left corner. */
  centres: { x: number; y: number }[];
  tileSizes: number[];
  /** Each host's cell, by host id: its tile with the gutter around it; cells never overlap. */
  cellSizes: number[];
}

const TITLE_HEIGHT = 22;
const PADDING = 8;
const GAP = 10;

const LABELS: Record<string, string> = { web: 'Web servers', api: 'API servers', tools: 'Tools on Apache', db: 'MySQL', dev: 'Developer VMs', staging: 'Staging' };

/** The smallest tile pitch: a 2 px coloured square, still a dot a player can see, in a rack that reads as a map. */
const MIN_PITCH = 3;

interface RackPlan {
  group: string;
  label: string;
  column: number;
  basePitch: number;
  hostIds: number[];
}

/**
 * Racks for the big production tiers go left, the rest right; noisy dev VMs get smaller tiles. When a
 * column's racks would run past its height (a fleet many times the level's size), that column's tiles
 * shrink together until its racks fit, so every tier stays on screen and in proportion.
 */
export function layoutFleet(config: SimConfig, hostTierIndexes: readonly number[], width: number, columnHeights: readonly [number, number] = [Infinity, Infinity]): FleetLayout {
  const columnWidth = (width - GAP) / 2;
  const plans = planRacks(config, hostTierIndexes);
  const pitches = plans.map((plan) => plan.basePitch);
  for (const column of [0, 1]) {
    const inColumn = plans.flatMap((plan, index) => (plan.column === column ? [index] : []));
    const columnHeight = (): number => inColumn.reduce((sum, index) => sum + rackHeight(plans[index]!.hostIds.length, pitches[index]!, columnWidth) + GAP, -GAP);
    const height = columnHeights[column]!;
    for (let scale = 0.9; columnHeight() > height && inColumn.some((index) => pitches[index]! > MIN_PITCH); scale *= 0.9) {
      for (const index of inColumn) pitches[index] = Math.max(MIN_PITCH, Math.floor(plans[index]!.basePitch * scale));
    }
  }

  const columnY = [0, 0];
  const racks: Rack[] = [];
  const centres = new Array<{ x: number; y: number }>(hostTierIndexes.length);
  const tileSizes = new Array<number>(hostTierIndexes.length);
  const cellSizes = new Array<number>(hostTierIndexes.length);
  plans.forEach((plan, index) => {
    const pitch = pitches[index]!;
    // Big tiles keep a 3 px gutter; tiny ones a single pixel, so they do not vanish into the gaps.
    const tile = pitch >= 10 ? pitch - 3 : pitch - 1;
    const columns = columnsFor(pitch, columnWidth);
    const rack: Rack = {
      group: plan.group,
      label: plan.label,
      x: plan.column * (columnWidth + GAP),
      y: columnY[plan.column]!,
      width: columnWidth,
      height: rackHeight(plan.hostIds.length, pitch, columnWidth),
      pitch,
      tile,
      columns,
      hostIds: plan.hostIds,
    };
    racks.push(rack);
    plan.hostIds.forEach((hostId, i) => {
      centres[hostId] = { x: rack.x + PADDING + (i % columns) * pitch + pitch / 2, y: rack.y + TITLE_HEIGHT + Math.floor(i / columns) * pitch + pitch / 2 };
      tileSizes[hostId] = tile;
      cellSizes[hostId] = pitch;
    });
    columnY[plan.column] = columnY[plan.column]! + rack.height + GAP;
  });
  return { racks, centres, tileSizes, cellSizes };
}

function planRacks(config: SimConfig, hostTierIndexes: readonly number[]): RackPlan[] {
  const groups: string[] = [];
  for (const tier of config.tiers) if (!groups.includes(tier.group)) groups.push(tier.group);
  const groupOfTier = config.tiers.map((tier) => groups.indexOf(tier.group));
  const hostsOfGroup = groups.map((): number[] => []);
  hostTierIndexes.forEach((tierIndex, hostId) => hostsOfGroup[groupOfTier[tierIndex]!]!.push(hostId));
  return groups.flatMap((group, groupIndex) => {
    const hostIds = hostsOfGroup[groupIndex]!;
    if (hostIds.length === 0) return [];
    const tierIndexes = config.tiers.flatMap((tier, index) => (tier.group === group ? [index] : []));
    const production = tierIndexes.some((index) => config.tiers[index]!.pool !== null);
    return [{ group, label: LABELS[group] ?? config.tiers[tierIndexes[0]!]!.label, column: production ? 0 : 1, basePitch: hostIds.length > 150 ? 14 : 19, hostIds }];
  });
}

function columnsFor(pitch: number, columnWidth: number): number {
  return Math.max(1, Math.floor((columnWidth - PADDING * 2) / pitch));
}

function rackHeight(hosts: number, pitch: number, columnWidth: number): number {
  return TITLE_HEIGHT + Math.ceil(hosts / columnsFor(pitch, columnWidth)) * pitch + PADDING;
}

/** The host under a point of the fleet area, if any. */
export function hostAt(layout: FleetLayout, x: number, y: number): number | null {
  for (const rack of layout.racks) {
    if (x < rack.x || x > rack.x + rack.width || y < rack.y + TITLE_HEIGHT || y > rack.y + rack.height) continue;
    const column = Math.floor((x - rack.x - PADDING) / rack.pitch);
    const row = Math.floor((y - rack.y - TITLE_HEIGHT) / rack.pitch);
    if (column < 0 || column >= rack.columns) return null;
    return rack.hostIds[row * rack.columns + column] ?? null;
  }
  return null;
}
