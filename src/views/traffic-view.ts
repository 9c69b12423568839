// Customers' requests flowing through the load balancer to the pools, and the Chef server and mirror
// the fleet converges from, drawn from the player's view (session/player-view). Dots are for looks only:
// while the dashboards show the pools, their speed and colour follow each pool's error rate; when those go
// dark, the dots move at a neutral pace in the unknown colour, and the pool numbers show the last look at
// the load balancer's own stats (key 5), with its time, or a question.
// The dots are DOM boxes moved by a CSS animation over the canvas, not canvas shapes: the browser moves
// them on its compositor, so their smooth motion never makes the canvas draw a frame (on a laptop without
// a GPU, every drawn canvas frame is expensive). With motion reduced (views/display-mode) the dots stand
// still, spread along their lanes, and the share of failed requests is a steady share of red dots.

import Phaser from 'phaser';
import type { KnownPool, PlayerView } from '../session/player-view';
import { addArt, hasArt } from './art';
import { addBox, setText, type DomLabels } from './dom-labels';
import { palette, stroke } from './palette';
import { isMotionReduced } from './display-mode';
import { isProjector } from './projector';
import { trafficLayout } from './traffic-layout';

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
  /** Laid out for projector mode (views/projector) when the screen was built. */
  private readonly projector = isProjector();

  /** `hasApi`: the level has API servers; without them (the tutorial's small shop) their lane is not drawn. */
  constructor(scene: Phaser.Scene, area: { x: number; y: number }, infra: { x: number; y: number }, labels: DomLabels, hasApi = true) {
    const layout = trafficLayout(area, infra, this.projector);
    const { customers, balancer, chefServer, mirror, laneEnds } = layout;
    if (hasArt(scene, 'customers')) addArt(scene, 'customers', customers.x, customers.y).setDisplaySize(customers.width, customers.height);
    if (hasArt(scene, 'load-balancer')) addArt(scene, 'load-balancer', balancer.x, balancer.y).setDisplaySize(balancer.width, balancer.height);
    labels.add(layout.customersLabel.x, layout.customersLabel.y, 'customers', '', 'centre');
    labels.add(layout.balancerLabel.x, layout.balancerLabel.y, 'load balancer', '', 'centre');
    this.lanes = [
      { from: new Phaser.Math.Vector2(customers.x + 40, customers.y), to: new Phaser.Math.Vector2(balancer.x - 28, balancer.y) },
      { from: new Phaser.Math.Vector2(balancer.x + 28, balancer.y - 6), to: new Phaser.Math.Vector2(laneEnds[0].x, laneEnds[0].y) },
      { from: new Phaser.Math.Vector2(balancer.x + 28, balancer.y + 6), to: new Phaser.Math.Vector2(laneEnds[1].x, laneEnds[1].y) },
    ];
    const lines = scene.add.graphics().lineStyle(stroke(2), palette().panelEdge, 1);
    this.lanes.forEach((lane, index) => (index < 2 || hasApi) && lines.lineBetween(lane.from.x, lane.from.y, lane.to.x, lane.to.y));
    // Each pool's figure centred on the end of its lane.
    this.poolText = layout.poolText.map((spot) => labels.add(spot.x, spot.y, ''));
    this.poolText[1]!.hidden = !hasApi;
    for (let i = 0; i < DOTS; i++) {
      const lane = this.lanes[i % 3]!;
      const element = addBox(labels, lane.from.x, lane.from.y, 'traffic-dot');
      element.style.setProperty('--dx', `${lane.to.x - lane.from.x}px`);
      element.style.setProperty('--dy', `${lane.to.y - lane.from.y}px`);
      const dot: Dot = { element, lane: i % 3, phase: (i * 0.137) % 1 };
      // Where the dot stands when motion is reduced (ui.css): its place along the lane.
      element.style.setProperty('--along', dot.phase.toFixed(3));
      element.hidden = dot.lane === 2 && !hasApi;
      // Each pass, a dot decides afresh whether it is a failed request, in proportion to the pool's errors.
      element.addEventListener('animationiteration', () => this.colour(dot));
      this.dots.push(dot);
    }
    this.pace();

    if (hasArt(scene, 'chef-server')) addArt(scene, 'chef-server', chefServer.x, chefServer.y).setDisplaySize(chefServer.width, chefServer.height);
    if (hasArt(scene, 'yum-mirror')) addArt(scene, 'yum-mirror', mirror.x, mirror.y).setDisplaySize(mirror.width, mirror.height);
    this.chefText = labels.add(layout.chefText.x, layout.chefText.y, '');
    labels.add(layout.mirrorText.x, layout.mirrorText.y, layout.mirrorNote);
  }

  update(view: PlayerView, clock: (tick: number) => string): void {
    const { web, api } = view.pools;
    if (web.errorRate !== null && api.errorRate !== null) {
      setText(this.poolText[0]!, this.lines(`web: ${web.serving}/${web.hosts} serving`), `canvas-label ${STATUS_CLASS[web.status]}`);
      setText(this.poolText[1]!, this.lines(`api: ${api.serving}/${api.hosts} serving`), `canvas-label ${STATUS_CLASS[api.status]}`);
      this.failShare = [web.errorRate, api.errorRate];
      this.flow = [flowOf(web), flowOf(api)];
    } else {
      // Graph-blind: only a look from outside says how the pools are; the dots go grey and steady.
      const seen = view.looks.lb;
      const pool = (name: string, numbers: { inPool: number; hosts: number } | undefined, hosts: number): string =>
        // To the minute: with seconds the line ran past the traffic picture into the racks' column.
        seen && numbers ? `${name}: ${numbers.inPool}/${numbers.hosts} at ${clock(seen.atTick).slice(0, 5)}` : `${name}: ?/${hosts} (press 5)`;
      setText(this.poolText[0]!, this.lines(pool('web', seen?.web, web.hosts)), 'canvas-label unknown');
      setText(this.poolText[1]!, this.lines(pool('api', seen?.api, api.hosts)), 'canvas-label unknown');
      this.failShare = [-1, -1];
      this.flow = [NEUTRAL_FLOW, NEUTRAL_FLOW];
    }
    this.pace();
    // Graph-blind, every dot turns the unknown colour at once rather than pass by pass; still dots never
    // pass, so they take their colours from the shares at each tick instead.
    if (this.failShare[0]! < 0 || isMotionReduced()) for (const dot of this.dots) this.colour(dot);
    const server = view.chefServer;
    // Overload clears only once the runs fall well below the comfortable number (the label has room for
    // about twenty characters before the mirror's).
    // "(overload)": the longer "(overloaded)" with a three-digit count ran into the mirror's picture.
    setText(this.chefText, `Chef server:\n${server.concurrentRuns} runs${server.overloaded ? ' (overload)' : ''}`, `canvas-label ${server.overloaded ? 'warning' : 'bright'}`);
  }

  /** A pool's figure as shown: on one line, or in projector mode broken after the numbers ("web: 111/120" over "serving"). */
  private lines(text: string): string {
    return this.projector ? text.replace(/^(\S+ \S+) /, '$1\n') : text;
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
    // Looks only, so the unseeded random here never touches the simulation. Still dots do not flicker:
    // the dots nearest the lane's start are the failed ones, as many as the share says.
    const failed = isMotionReduced() ? dot.phase < share : Math.random() < share;
    const state = dot.lane === 0 ? '' : share < 0 ? ' unknown' : failed ? ' failed' : '';
    const className = `traffic-dot${state}`;
    if (dot.element.className !== className) dot.element.className = className;
  }
}

/** Requests through a pool slow down as its errors rise (never to a stop: the pool is still asked). */
function flowOf(pool: KnownPool): number {
  return Math.max(0.15, 1 - (pool.errorRate ?? 0));
}
