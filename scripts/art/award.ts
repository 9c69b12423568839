// The three-armed sweater (award.svg, 96x88): the team's award for the incident everyone learned most
// from. A cosy striped jumper with a third sleeve waving up out of its collar, a ribbon rosette on the chest,
// and the same soft outlines as the rest of the art. A dim copy (award-missed.svg) stands for "not yet".

import { circle, col, d, defs, el, g, INK, LINE, light, mix, path, polygon, shade, svg, type ArtFile, type Colour } from './svg';

const SIZE = { width: 96, height: 88 } as const;

function sleeve(shape: string, knit: Colour): string {
  return path(shape, { fill: col(knit), stroke: col(INK), 'stroke-width': LINE.prop, 'stroke-linejoin': 'round' });
}

function sweater(knit: Colour, stripe: Colour, rosette: Colour): string {
  const id = 'sweater-body';
  const body = d`M30 18 Q48 26 66 18 L74 30 L72 80 Q48 84 24 80 L22 30 Z`;
  const stripes = [40, 52, 64].map((y) => path(d`M18 ${y} Q48 ${y + 5} 78 ${y}`, { fill: 'none', stroke: col(stripe), 'stroke-width': 5 }));
  // Cuffs and the hem are ribbed: short vertical strokes.
  const ribs = (x0: number, x1: number, y: number): string =>
    path(Array.from({ length: Math.floor((x1 - x0) / 3) }, (_, i) => `M${x0 + i * 3 + 1.5} ${y}v4`).join(''), { stroke: shade(knit, 0.25), 'stroke-width': LINE.propFine });
  return g(
    {},
    // Left and right sleeves, and the third one waving straight up out of the collar.
    sleeve(d`M30 18 L12 30 L4 62 L13 65 L22 40 Z`, knit),
    sleeve(d`M66 18 L84 30 L92 62 L83 65 L74 40 Z`, knit),
    sleeve(d`M40 24 L36 6 L50 3 L54 24 Z`, light(knit, 0.08)),
    ribs(36, 50, 3.5),
    defs(el('clipPath', { id }, path(body))),
    path(body, { fill: col(knit) }),
    g({ 'clip-path': `url(#${id})` }, ...stripes),
    path(body, { fill: 'none', stroke: col(INK), 'stroke-width': LINE.prop, 'stroke-linejoin': 'round' }),
    ribs(25, 71, 76),
    // The collar.
    path(d`M30 18 Q48 30 66 18`, { fill: 'none', stroke: shade(knit, 0.3), 'stroke-width': 4, 'stroke-linecap': 'round' }),
    // The rosette: a ribbon and a round badge with a star.
    polygon(
      [
        [56, 46],
        [52, 60],
        [56, 57],
        [59, 61],
        [61, 47],
      ],
      { fill: col(mix(rosette, 'broken', 0.4)), stroke: col(INK), 'stroke-width': LINE.propFine, 'stroke-linejoin': 'round' },
    ),
    circle(58, 42, 7, { fill: col(rosette), stroke: col(INK), 'stroke-width': LINE.propFine }),
    path(d`M58 37.5 l1.3 2.9 3.1 .3 -2.4 2 .8 3 -2.8 -1.6 -2.8 1.6 .8 -3 -2.4 -2 3.1 -.3 z`, { fill: col(light(rosette, 0.45)) }),
  );
}

export function awardArt(): ArtFile[] {
  const notes = ['96x88; centred art, no margin needed'];
  return [
    {
      name: 'award.svg',
      content: svg(SIZE.width, SIZE.height, { title: 'The three-armed sweater: the award for the run that learned most', notes }, sweater('accent', 'text', 'warning')),
    },
    {
      name: 'award-missed.svg',
      content: svg(SIZE.width, SIZE.height, { title: 'The three-armed sweater, not earned this time', notes }, g({ opacity: 0.45 }, sweater('unknown', 'panelEdge', 'textDim'))),
    },
  ];
}
