// Customers' requests flowing through the load balancer to the pools, and the Chef server and mirror
// the fleet converges from, drawn from the player's view (session/player-view). Dots are for looks only:
// while the dashboards show the pools, their speed and colour follow each pool's error rate; when those go
// dark, the dots move at a neutral pace in the unknown colour, and the pool numbers show the last look at
// the load balancer's own stats (key 5), with its time, or a question.
// The dots are DOM boxes moved by a CSS animation over the canvas, not canvas shapes: the browser moves
// them on its compositor, so their smooth motion never makes the canvas draw a frame (on a laptop without
// a GPU, every drawn canvas frame is expensive).

import Phaser from 'phaser';
import type { KnownPool, PlayerView } from '../session/player-view';
import { addArt, hasArt } from './art';
import { addBox, setText, type DomLabels } from './dom-labels';
import { PALETTE } from './palette';

/** How long a dot takes along its lane at full flow, in milliseconds of real time. */
const LANE_MS = 1400;
const DOTS = 36;
const STATUS_CLASS = { healthy: 'healthy', degraded: 'warning', down: 'broken', unknown: 'unknown' } as const;
/** The pace of the dots when nothing says how the pool is doing: steady, telling nothing. */
const NEUTRAL_FLOW = 0.7;

interface Dot {
  element: HTMLElement;
  lane: number;
  /** Where along its lane the dot started, 0-1, so the dots spread out. */
  phase: number;
}

export class TrafficView {
  private readonly dots: Dot[] = [];
  private readonly poolText: HTMLElement[];
  private readonly chefText: HTMLElement;
  private readonly lanes: { from: Phaser.Math.Vector2; to: Phaser.Math.Vector2 }[];
  private failShare = [0, 0];
  private flow = [1, 1];
  /** Each lane's pass time now (ms), as set on its dots; changed only when it moves by a step, since a change makes dots jump. */
  private laneMs = [0, 0, 0];
  private paceFactor = 1;
  private paused = false;

  /** `hasApi`: the level has API servers; without them (the tutorial's small shop) their lane is not drawn. */
  constructor(scene: Phaser.Scene, area: { x: number; y: number }, infra: { x: number; y: number }, labels: DomLabels, hasApi = true) {
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
    this.lanes.forEach((lane, index) => (index < 2 || hasApi) && lines.lineBetween(lane.from.x, lane.from.y, lane.to.x, lane.to.y));
    this.poolText = [22, 70].map((y) => labels.add(lineEnd + 8, area.y + y - 9, ''));
    this.poolText[1]!.hidden = !hasApi;
    for (let i = 0; i < DOTS; i++) {
      const lane = this.lanes[i % 3]!;
      const element = addBox(labels, lane.from.x, lane.from.y, 'traffic-dot');
      element.style.setProperty('--dx', `${lane.to.x - lane.from.x}px`);
      element.style.setProperty('--dy', `${lane.to.y - lane.from.y}px`);
      const dot: Dot = { element, lane: i % 3, phase: (i * 0.137) % 1 };
      element.hidden = dot.lane === 2 && !hasApi;
      // Each pass, a dot decides afresh whether it is a failed request, in proportion to the pool's errors.
      element.addEventListener('animationiteration', () => this.colour(dot));
      this.dots.push(dot);
    }
    this.pace();

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
        // To the minute: with seconds the line ran past the traffic picture into the racks' column.
        seen && numbers ? `${name}: ${numbers.inPool}/${numbers.hosts} at ${clock(seen.atTick).slice(0, 5)}` : `${name}: ?/${hosts} (press 5)`;
      setText(this.poolText[0]!, pool('web', seen?.web, web.hosts), 'canvas-label unknown');
      setText(this.poolText[1]!, pool('api', seen?.api, api.hosts), 'canvas-label unknown');
      this.failShare = [-1, -1];
      this.flow = [NEUTRAL_FLOW, NEUTRAL_FLOW];
    }
    this.pace();
    // Graph-blind, every dot turns the unknown colour at once rather than pass by pass.
    if (this.failShare[0]! < 0) for (const dot of this.dots) this.colour(dot);
    const server = view.chefServer;
    // Overload clears only once the runs fall well below the comfortable number (the label has room for
    // about twenty characters before the mirror's).
    // "(overload)": the longer "(overloaded)" with a three-digit count ran into the mirror's picture.
    setText(this.chefText, `Chef server:\n${server.concurrentRuns} runs${server.overloaded ? ' (overload)' : ''}`, `canvas-label ${server.overloaded ? 'warning' : 'bright'}`);
  }

  /** The dots stop while the clock does, and run faster at a faster speed (at most twice as fast). */
  setClock(paused: boolean, speed: number): void {
    const factor = Math.min(2, speed);
    if (paused !== this.paused) {
      this.paused = paused;
      for (const dot of this.dots) dot.element.style.animationPlayState = paused ? 'paused' : 'running';
    }
    if (factor !== this.paceFactor) {
      this.paceFactor = factor;
      this.pace();
    }
  }

  /** Sets each lane's pass time from the flow, in steps of a tenth so small changes do not make the dots jump. */
  private pace(): void {
    this.lanes.forEach((_, lane) => {
      const flow = lane === 0 ? 1 : this.flow[lane === 2 ? 1 : 0]!;
      const ms = Math.round(LANE_MS / (Math.round(flow * 10) / 10) / this.paceFactor);
      if (ms === this.laneMs[lane]) return;
      this.laneMs[lane] = ms;
      for (const dot of this.dots) {
        if (dot.lane !== lane) continue;
        dot.element.style.animationDuration = `${ms}ms`;
        dot.element.style.animationDelay = `${-Math.round(dot.phase * ms)}ms`;
      }
    });
  }

  private colour(dot: Dot): void {
    const share = this.failShare[dot.lane === 2 ? 1 : 0]!;
    // Looks only, so the unseeded random here never touches the simulation.
    const state = dot.lane === 0 ? '' : share < 0 ? ' unknown' : Math.random() < share ? ' failed' : '';
    const className = `traffic-dot${state}`;
    if (dot.element.className !== className) dot.element.className = className;
  }
}

/** Requests through a pool slow down as its errors rise (never to a stop: the pool is still asked). */
function flowOf(pool: KnownPool): number {
  return Math.max(0.15, 1 - (pool.errorRate ?? 0));
}
