// The room's shared timeline, drawn as SVG: one row a run on one game-clock axis, each key moment a mark
// (its shape names it; a dashed ring says the player was graph-blind then) with its game clock beside it,
// and a legend beneath. Every place comes from timeline-layout.ts (labels in lanes, so none covers
// another); this only draws them.

import { el, svgEl } from './dom';
import { momentMark } from './moment-marks';
import { MOMENT_IDS, MOMENT_LABELS } from './run-moments';
import { TIMELINE_GEOMETRY, type TimelineLayout } from './timeline-layout';

/** Row names start here and are cut to fit before the axis, at the large text size too. */
const LABEL_LEFT = 10;
const LABEL_CHARS = 18;

export function timelineView(layout: TimelineLayout): HTMLElement {
  const { width, axisLeft, axisRight, top } = TIMELINE_GEOMETRY;
  const figure = el('figure', 'timeline');
  const height = layout.height;
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Key moments of each run on one game-clock axis' });
  const x = (at: number): number => axisLeft + at * (axisRight - axisLeft);

  for (const tick of layout.ticks) {
    svg.append(svgEl('line', { x1: x(tick.at), x2: x(tick.at), y1: top - 8, y2: height - 6 }, 'grid'));
    const label = svgEl('text', { x: x(tick.at), y: top - 14, 'text-anchor': 'middle' }, 'axis-label');
    label.textContent = tick.clock;
    svg.append(label);
  }

  layout.rows.forEach((row, index) => {
    const y = row.lineY;
    if (index % 2 === 0) svg.append(svgEl('rect', { x: 0, y: row.top, width, height: row.height }, 'row-band'));
    const name = svgEl('text', { x: LABEL_LEFT, y: y + 6 }, 'row-label');
    const chars = [...row.who];
    name.textContent = chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join('')}…` : row.who;
    name.append(titleOf(row.who));
    svg.append(name);
    svg.append(svgEl('line', { x1: x(0), x2: x(row.endAt), y1: y, y2: y }, 'run-line'));
    if (row.firstSignAt !== null) {
      const sign = svgEl('line', { x1: x(row.firstSignAt), x2: x(row.firstSignAt), y1: row.top + 4, y2: row.top + row.height - 4 }, 'first-sign');
      sign.append(titleOf(`${row.who}: first sign of trouble`));
      svg.append(sign);
    }
    // A label moved off the run's line keeps a stem down to its exact time on it; stems first, under every label.
    for (const mark of row.marks) if (mark.lane > 0) svg.append(svgEl('line', { x1: mark.x, x2: mark.x, y1: y, y2: mark.y }, `stem stem-${mark.id}`));
    for (const mark of row.marks) {
      const group = svgEl('g', {}, 'moment');
      const { box } = mark;
      group.append(svgEl('rect', { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top, rx: 4 }, 'label-back'));
      if (mark.graphBlind) group.append(svgEl('circle', { cx: mark.x, cy: mark.y, r: 13 }, 'blind-ring'));
      group.append(momentMark(mark.id, mark.x, mark.y));
      const clock = svgEl('text', { x: mark.textX, y: mark.y + 5, 'text-anchor': mark.textAnchor }, 'mark-clock');
      clock.textContent = mark.clock;
      group.append(clock);
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
