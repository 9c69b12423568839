// The dashboards: latency, errors, orders and serving hosts as small line charts, from the player's view
// (session/player-view). Each chart's figure is the one the top bar shows (session/site-figures: the
// graphs' average over the last game minute, hosts serving as last sampled), and its title says so, so
// the two never show different numbers without a word on why. When graphite-web loses Apache they go dark
// and say why and since when; nothing is drawn under the dark, not even the last picture, so no true
// line shows through.

import Phaser from 'phaser';
import type { MetricSample } from '../session/metric-history';
import type { KnownDashboards } from '../session/player-view';
import { siteFigures, type SiteFigures } from '../session/site-figures';
import { setText, type DomLabels } from './dom-labels';
import { palette, stroke, type PaletteName } from './palette';
import { isProjector } from './projector';

interface Chart {
  /** Says where the figure comes from: the last minute's average, or the last sample. */
  title: string;
  value: (sample: MetricSample) => number;
  /** The figure shown beside the title: the same one the top bar shows. */
  figure: (figures: SiteFigures) => number;
  format: (value: number) => string;
  colour: PaletteName;
  /** A floor for the scale, so a calm chart does not magnify noise. */
  minMax: number;
}

const CHARTS: Chart[] = [
  {
    title: 'p50 latency, last min',
    value: (s) => s.webP50Ms,
    figure: (f) => f.p50Ms,
    format: (v) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`),
    colour: 'warning',
    minMax: 400,
  },
  { title: 'Errors, last min', value: (s) => s.webErrorRate * 100, figure: (f) => f.errorRate * 100, format: (v) => `${v.toFixed(1)} %`, colour: 'broken', minMax: 5 },
  { title: 'Orders/min, last min', value: (s) => s.ordersPerMinute, figure: (f) => f.ordersPerMinute, format: (v) => `${Math.round(v)}`, colour: 'healthy', minMax: 100 },
  { title: 'Web hosts serving', value: (s) => s.webServing, figure: (f) => f.webServing, format: (v) => `${Math.round(v)}`, colour: 'info', minMax: 10 },
];

const TITLE = 20;
/**
 * In projector mode the figure is too large to share the title's line: it sits under it at the right,
 * and the line chart takes the rest of the cell's width, beside it.
 */
const PROJECTOR_TITLE = 22;
const PROJECTOR_FIGURE_WIDTH = 92;

export class DashboardView {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly values: HTMLElement[];
  private readonly titles: HTMLElement[] = [];
  private readonly shade: Phaser.GameObjects.Rectangle;
  private readonly message: HTMLElement;
  /** What was last drawn, so a tick that changed nothing on the charts costs nothing. */
  private drawn = '';
  /** Laid out for projector mode (views/projector) when the screen was built. */
  private readonly projector: boolean;

  constructor(
    scene: Phaser.Scene,
    private readonly area: { x: number; y: number; width: number; height: number },
    labels: DomLabels,
  ) {
    this.graphics = scene.add.graphics();
    this.projector = isProjector();
    this.values = this.cells().map((cell, i) => {
      this.titles.push(labels.add(cell.x + 8, cell.y + (this.projector ? 3 : 4), CHARTS[i]!.title));
      return labels.add(cell.x + cell.width - 8, cell.y + (this.projector ? PROJECTOR_TITLE + 4 : 3), '', 'value', 'right');
    });
    this.shade = scene.add.rectangle(area.x, area.y, area.width, area.height, palette().background, 0.86).setOrigin(0, 0).setVisible(false);
    this.message = labels.add(area.x + area.width / 2, area.y + area.height / 2 - 24, '', 'dark-dashboards', 'centre');
    this.message.hidden = true;
  }

  /** `clock` turns a tick into the game clock's time, for when the graphs went dark. */
  draw(dashboards: KnownDashboards, clock: (tick: number) => string): void {
    const { visible, samples } = dashboards;
    const signature = `${visible}|${samples.length}|${samples.at(-1)?.tick ?? -1}|${dashboards.darkSinceTick}`;
    if (signature === this.drawn) return;
    this.drawn = signature;
    this.shade.setVisible(!visible);
    this.message.hidden = visible;
    const since = dashboards.darkSinceTick === null ? '' : ` since ${clock(dashboards.darkSinceTick)}`;
    setText(this.message, `Dashboards dark${since}: graphite-web and ganglia run on Apache too. Visit the site (4) or read the load balancer (5) instead.`);
    for (const title of this.titles) title.hidden = !visible;
    // Projector mode's larger figures would peek out from under the larger message: they go with the titles.
    if (this.projector) for (const value of this.values) value.hidden = !visible;
    const figures = siteFigures(dashboards);
    const g = this.graphics.clear();
    const colours = palette();
    this.cells().forEach((cell, i) => {
      const chart = CHARTS[i]!;
      g.fillStyle(colours.panel, 1).fillRoundedRect(cell.x, cell.y, cell.width, cell.height, 8);
      g.lineStyle(stroke(1), colours.panelEdge, 1).strokeRoundedRect(cell.x, cell.y, cell.width, cell.height, 8);
      const plot = this.projector
        ? { x: cell.x + 8, y: cell.y + PROJECTOR_TITLE + 6, width: cell.width - 16 - PROJECTOR_FIGURE_WIDTH, height: cell.height - PROJECTOR_TITLE - 14 }
        : { x: cell.x + 8, y: cell.y + TITLE + 4, width: cell.width - 16, height: cell.height - TITLE - 12 };
      setText(this.values[i]!, figures ? chart.format(chart.figure(figures)) : '—');
      if (!visible || samples.length < 2) return;
      const max = Math.max(chart.minMax, ...samples.map(chart.value)) * 1.1;
      g.lineStyle(stroke(2), colours[chart.colour], 1).beginPath();
      samples.forEach((sample, n) => {
        const x = plot.x + (n / (samples.length - 1)) * plot.width;
        const y = plot.y + plot.height - (chart.value(sample) / max) * plot.height;
        if (n === 0) g.moveTo(x, y);
        else g.lineTo(x, y);
      });
      g.strokePath();
    });
  }

  private cells(): { x: number; y: number; width: number; height: number }[] {
    const gap = 8;
    const width = (this.area.width - gap) / 2;
    const height = (this.area.height - gap) / 2;
    return [0, 1, 2, 3].map((i) => ({ x: this.area.x + (i % 2) * (width + gap), y: this.area.y + Math.floor(i / 2) * (height + gap), width, height }));
  }
}
