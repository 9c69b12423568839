// The incident screen's rectangles around the office strip at 1280x720: the canvas parts from
// views/incident-layout, the DOM panels as src/ui/ui.css places them (the alerts panel under the strip).

import { INCIDENT_LAYOUT } from '../../src/views/incident-layout';

const { dashboards, team, fleet } = INCIDENT_LAYOUT;

export const INCIDENT = {
  team,
  neighbours: [
    { name: 'the dashboards', rect: dashboards },
    { name: 'the fleet', rect: fleet },
    { name: 'the alerts panel', rect: { x: 804, y: 312, width: 464, height: 150 } },
    { name: 'the top bar', rect: { x: 0, y: 0, width: 1280, height: 44 } },
  ],
};

/** Where each desk's centre is (as views/team-view shares the strip out), without importing the view. */
export function deskCentresForTest(count: number): number[] {
  const slot = team.width / count;
  return Array.from({ length: count }, (_, index) => team.x + slot * (index + 0.5));
}
