// The canvas half of the incident screen: the fleet, the dashboards, the traffic and the team's desks,
// drawn from the player's view where INCIDENT_LAYOUT puts them. The scene hands it each new view and
// each frame's time; it says whether a cat moved, so a frame is drawn only when something did.

import type Phaser from 'phaser';
import type { PlayerView } from '../session/player-view';
import type { SimConfig } from '../sim/config';
import { DashboardView } from './dashboard-view';
import { DomLabels } from './dom-labels';
import { FleetView } from './fleet-view';
import { INCIDENT_LAYOUT } from './incident-layout';
import { TeamView } from './team-view';
import { TrafficView } from './traffic-view';

export interface IncidentCanvasEvents {
  /** A host tile was clicked. */
  onSelect: (hostId: number) => void;
  /** The fleet fogged over or cleared (the legend under it hides while it means nothing). */
  onBlindChange: (blind: boolean) => void;
}

export class IncidentCanvas {
  readonly fleet: FleetView;
  private readonly dashboards: DashboardView;
  private readonly traffic: TrafficView;
  private readonly team: TeamView;

  /** `labelLayer` holds the canvas's text, as DOM labels lined up with it. */
  constructor(scene: Phaser.Scene, sim: SimConfig, view: PlayerView, labelLayer: HTMLElement, events: IncidentCanvasEvents) {
    const labels = new DomLabels(labelLayer);
    const layout = INCIDENT_LAYOUT;
    this.fleet = new FleetView(scene, sim, view, layout.fleet, labels, events.onSelect, events.onBlindChange);
    this.dashboards = new DashboardView(scene, layout.dashboards, labels);
    this.traffic = new TrafficView(
      scene,
      layout.traffic,
      layout.infra,
      labels,
      sim.tiers.some((tier) => tier.pool === 'api' && tier.count > 0),
    );
    this.team = new TeamView(scene, sim.responders, layout.team);
  }

  /** Draws what changed with the tick: tiles, traffic and infrastructure, the graphs (or their darkness). */
  draw(view: PlayerView, clock: (tick: number) => string): void {
    this.fleet.refresh(view);
    this.traffic.update(view, clock);
    this.dashboards.draw(view.dashboards, clock);
  }

  /**
   * Moves the cats on by one frame and sets the traffic dots' clock (they move by themselves, off the
   * canvas); true when a cat changed pose and the canvas must be drawn.
   */
  frame(view: PlayerView, reporting: ReadonlySet<string>, deltaMs: number, speed: number, paused: boolean): boolean {
    this.traffic.setClock(paused, speed);
    return this.team.update(view.team, reporting, deltaMs, paused);
  }
}
