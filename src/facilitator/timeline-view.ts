// The room's shared timeline, drawn as SVG: one row a run on one game-clock axis, each key moment a mark
// (its shape names it; a dashed ring says the player was graph-blind then), and a legend beneath. The
// places come from timeline-layout.ts; this only turns shares of the axis into units.

import { el, svgEl } from './dom';
import { momentMark } from './moment-marks';
import { MOMENT_IDS, MOMENT_LABELS } from './run-moments';
import type { TimelineLayout } from './timeline-layout';

const WIDTH = 1200;
/** Row names start here and are cut to fit before the axis, at the large text size too. */
const LABEL_LEFT = 10;
const LABEL_CHARS = 18;
const AXIS_LEFT = 250;
const AXIS_RIGHT = WIDTH - 30;
const TOP = 34;
const ROW = 46;
/**
 * Marks of one row sit in three lanes (above, on and below its line), in the order of MOMENT_IDS, so the
 * moments that often come close together (a switch and help asked; a canary and the status page) differ.
 */
const OFFSETS = [-12, 0, 12, -12, 0, 12];

export function timelineView(layout: TimelineLayout): HTMLElement {
  const figure = el('figure', 'timeline');
  const height = TOP + layout.rows.length * ROW + 10;
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': 'Key moments of each run on one game-clock axis' });
  const x = (at: number): number => AXIS_LEFT + at * (AXIS_RIGHT - AXIS_LEFT);

  for (const tick of layout.ticks) {
    svg.append(svgEl('line', { x1: x(tick.at), x2: x(tick.at), y1: TOP - 8, y2: height - 6 }, 'grid'));
    const label = svgEl('text', { x: x(tick.at), y: TOP - 14, 'text-anchor': 'middle' }, 'axis-label');
    label.textContent = tick.clock;
    svg.append(label);
  }

  layout.rows.forEach((row, index) => {
    const y = TOP + index * ROW + ROW / 2;
    if (index % 2 === 0) svg.append(svgEl('rect', { x: 0, y: y - ROW / 2, width: WIDTH, height: ROW }, 'row-band'));
    const name = svgEl('text', { x: LABEL_LEFT, y: y + 6 }, 'row-label');
    const chars = [...row.who];
    name.textContent = chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join('')}…` : row.who;
    name.append(titleOf(row.who));
    svg.append(name);
    svg.append(svgEl('line', { x1: x(0), x2: x(row.endAt), y1: y, y2: y }, 'run-line'));
    if (row.firstSignAt !== null) {
      const sign = svgEl('line', { x1: x(row.firstSignAt), x2: x(row.firstSignAt), y1: y - ROW / 2 + 4, y2: y + ROW / 2 - 4 }, 'first-sign');
      sign.append(titleOf(`${row.who}: first sign of trouble`));
      svg.append(sign);
    }
    for (const mark of row.marks) {
      const markY = y + OFFSETS[MOMENT_IDS.indexOf(mark.id)]!;
      const group = svgEl('g', {}, 'moment');
      if (mark.graphBlind) group.append(svgEl('circle', { cx: x(mark.at), cy: markY, r: 13 }, 'blind-ring'));
      group.append(momentMark(mark.id, x(mark.at), markY));
      group.append(titleOf(`${row.who}: ${MOMENT_LABELS[mark.id].toLowerCase()} at ${mark.clock}${mark.graphBlind ? ' (graph-blind then)' : ''}`));
      svg.append(group);
    }
  });
  figure.append(svg, legend());
  return figure;
}

function titleOf(text: string): SVGTitleElement {
  const title = svgEl('title');
  title.textContent = text;
  return title;
}

function legend(): HTMLElement {
  const list = el('figcaption', 'legend');
  const item = (draw: (svg: SVGSVGElement) => void, text: string): void => {
    const entry = el('span', 'legend-item');
    const icon = svgEl('svg', { viewBox: '0 0 30 30', width: 26, height: 26, 'aria-hidden': 'true' });
    draw(icon);
    entry.append(icon, document.createTextNode(text));
    list.append(entry);
  };
  for (const id of MOMENT_IDS) item((icon) => icon.append(momentMark(id, 15, 15)), MOMENT_LABELS[id]);
  item((icon) => icon.append(svgEl('line', { x1: 15, x2: 15, y1: 3, y2: 27 }, 'first-sign')), 'First sign of trouble');
  item((icon) => icon.append(svgEl('circle', { cx: 15, cy: 15, r: 12 }, 'blind-ring')), 'Dashed ring: graph-blind then (the monitoring was down)');
  return list;
}
