// Where the canvas parts of the incident screen sit, in screen units (1280 x 720). Plain numbers, so the
// browser tests can find a host's tile the way the fleet view places it (with views/fleet-layout).

export const INCIDENT_LAYOUT = {
  fleet: { x: 12, y: 48, width: 780, height: 396 },
  dashboards: { x: 804, y: 48, width: 464, height: 148 },
  team: { x: 804, y: 204, width: 464, height: 100 },
  traffic: { x: 12, y: 340 },
  infra: { x: 408, y: 398 },
} as const;
