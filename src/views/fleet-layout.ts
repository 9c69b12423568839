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
}

const TITLE_HEIGHT = 22;
const PADDING = 8;
const GAP = 10;

const LABELS: Record<string, string> = { web: 'Web servers', api: 'API servers', tools: 'Tools on Apache', db: 'MySQL', dev: 'Developer VMs', staging: 'Staging' };

/** Racks for the big production tiers go left, the rest right; noisy dev VMs get smaller tiles. */
export function layoutFleet(config: SimConfig, hostTierIndexes: readonly number[], width: number): FleetLayout {
  const groups: string[] = [];
  for (const tier of config.tiers) if (!groups.includes(tier.group)) groups.push(tier.group);
  const columnWidth = (width - GAP) / 2;
  const columnY = [0, 0];
  const racks: Rack[] = [];
  const centres = new Array<{ x: number; y: number }>(hostTierIndexes.length);
  const tileSizes = new Array<number>(hostTierIndexes.length);

  for (const group of groups) {
    const tierIndexes = config.tiers.flatMap((tier, index) => (tier.group === group ? [index] : []));
    const hostIds = hostTierIndexes.flatMap((tierIndex, hostId) => (tierIndexes.includes(tierIndex) ? [hostId] : []));
    if (hostIds.length === 0) continue;
    const production = tierIndexes.some((index) => config.tiers[index]!.pool !== null);
    const column = production ? 0 : 1;
    const pitch = hostIds.length > 150 ? 14 : 19;
    const tile = pitch - 3;
    const columns = Math.max(1, Math.floor((columnWidth - PADDING * 2) / pitch));
    const rows = Math.ceil(hostIds.length / columns);
    const rack: Rack = {
      group,
      label: LABELS[group] ?? config.tiers[tierIndexes[0]!]!.label,
      x: column * (columnWidth + GAP),
      y: columnY[column]!,
      width: columnWidth,
      height: TITLE_HEIGHT + rows * pitch + PADDING,
      pitch,
      tile,
      columns,
      hostIds,
    };
    racks.push(rack);
    hostIds.forEach((hostId, i) => {
      centres[hostId] = { x: rack.x + PADDING + (i % columns) * pitch + pitch / 2, y: rack.y + TITLE_HEIGHT + Math.floor(i / columns) * pitch + pitch / 2 };
      tileSizes[hostId] = tile;
    });
    columnY[column] = columnY[column]! + rack.height + GAP;
  }
  return { racks, centres, tileSizes };
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
