// The 24x24 host tiles of the fleet view. They are drawn at 16-20 px in a grid of ~400, so each state has
// its own bold silhouette or symbol (check, X, arrows, pause, ?, hatching, cylinder, teal band) as well as
// its own colour: the fleet must read for a player who cannot tell red from green.

import { COLOUR_BLIND_PALETTE, HIGH_CONTRAST_PALETTE } from '../../src/views/palette';
import { glyphVariant } from '../../src/views/host-glyphs';
import { circle, col, d, defs, drawnIn, el, ellipse, g, hatch, LINE, light, path, RADIUS, rect, shade, svg, type ArtFile, type Colour } from './svg';

const SIZE = 24;

/** The server's face: a rounded box filling most of the tile, leaving a 2 px gutter for the grid. */
const BODY = { x: 2, y: 2, width: 20, height: 20 } as const;
/** The thin faceplate strip across the top (two drive slots and an LED) that says "server". */
const STRIP_Y = 7.5;
/** Where the state symbol sits: the face below the strip. */
const SYMBOL = { cx: 12, cy: 15 } as const;

function body(fill: Colour, extra: Record<string, string | number> = {}): string {
  return rect(BODY.x, BODY.y, BODY.width, BODY.height, { rx: RADIUS.glyph, fill: col(fill), ...extra });
}

/** An outline just inside the body's edge, so outlined glyphs are no bigger than filled ones. */
function bodyOutline(colour: Colour): string {
  const inset = LINE.glyph / 2;
  return rect(BODY.x + inset, BODY.y + inset, BODY.width - 2 * inset, BODY.height - 2 * inset, {
    rx: RADIUS.glyph - inset,
    fill: 'none',
    stroke: col(colour),
    'stroke-width': LINE.glyph,
  });
}

/** Two drive slots and an LED above a dividing line: small, but it turns a square into a server. */
function faceplate(fill: Colour, led: Colour | null): string {
  const ink = shade(fill, 0.72);
  return g(
    {},
    rect(5, 4.25, 4.5, 1.6, { rx: 0.8, fill: ink }),
    rect(10.5, 4.25, 4.5, 1.6, { rx: 0.8, fill: ink }),
    led === null ? circle(18, 5.05, 1.35, { fill: ink }) : circle(18, 5.05, 1.45, { fill: col(led), stroke: ink, 'stroke-width': 0.6 }),
    path(d`M${BODY.x} ${STRIP_Y}H${BODY.x + BODY.width}`, { stroke: ink, 'stroke-width': 1.1, opacity: 0.55 }),
  );
}

function symbolStroke(colour: Colour): Record<string, string | number> {
  return { fill: 'none', stroke: col(colour), 'stroke-width': LINE.glyphSymbol, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
}

const check = (ink: Colour): string => path(d`M7.4 15.2 L10.6 18.3 L16.8 11.4`, symbolStroke(ink));

function glyph(title: string, ...body: string[]): string {
  return svg(SIZE, SIZE, { title }, ...body);
}

function serving(): string {
  const ink = shade('healthy', 0.8);
  return glyph('Host serving: Apache up', body('healthy'), faceplate('healthy', light('healthy', 0.75)), check(ink));
}

function php7(): string {
  // The serving glyph, with the top third of the face (the strip) in teal and a teal edge: findable at a glance.
  const ink = shade('healthy', 0.8);
  const teal = col('php7');
  return glyph(
    'php7 host serving: one of the seven survivors',
    defs(el('clipPath', { id: 'php7-body' }, body('healthy'))),
    body('healthy'),
    g(
      { 'clip-path': 'url(#php7-body)' },
      rect(BODY.x, BODY.y, BODY.width, STRIP_Y - BODY.y + 0.6, { fill: teal }),
      path(d`M${BODY.x} ${STRIP_Y + 0.6}H${BODY.x + BODY.width}`, { stroke: shade('php7', 0.7), 'stroke-width': 1.1 }),
    ),
    rect(5, 4.25, 4.5, 1.6, { rx: 0.8, fill: shade('php7', 0.72) }),
    rect(10.5, 4.25, 4.5, 1.6, { rx: 0.8, fill: shade('php7', 0.72) }),
    circle(18, 5.05, 1.45, { fill: light('php7', 0.8), stroke: shade('php7', 0.72), 'stroke-width': 0.6 }),
    bodyOutline('php7'),
    check(ink),
  );
}

function apacheFailed(): string {
  const ink = shade('broken', 0.82);
  return glyph('Host with Apache failed', body('broken'), faceplate('broken', null), path(d`M8 11 L16 19 M16 11 L8 19`, { ...symbolStroke(ink), 'stroke-width': LINE.glyphSymbol + 0.4 }));
}

function chefRunning(): string {
  const ink = shade('chef', 0.82);
  const { cx, cy } = SYMBOL;
  const r = 4.6;
  // Two arcs chasing each other round the centre, each ending in an arrowhead: "Chef is converging".
  const arcs = path(d`M${cx - r} ${cy} A${r} ${r} 0 0 1 ${cx + r * 0.5} ${cy - r * 0.87} M${cx + r} ${cy} A${r} ${r} 0 0 1 ${cx - r * 0.5} ${cy + r * 0.87}`, {
    ...symbolStroke(ink),
    'stroke-width': 2.1,
  });
  const heads = path(
    d`M${cx + 0.6} ${cy - r - 2.4} L${cx + r * 0.5 + 2.1} ${cy - r * 0.87 + 0.5} L${cx + 0.4} ${cy - r + 2.3} Z M${cx - 0.6} ${cy + r + 2.4} L${cx - r * 0.5 - 2.1} ${cy + r * 0.87 - 0.5} L${cx - 0.4} ${cy + r - 2.3} Z`,
    { fill: ink, stroke: ink, 'stroke-width': 0.6, 'stroke-linejoin': 'round' },
  );
  return glyph('Host with a Chef run in progress', body('chef'), faceplate('chef', light('chef', 0.75)), arcs, heads);
}

function chefStopped(): string {
  const ink = shade('warning', 0.82);
  return glyph(
    'Host with chef-client stopped',
    body('warning'),
    faceplate('warning', null),
    rect(8.3, 10.6, 2.9, 8.8, { rx: 1, fill: ink }),
    rect(12.8, 10.6, 2.9, 8.8, { rx: 1, fill: ink }),
  );
}

function unknown(): string {
  const grey = col('unknown');
  return glyph(
    'Host state unknown: monitoring cannot see it',
    rect(BODY.x + 0.75, BODY.y + 0.75, BODY.width - 1.5, BODY.height - 1.5, {
      rx: RADIUS.glyph - 0.5,
      fill: shade('unknown', 0.65),
      stroke: grey,
      'stroke-width': LINE.glyph,
      'stroke-dasharray': '3.2 2.2',
    }),
    path(d`M8.9 9.6 C8.9 5.6 15.3 5.6 15.3 9.4 C15.3 12 12.1 12 12.1 14.6`, { ...symbolStroke(light('unknown', 0.35)), 'stroke-width': 2.4 }),
    circle(12.1, 18.2, 1.55, { fill: light('unknown', 0.35) }),
  );
}

function drained(): string {
  const edge = col('unknown');
  return glyph(
    'Host drained from the load balancer',
    defs(el('clipPath', { id: 'drained-body' }, body('panelRaised'))),
    body('panelRaised'),
    g({ 'clip-path': 'url(#drained-body)' }, hatch(BODY.x, BODY.y, BODY.width, BODY.height, 4, { stroke: edge, 'stroke-width': LINE.glyph, opacity: 0.85 })),
    bodyOutline('unknown'),
  );
}

function noApache(): string {
  const edge = col('textDim');
  const fill = col('panelEdge');
  const stroke = { stroke: edge, 'stroke-width': LINE.glyph };
  // A database drum: top ellipse, straight sides, rounded bottom; two bands for the platters.
  return glyph(
    'Host that does not run Apache (database or VM)',
    path(d`M5 6.5 V17.5 A7 3 0 0 0 19 17.5 V6.5`, { fill, ...stroke }),
    path(d`M5 10.3 A7 3 0 0 0 19 10.3 M5 14 A7 3 0 0 0 19 14`, { fill: 'none', ...stroke, opacity: 0.7 }),
    ellipse(12, 6.5, 7, 3, { fill: light('panelEdge', 0.15), ...stroke }),
  );
}

/** Every glyph in the game's palette, and again in each display palette (src/views/host-glyphs picks by setting). */
export function hostGlyphs(): ArtFile[] {
  const variants = [
    { choice: 'colour-blind', colours: COLOUR_BLIND_PALETTE },
    { choice: 'high-contrast', colours: HIGH_CONTRAST_PALETTE },
  ] as const;
  return [
    ...glyphsInPalette(),
    ...variants.flatMap(({ choice, colours }) =>
      drawnIn(colours, () => glyphsInPalette().map((file) => ({ ...file, name: `${glyphVariant(file.name.slice(0, -'.svg'.length), choice)}.svg` }))),
    ),
  ];
}

function glyphsInPalette(): ArtFile[] {
  return [
    { name: 'host-serving.svg', content: serving() },
    { name: 'host-apache-failed.svg', content: apacheFailed() },
    { name: 'host-chef-running.svg', content: chefRunning() },
    { name: 'host-chef-stopped.svg', content: chefStopped() },
    { name: 'host-unknown.svg', content: unknown() },
    { name: 'host-drained.svg', content: drained() },
    { name: 'host-no-apache.svg', content: noApache() },
    { name: 'host-php7.svg', content: php7() },
  ];
}
