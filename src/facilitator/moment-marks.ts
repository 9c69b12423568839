// How each moment is drawn on the timeline: a shape as well as a colour (as the game's host glyphs do), so
// nothing depends on telling colours apart on a washed-out projector.

import { svgEl } from './dom';
import type { MomentId } from './run-moments';

/** A mark centred on (x, y), about 16 units across; its colour comes from the CSS class `mark-<id>`. */
export function momentMark(id: MomentId, x: number, y: number): SVGElement {
  const r = 8;
  const points = (list: Array<[number, number]>): string => list.map(([dx, dy]) => `${x + dx},${y + dy}`).join(' ');
  const className = `mark mark-${id}`;
  switch (id) {
    case 'kill-switch':
      return svgEl('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r }, className);
    case 'canary':
      return svgEl(
        'polygon',
        {
          points: points([
            [0, -r - 1],
            [r + 1, r],
            [-r - 1, r],
          ]),
        },
        className,
      );
    case 'status-page':
      return svgEl(
        'polygon',
        {
          points: points([
            [0, -r - 2],
            [r + 2, 0],
            [0, r + 2],
            [-r - 2, 0],
          ]),
        },
        className,
      );
    case 'help':
      return svgEl('circle', { cx: x, cy: y, r }, className);
    case 'php7':
      // A plus: the php7 boxes, touched.
      return svgEl(
        'polygon',
        {
          points: points([
            [-3, -r - 1],
            [3, -r - 1],
            [3, -3],
            [r + 1, -3],
            [r + 1, 3],
            [3, 3],
            [3, r + 1],
            [-3, r + 1],
            [-3, 3],
            [-r - 1, 3],
            [-r - 1, -3],
            [-3, -3],
          ]),
        },
        className,
      );
    case 'resolved': {
      const star: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r + 2 : (r + 2) / 2.3;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        star.push([Math.round(radius * Math.cos(angle) * 10) / 10, Math.round(radius * Math.sin(angle) * 10) / 10]);
      }
      return svgEl('polygon', { points: points(star) }, className);
    }
  }
}
