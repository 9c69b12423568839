// Where every host's tile sits on the incident screen: one rack per display group (web, api, tools, db,
// dev VMs, staging), tiles in rows, racks in two columns. Pure arithmetic, so clicks map back to hosts.
// In projector mode (views/projector) the tiles start larger, with a taller title for the bigger rack
// labels, and shrink in finer steps, so each fleet gets the largest tiles its area holds.

import type { SimConfig } from '../sim/config';
import { isProjector } from './projector';

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
  /** The rack's title strip above its tiles, and the margin left and right of them. */
  titleHeight: number;
  padding: number;
}

export interface FleetLayout {
  racks: Rack[];
  /** Each host's tile centre, by host id, relative to the fleet area's top-left corner. */
  centres: { x: number; y: number }[];
  tileSizes: number[];
  /** Each host's cell, by host id: its tile with the gutter around it; cells never overlap. */
  cellSizes: number[];
}

const GAP = 10;

/** How racks are drawn: the normal screen's, or the projector's larger tiles and titles. */
interface RackStyle {
  titleHeight: number;
  padding: number;
  /** The pitch a rack's tiles start from, before they shrink to fit its column. */
  basePitch: (hosts: number) => number;
  /** Each try to fit shrinks the tiles to this share of their base pitch again. */
  shrinkStep: number;
  /** The empty pixels between two tiles at a pitch. */
  gutter: (pitch: number) => number;
}

// Big tiles keep a 3 px gutter; tiny ones a single pixel, so they do not vanish into the gaps.
const NORMAL: RackStyle = { titleHeight: 22, padding: 8, basePitch: (hosts) => (hosts > 150 ? 14 : 19), shrinkStep: 0.9, gutter: (pitch) => (pitch >= 10 ? 3 : 1) };
// From the back of a room: the largest tiles that fit, found a pixel at a time, with a thinner gutter
// (2 px still parts them at 1.5 times the size) and room for the larger rack labels.
const PROJECTOR: RackStyle = { titleHeight: 24, padding: 4, basePitch: (hosts) => (hosts > 150 ? 22 : 32), shrinkStep: 0.97, gutter: (pitch) => (pitch >= 10 ? 2 : 1) };

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
export function layoutFleet(
  config: SimConfig,
  hostTierIndexes: readonly number[],
  width: number,
  columnHeights: readonly [number, number] = [Infinity, Infinity],
  projector: boolean = isProjector(),
): FleetLayout {
  const style = projector ? PROJECTOR : NORMAL;
  const columnWidth = (width - GAP) / 2;
  const plans = planRacks(config, hostTierIndexes, style);
  const pitches = plans.map((plan) => plan.basePitch);
  for (const column of [0, 1]) {
    const inColumn = plans.flatMap((plan, index) => (plan.column === column ? [index] : []));
    const columnHeight = (): number => inColumn.reduce((sum, index) => sum + rackHeight(plans[index]!.hostIds.length, pitches[index]!, columnWidth, style) + GAP, -GAP);
    const height = columnHeights[column]!;
    for (let scale = style.shrinkStep; columnHeight() > height && inColumn.some((index) => pitches[index]! > MIN_PITCH); scale *= style.shrinkStep) {
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
    const tile = pitch - style.gutter(pitch);
    const columns = columnsFor(pitch, columnWidth, style);
    const rack: Rack = {
      group: plan.group,
      label: plan.label,
      x: plan.column * (columnWidth + GAP),
      y: columnY[plan.column]!,
      width: columnWidth,
      height: rackHeight(plan.hostIds.length, pitch, columnWidth, style),
      pitch,
      tile,
      columns,
      hostIds: plan.hostIds,
      titleHeight: style.titleHeight,
      padding: style.padding,
    };
    racks.push(rack);
    plan.hostIds.forEach((hostId, i) => {
      centres[hostId] = { x: rack.x + style.padding + (i % columns) * pitch + pitch / 2, y: rack.y + style.titleHeight + Math.floor(i / columns) * pitch + pitch / 2 };
      tileSizes[hostId] = tile;
      cellSizes[hostId] = pitch;
    });
    columnY[plan.column] = columnY[plan.column]! + rack.height + GAP;
  });
  return { racks, centres, tileSizes, cellSizes };
}

function planRacks(config: SimConfig, hostTierIndexes: readonly number[], style: RackStyle): RackPlan[] {
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
    return [{ group, label: LABELS[group] ?? config.tiers[tierIndexes[0]!]!.label, column: production ? 0 : 1, basePitch: style.basePitch(hostIds.length), hostIds }];
  });
}

function columnsFor(pitch: number, columnWidth: number, style: RackStyle): number {
  return Math.max(1, Math.floor((columnWidth - style.padding * 2) / pitch));
}

function rackHeight(hosts: number, pitch: number, columnWidth: number, style: RackStyle): number {
  return style.titleHeight + Math.ceil(hosts / columnsFor(pitch, columnWidth, style)) * pitch + style.padding;
}

/** The host under a point of the fleet area, if any. */
export function hostAt(layout: FleetLayout, x: number, y: number): number | null {
  for (const rack of layout.racks) {
    if (x < rack.x || x > rack.x + rack.width || y < rack.y + rack.titleHeight || y > rack.y + rack.height) continue;
    const column = Math.floor((x - rack.x - rack.padding) / rack.pitch);
    const row = Math.floor((y - rack.y - rack.titleHeight) / rack.pitch);
    if (column < 0 || column >= rack.columns) return null;
    return rack.hostIds[row * rack.columns + column] ?? null;
  }
  return null;
}
