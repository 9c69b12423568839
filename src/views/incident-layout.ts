// Where the canvas parts of the incident screen sit, in screen units (1280 x 720). Plain numbers, so the
// browser tests can find a host's tile the way the fleet view places it (with views/fleet-layout).

export const INCIDENT_LAYOUT = {
  fleet: { x: 12, y: 48, width: 780, height: 396 },
  dashboards: { x: 804, y: 48, width: 464, height: 148 },
  team: { x: 804, y: 204, width: 464, height: 100 },
  traffic: { x: 12, y: 340 },
  infra: { x: 408, y: 398 },
} as const;

/**
 * How tall each column of racks may grow inside the fleet area: the traffic picture sits under the left
 * column and the Chef server and mirror under the right one, so a big fleet's racks stop above them.
 */
export const FLEET_COLUMN_HEIGHTS: readonly [number, number] = [INCIDENT_LAYOUT.traffic.y - INCIDENT_LAYOUT.fleet.y - 6, INCIDENT_LAYOUT.infra.y - INCIDENT_LAYOUT.fleet.y - 6];
