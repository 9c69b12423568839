// Customers' requests flowing through the load balancer to the pools, and the Chef server and mirror
// the fleet converges from, drawn from the player's view (session/player-view). Dots are for looks only:
// while the dashboards show the pools, their speed and colour follow each pool's error rate; when those go
// dark, the dots move at a neutral pace in the unknown colour, and the pool numbers show the last look at
// the load balancer's own stats (key 5), with its time, or a question.

import Phaser from 'phaser';
import type { KnownPool, PlayerView } from '../session/player-view';
import { addArt, hasArt } from './art';
import { setText, type DomLabels } from './dom-labels';
import { PALETTE } from './palette';

const STEP_MS = 100;
const STATUS_CLASS = { healthy: 'healthy', degraded: 'warning', down: 'broken', unknown: 'unknown' } as const;
/** The pace of the dots when nothing says how the pool is doing: steady, telling nothing. */
const NEUTRAL_FLOW = 0.7;

interface Dot {
  shape: Phaser.GameObjects.Arc;
  lane: number;
  progress: number;
}

export class TrafficView {
  private readonly dots: Dot[] = [];
  private readonly poolText: HTMLElement[];
  private readonly chefText: HTMLElement;
  private readonly lanes: { from: Phaser.Math.Vector2; to: Phaser.Math.Vector2 }[];
  private failShare = [0, 0];
  private sinceStepMs = 0;
  private flow = [1, 1];

  constructor(scene: Phaser.Scene, area: { x: number; y: number }, infra: { x: number; y: number }, labels: DomLabels) {
    const customers = { x: area.x + 46, y: area.y + 46 };
    const balancer = { x: area.x + 150, y: area.y + 46 };
    if (hasArt(scene, 'customers')) addArt(scene, 'customers', customers.x, customers.y).setDisplaySize(84, 56);
    if (hasArt(scene, 'load-balancer')) addArt(scene, 'load-balancer', balancer.x, balancer.y).setDisplaySize(52, 52);
    labels.add(customers.x, area.y + 78, 'customers', '', 'centre');
    labels.add(balancer.x, area.y + 78, 'load balancer', '', 'centre');
    const lineEnd = area.x + 232;
    this.lanes = [
      { from: new Phaser.Math.Vector2(customers.x + 40, customers.y), to: new Phaser.Math.Vector2(balancer.x - 28, balancer.y) },
      { from: new Phaser.Math.Vector2(balancer.x + 28, balancer.y - 6), to: new Phaser.Math.Vector2(lineEnd, area.y + 22) },
      { from: new Phaser.Math.Vector2(balancer.x + 28, balancer.y + 6), to: new Phaser.Math.Vector2(lineEnd, area.y + 70) },
    ];
    const lines = scene.add.graphics().lineStyle(2, PALETTE.panelEdge, 1);
    for (const lane of this.lanes) lines.lineBetween(lane.from.x, lane.from.y, lane.to.x, lane.to.y);
    this.poolText = [22, 70].map((y) => labels.add(lineEnd + 8, area.y + y - 9, ''));
    for (let i = 0; i < 36; i++) {
      const shape = scene.add.circle(0, 0, 3, PALETTE.healthy);
      this.dots.push({ shape, lane: i % 3, progress: (i * 0.137) % 1 });
    }

    if (hasArt(scene, 'chef-server')) addArt(scene, 'chef-server', infra.x + 20, infra.y + 20).setDisplaySize(38, 38);
    if (hasArt(scene, 'yum-mirror')) addArt(scene, 'yum-mirror', infra.x + 210, infra.y + 20).setDisplaySize(38, 38);
    this.chefText = labels.add(infra.x + 44, infra.y + 3, '');
    labels.add(infra.x + 234, infra.y + 3, 'yum mirror:\nnewest httpd only');
  }

  update(view: PlayerView, clock: (tick: number) => string): void {
    const { web, api } = view.pools;
    if (web.errorRate !== null && api.errorRate !== null) {
      setText(this.poolText[0]!, `web: ${web.serving}/${web.hosts} serving`, `canvas-label ${STATUS_CLASS[web.status]}`);
      setText(this.poolText[1]!, `api: ${api.serving}/${api.hosts} serving`, `canvas-label ${STATUS_CLASS[api.status]}`);
      this.failShare = [web.errorRate, api.errorRate];
      this.flow = [flowOf(web), flowOf(api)];
    } else {
      // Graph-blind: only a look from outside says how the pools are; the dots go grey and steady.
      const seen = view.looks.lb;
      const pool = (name: string, numbers: { inPool: number; hosts: number } | undefined, hosts: number): string =>
        seen && numbers ? `${name}: ${numbers.inPool}/${numbers.hosts} at ${clock(seen.atTick)}` : `${name}: ?/${hosts} (press 5)`;
      setText(this.poolText[0]!, pool('web', seen?.web, web.hosts), 'canvas-label unknown');
      setText(this.poolText[1]!, pool('api', seen?.api, api.hosts), 'canvas-label unknown');
      this.failShare = [-1, -1];
      this.flow = [NEUTRAL_FLOW, NEUTRAL_FLOW];
    }
    const server = view.chefServer;
    // Overload clears only once the runs fall well below the comfortable number (the label has room for
    // about twenty characters before the mirror's).
    setText(this.chefText, `Chef server:\n${server.concurrentRuns} runs${server.overloaded ? ' (overloaded)' : ''}`, `canvas-label ${server.overloaded ? 'warning' : 'bright'}`);
  }

  /**
   * Moves the dots along: looks only, driven by frame time, never deciding anything. They step ten
   * times a second rather than every frame, so the canvas is redrawn only that often; returns whether
   * they moved.
   */
  animate(deltaMs: number): boolean {
    this.sinceStepMs += deltaMs;
    if (this.sinceStepMs < STEP_MS) return false;
    const stepMs = this.sinceStepMs;
    this.sinceStepMs = 0;
    for (const dot of this.dots) {
      const poolIndex = dot.lane === 2 ? 1 : 0;
      dot.progress += (stepMs / 1400) * (dot.lane === 0 ? 1 : this.flow[poolIndex]!);
      if (dot.progress >= 1) {
        dot.progress -= 1;
        // Each dot decides afresh whether it is a failed request, in proportion to the pool's errors.
        // Looks only, so the unseeded random here never touches the simulation.
        const share = this.failShare[poolIndex]!;
        const failed = dot.lane !== 0 && Math.random() < share;
        dot.shape.setFillStyle(share < 0 && dot.lane !== 0 ? PALETTE.unknown : failed ? PALETTE.broken : PALETTE.healthy);
      }
      const lane = this.lanes[dot.lane]!;
      dot.shape.setPosition(lane.from.x + (lane.to.x - lane.from.x) * dot.progress, lane.from.y + (lane.to.y - lane.from.y) * dot.progress);
    }
    return true;
  }
}

/** Requests through a pool slow down as its errors rise (never to a stop: the pool is still asked). */
function flowOf(pool: KnownPool): number {
  return Math.max(0.15, 1 - (pool.errorRate ?? 0));
}
