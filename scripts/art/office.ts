// The night office: one desk (desk.svg) and the long strip seen from the side (office-strip.svg) with its
// coffee corner, plants, windows on a city at night and six empty chairs where the cat responders sit.
// The cats are drawn by the game at CAT_DESK_XS / CAT_SEAT_Y, so the strip leaves those seats free.

import { teaCozy } from './props';
import {
  circle,
  col,
  comment,
  d,
  defs,
  el,
  ellipse,
  g,
  INK,
  light,
  line,
  LINE,
  linearGradient,
  mix,
  path,
  polygon,
  radialGradient,
  RADIUS,
  rect,
  seeded,
  shade,
  svg,
  type ArtFile,
  type Attrs,
  type Colour,
} from './svg';

const STRIP = { width: 1280, height: 120 } as const;
/** Where the wall meets the floor in the strip; desk legs stand here, chairs a little nearer (lower). */
const FLOOR_Y = 108;
/** Desks in the strip are the desk.svg drawing at this scale. */
const DESK_SCALE = 0.9;
const DESK = { width: 160, height: 100, centre: 80 } as const;

/** The x centre of each empty seat in office-strip.svg, left to right: where the game draws each cat. */
export const CAT_DESK_XS = [235, 385, 535, 755, 905, 1055] as const;
/** The y of the seat cushion's top edge of each empty chair in office-strip.svg. */
export const CAT_SEAT_Y = 95;

const WOOD = mix('accent', 'panelRaised', 0.78);
const SCREEN = mix('accent', 'background', 0.66);
const BEZEL = mix('panel', 'background', 0.4);

const fine = (colour: Colour, opacity?: number): Attrs => ({
  fill: 'none',
  stroke: col(colour),
  'stroke-width': LINE.sceneFine,
  'stroke-linecap': 'round',
  opacity,
});

/** Gradients shared by every desk: the warm glow a screen throws on the wall, and the screen itself. */
function deskDefs(): string {
  return defs(
    radialGradient('desk-glow', [
      { offset: 0, colour: 'accent', opacity: 0.3 },
      { offset: 0.55, colour: 'accent', opacity: 0.1 },
      { offset: 1, colour: 'accent', opacity: 0 },
    ]),
    linearGradient('desk-screen', [
      { offset: 0, colour: mix(SCREEN, 'accent', 0.22) },
      { offset: 1, colour: SCREEN },
    ]),
  );
}

export type ScreenKind = 'terminal' | 'graph' | 'chat' | 'dashboard' | 'fleet' | 'status';

interface DeskOptions {
  screen: ScreenKind;
  mug?: boolean;
  plant?: boolean;
  sticky?: Colour;
}

/** What the screen shows, inside the screen box 48..112 x 24..57 (desk coordinates). */
function screenContent(kind: ScreenKind): string {
  const bar = (x: number, y: number, w: number, colour: Colour, opacity = 0.9): string => rect(x, y, w, 2.4, { rx: 1.2, fill: col(colour), opacity });
  switch (kind) {
    case 'terminal':
      return g(
        {},
        bar(52, 28, 22, 'healthy'),
        bar(52, 33, 40, 'text', 0.75),
        bar(52, 38, 32, 'text', 0.75),
        bar(52, 43, 44, 'warning'),
        bar(52, 48, 18, 'text', 0.75),
        rect(72, 47.5, 3, 4, { fill: col('text') }),
      );
    case 'graph':
      return g(
        {},
        path('M51 52 H109', fine('textDim', 0.6)),
        path('M52 46 L60 44 L66 47 L74 38 L80 41 L88 30 L96 33 L108 28', { ...fine('healthy'), 'stroke-width': 1.6, 'stroke-linejoin': 'round' }),
        path('M52 50 L62 49 L70 50 L80 47 L90 48 L108 45', { ...fine('info'), 'stroke-width': 1.6, 'stroke-linejoin': 'round' }),
      );
    case 'chat':
      return g(
        {},
        rect(52, 27, 30, 6, { rx: 3, fill: col('chef'), opacity: 0.85 }),
        rect(74, 36, 34, 6, { rx: 3, fill: col('info'), opacity: 0.85 }),
        rect(52, 45, 24, 6, { rx: 3, fill: col('php7'), opacity: 0.85 }),
      );
    case 'dashboard':
      return g(
        {},
        ...[0, 1, 2, 3].map((i) => rect(52 + i * 14.5, 28, 11, 11, { rx: 2, fill: col(i === 2 ? 'warning' : 'healthy'), opacity: 0.85 })),
        bar(52, 44, 56, 'textDim', 0.6),
        bar(52, 49, 36, 'textDim', 0.6),
      );
    case 'fleet': {
      const tiles: string[] = [];
      for (let row = 0; row < 4; row++)
        for (let column = 0; column < 9; column++) {
          const colour: Colour = (row * 9 + column) % 11 === 4 ? 'php7' : (row + column) % 5 === 0 ? 'chef' : 'healthy';
          tiles.push(rect(52 + column * 6.4, 28 + row * 6.4, 5, 5, { rx: 1.2, fill: col(colour), opacity: 0.85 }));
        }
      return g({}, ...tiles);
    }
    case 'status':
      return g({}, circle(60, 36, 5, { fill: col('healthy') }), bar(70, 32, 34, 'text'), bar(70, 38, 22, 'textDim', 0.7), bar(52, 46, 52, 'textDim', 0.5), bar(52, 51, 40, 'textDim', 0.5));
  }
}

/** One desk in its own 160x100 coordinates: wall glow, monitor, desk top with keyboard, legs and drawers. */
function deskBody(options: DeskOptions): string {
  const wood = col(WOOD);
  const woodEdge = shade(WOOD, 0.45);
  const parts = [
    ellipse(80, 40, 78, 42, { fill: 'url(#desk-glow)' }),
    // Legs and the drawer pedestal (drawn first: the top sits over them).
    rect(8, 80, 6, 20, { fill: shade(WOOD, 0.35) }),
    rect(112, 80, 38, 20, { rx: 2, fill: shade(WOOD, 0.2), stroke: woodEdge, 'stroke-width': LINE.sceneFine }),
    path('M113 89.5 H149', fine(woodEdge)),
    rect(126, 84, 10, 2, { rx: 1, fill: light(WOOD, 0.3) }),
    rect(126, 93, 10, 2, { rx: 1, fill: light(WOOD, 0.3) }),
    // Monitor.
    rect(76, 60, 8, 8, { fill: BEZEL }),
    rect(66, 66, 28, 3.5, { rx: 1.75, fill: BEZEL, stroke: shade('panelEdge', 0.2), 'stroke-width': LINE.sceneFine }),
    rect(44, 20, 72, 42, { rx: RADIUS.scene, fill: BEZEL, stroke: col('panelEdge'), 'stroke-width': LINE.scene }),
    rect(48, 24, 64, 33, { rx: 2, fill: 'url(#desk-screen)' }),
    screenContent(options.screen),
    // A soft shine on the glass.
    path('M98 25 L111 25 L111 32 Z', { fill: col('text'), opacity: 0.06 }),
    led(112, 59.5),
    // Desk top: the top face, then the front edge.
    polygon(
      [
        [8, 68],
        [152, 68],
        [158, 75],
        [2, 75],
      ],
      { fill: wood, stroke: woodEdge, 'stroke-width': LINE.sceneFine, 'stroke-linejoin': 'round' },
    ),
    rect(2, 75, 156, 6, { rx: 1.5, fill: shade(WOOD, 0.15), stroke: woodEdge, 'stroke-width': LINE.sceneFine }),
    // The screen's light on the desk top.
    ellipse(80, 71.5, 40, 3, { fill: col('accent'), opacity: 0.16 }),
    // Keyboard with two rows of keys, and a mouse.
    polygon(
      [
        [57, 69.5],
        [103, 69.5],
        [105.5, 74],
        [54.5, 74],
      ],
      { fill: col('panelEdge'), stroke: shade('panelEdge', 0.45), 'stroke-width': LINE.sceneFine, 'stroke-linejoin': 'round' },
    ),
    path('M58 71.2 H102 M57 72.9 H103.5', { fill: 'none', stroke: light('panelEdge', 0.4), 'stroke-width': 0.9, 'stroke-dasharray': '2.2 1.2' }),
    ellipse(114, 72, 3.2, 1.8, { fill: col('panelEdge'), stroke: shade('panelEdge', 0.45), 'stroke-width': LINE.sceneFine }),
  ];
  if (options.sticky !== undefined)
    parts.push(
      rect(106, 15, 10, 10, { fill: col(options.sticky), transform: 'rotate(8 111 20)' }),
      path('M108 19 h5 M108 22 h3', { ...fine(shade(options.sticky, 0.6)), transform: 'rotate(8 111 20)' }),
    );
  if (options.mug === true) parts.push(mug(28, 71));
  if (options.plant === true) parts.push(pottedPlant(136, 71, 0.8));
  return g({}, ...parts);
}

function led(x: number, y: number): string {
  return circle(x, y, 1.1, { fill: col('healthy') });
}

/** A mug of something hot, standing on (x, baseY), with a curl of steam. */
function mug(x: number, baseY: number): string {
  const colour = col('php7');
  return g(
    {},
    path(d`M${x + 7} ${baseY - 7} q3.5 0 3.5 2.5 q0 2.5 -3.5 2.5`, { fill: 'none', stroke: colour, 'stroke-width': 1.6 }),
    rect(x, baseY - 9, 8, 9, { rx: 1.8, fill: colour, stroke: shade('php7', 0.45), 'stroke-width': LINE.sceneFine }),
    path(d`M${x + 3} ${baseY - 11} q-2 -3 0 -5 q2 -2 0 -5 M${x + 6} ${baseY - 12} q-1.5 -2 0 -4`, fine('textDim', 0.55)),
  );
}

/** A plant in a pot standing on (x, baseY); `scale` 1 is about 30 px tall. */
function pottedPlant(x: number, baseY: number, scale: number): string {
  const leaf = col('healthy');
  const leafDark = shade('healthy', 0.35);
  const pot = mix('accent', 'broken', 0.35);
  const s = scale;
  return g(
    { transform: `translate(${x} ${baseY}) scale(${s})` },
    path('M0 -12 C-12 -16 -14 -28 -12 -30 C-4 -26 -1 -20 0 -12 Z', { fill: leafDark }),
    path('M0 -12 C12 -16 14 -28 12 -30 C4 -26 1 -20 0 -12 Z', { fill: leafDark }),
    path('M0 -12 C-6 -20 -4 -32 0 -36 C4 -32 6 -20 0 -12 Z', { fill: leaf }),
    path('M0 -12 C-8 -14 -16 -20 -18 -22 C-10 -24 -4 -20 0 -12 Z', { fill: leaf }),
    path('M0 -12 C8 -14 16 -20 18 -22 C10 -24 4 -20 0 -12 Z', { fill: leaf }),
    path('M-7 -12 H7 L5.5 0 H-5.5 Z', { fill: pot, stroke: shade(pot, 0.45), 'stroke-width': LINE.sceneFine / s, 'stroke-linejoin': 'round' }),
    rect(-8, -14, 16, 3.5, { rx: 1.5, fill: light(pot, 0.15), stroke: shade(pot, 0.45), 'stroke-width': LINE.sceneFine / s }),
  );
}

function desk(): string {
  return svg(
    DESK.width,
    DESK.height,
    { title: 'A desk with a monitor and keyboard', notes: ['The monitor is centred at x 80; the desk top is at y 68-75.'] },
    deskDefs(),
    deskBody({ screen: 'terminal', mug: true, sticky: 'warning' }),
  );
}

// ---------------------------------------------------------------------------------------------------
// The office strip

/** An empty office chair seen from behind, pulled out from its desk: the seat a cat will take. */
function emptyChair(cx: number): string {
  const fabric = mix('panelEdge', 'chef', 0.18);
  const edge = shade(fabric, 0.5);
  return g(
    {},
    ellipse(cx, 116.5, 19, 2, { fill: INK, opacity: 0.6 }),
    // Star base and wheels.
    path(d`M${cx - 16} 113 L${cx} 109 L${cx + 16} 113`, { fill: 'none', stroke: col('panelEdge'), 'stroke-width': 3, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    circle(cx - 16, 114.5, 2.2, { fill: INK }),
    circle(cx + 16, 114.5, 2.2, { fill: INK }),
    circle(cx, 112.5, 2.2, { fill: INK }),
    rect(cx - 2, 100, 4, 10, { fill: col('panelEdge') }),
    // Seat edge, back, and a little lumbar stitch.
    rect(cx - 18, CAT_SEAT_Y, 36, 6, { rx: 3, fill: shade(fabric, 0.15), stroke: edge, 'stroke-width': LINE.sceneFine }),
    rect(cx - 2, 90, 4, 6, { fill: col('panelEdge') }),
    rect(cx - 15, 72, 30, 20, { rx: 7, fill: fabric, stroke: edge, 'stroke-width': LINE.sceneFine }),
    path(d`M${cx - 9} 76.5 H${cx + 9}`, fine(light(fabric, 0.25), 0.6)),
  );
}

/** Night sky and a city skyline, scattered lit windows from a fixed seed, inside a window frame. */
function cityWindow(x: number, y: number, width: number, height: number, seed: number, moon: boolean): string {
  const random = seeded(seed);
  const id = `window-${seed}`;
  const buildings: string[] = [];
  const lights: string[] = [];
  let bx = x - 4;
  while (bx < x + width) {
    const bw = 16 + Math.floor(random() * 30);
    const bh = 10 + Math.floor(random() * (height - 16));
    const top = y + height - bh;
    const tone = mix('panel', 'info', 0.06 + random() * 0.08);
    buildings.push(rect(bx, top, bw - 2, bh + 2, { fill: tone }));
    if (random() < 0.3) buildings.push(rect(bx + bw / 2 - 1.5, top - 5, 1.5, 5, { fill: tone }), circle(bx + bw / 2 - 0.75, top - 5.5, 1, { fill: col('broken'), opacity: 0.8 }));
    for (let wy = top + 4; wy < y + height - 3; wy += 5)
      for (let wx = bx + 3; wx < bx + bw - 5; wx += 4.5) {
        const r = random();
        if (r < 0.22) lights.push(rect(wx, wy, 2, 2.4, { fill: col(r < 0.12 ? 'warning' : 'accent'), opacity: 0.55 + (r % 0.1) * 4 }));
      }
    bx += bw;
  }
  const stars: string[] = [];
  for (let i = 0; i < Math.round(width / 40); i++) stars.push(circle(x + random() * width, y + 3 + random() * (height * 0.35), 0.7, { fill: col('text'), opacity: 0.6 }));
  const panes: string[] = [];
  const paneCount = Math.max(1, Math.round(width / 112));
  for (let i = 1; i < paneCount; i++) panes.push(rect(x + (width * i) / paneCount - 1.5, y, 3, height, { fill: col('panelEdge') }));
  return g(
    {},
    defs(el('clipPath', { id }, rect(x, y, width, height))),
    g(
      { 'clip-path': `url(#${id})` },
      rect(x, y, width, height, { fill: 'url(#sky)' }),
      ...stars,
      moon ? g({}, circle(x + width - 22, y + 12, 7, { fill: light('warning', 0.6) }), circle(x + width - 19, y + 10, 6, { fill: mix('background', 'info', 0.12) })) : '',
      ...buildings,
      ...lights,
    ),
    ...panes,
    rect(x, y, width, height, { rx: 2, fill: 'none', stroke: col('panelEdge'), 'stroke-width': 3 }),
    rect(x - 4, y + height, width + 8, 4, { rx: 2, fill: light('panelEdge', 0.08) }),
  );
}

/** Fairy lights strung along the top of the wall, sagging between hooks. */
function fairyLights(): string {
  const hooks = 8;
  const span = STRIP.width / hooks;
  const sag = 6;
  const wire: string[] = [];
  const bulbs: string[] = [];
  const colours: Colour[] = ['accent', 'warning', 'text', 'warning'];
  let n = 0;
  for (let i = 0; i < hooks; i++) {
    const x0 = i * span;
    wire.push(d`M${x0} 4 Q${x0 + span / 2} ${4 + sag * 2} ${x0 + span} 4`);
    for (let k = 1; k < 8; k++) {
      const t = k / 8;
      const bx = x0 + span * t;
      const by = 4 + sag * 2 * 2 * t * (1 - t) + 2.2;
      const colour = colours[n++ % colours.length]!;
      bulbs.push(circle(bx, by, 4, { fill: col(colour), opacity: 0.18 }), ellipse(bx, by, 1.7, 2.2, { fill: col(colour) }));
    }
  }
  return g({}, path(wire.join(' '), { fill: 'none', stroke: col('panelEdge'), 'stroke-width': LINE.sceneFine }), ...bulbs);
}

/** The coffee corner: a counter, a drip coffee machine with a glowing carafe, mugs, and a teapot in a cozy. */
function coffeeCorner(): string {
  const top = 74;
  const counter = mix('panelRaised', 'accent', 0.08);
  const coffee = mix('broken', 'background', 0.55);
  return g(
    {},
    // Counter with two doors.
    rect(12, top, 128, FLOOR_Y - top, { rx: 2, fill: counter, stroke: col('panelEdge'), 'stroke-width': LINE.scene }),
    rect(10, top - 3, 132, 5, { rx: 2, fill: light('panelEdge', 0.1) }),
    path(d`M76 ${top + 6} V${FLOOR_Y - 4}`, fine('panelEdge')),
    rect(68, 86, 2, 8, { rx: 1, fill: col('textDim'), opacity: 0.7 }),
    rect(82, 86, 2, 8, { rx: 1, fill: col('textDim'), opacity: 0.7 }),
    // The coffee machine.
    rect(22, 36, 36, 8, { rx: 3, fill: col('panelEdge') }),
    rect(24, 42, 10, top - 42 - 3, { fill: col('panelEdge') }),
    rect(22, top - 5, 36, 5, { rx: 2, fill: col('panelEdge') }),
    path(d`M36 50 H54 L52 ${top - 6} H38 Z`, { fill: light('panelRaised', 0.05), stroke: light('panelEdge', 0.3), 'stroke-width': LINE.sceneFine, 'stroke-linejoin': 'round' }),
    path(d`M37.2 58 H52.8 L52 ${top - 6.5} H38 Z`, { fill: coffee }),
    path('M54 54 q4 0 4 4 q0 4 -4 4', { fill: 'none', stroke: light('panelEdge', 0.3), 'stroke-width': LINE.scene }),
    circle(29, 48, 1.6, { fill: col('accent') }),
    circle(29, 48, 3.5, { fill: col('accent'), opacity: 0.25 }),
    // A stack of mugs and one poured.
    rect(66, top - 8, 9, 8, { rx: 1.8, fill: col('info') }),
    rect(66, top - 16, 9, 8, { rx: 1.8, fill: col('chef') }),
    rect(66, top - 24, 9, 8, { rx: 1.8, fill: col('accent') }),
    mug(82, top),
    // The teapot, cosy in its cozy.
    path(d`M100 ${top - 12} q-7 -2 -8 -9`, { fill: 'none', stroke: mix('text', 'panelEdge', 0.3), 'stroke-width': 2.4, 'stroke-linecap': 'round' }),
    teaCozy(114, top, 30, { body: 'broken', stripe: 'warning', pom: 'text' }),
    // A plant on the end of the counter.
    pottedPlant(132, top - 3, 0.6),
  );
}

/** A tall floor plant in a pot. */
function tallPlant(x: number): string {
  const leaf = col('healthy');
  const leafDark = shade('healthy', 0.35);
  const pot = mix('accent', 'broken', 0.35);
  const frond = (angle: number, length: number, colour: string): string =>
    path(d`M0 0 C${-length * 0.25} ${-length * 0.4} ${-length * 0.1} ${-length * 0.85} 0 ${-length} C${length * 0.1} ${-length * 0.85} ${length * 0.25} ${-length * 0.4} 0 0 Z`, {
      fill: colour,
      transform: `rotate(${angle})`,
    });
  return g(
    {},
    ellipse(x, FLOOR_Y + 1, 16, 2, { fill: INK, opacity: 0.5 }),
    g(
      { transform: `translate(${x} ${FLOOR_Y - 20})` },
      frond(-42, 38, leafDark),
      frond(40, 40, leafDark),
      frond(-20, 48, leaf),
      frond(18, 46, leaf),
      frond(-64, 30, leaf),
      frond(62, 30, leaf),
      frond(0, 50, light('healthy', 0.1)),
    ),
    path(d`M${x - 13} ${FLOOR_Y - 22} H${x + 13} L${x + 10} ${FLOOR_Y} H${x - 10} Z`, { fill: pot, stroke: shade(pot, 0.45), 'stroke-width': LINE.sceneFine, 'stroke-linejoin': 'round' }),
    rect(x - 14, FLOOR_Y - 24, 28, 5, { rx: 2, fill: light(pot, 0.15), stroke: shade(pot, 0.45), 'stroke-width': LINE.sceneFine }),
    path(d`M${x - 11} ${FLOOR_Y - 12} H${x + 11}`, { stroke: shade(pot, 0.3), 'stroke-width': 2, opacity: 0.6 }),
  );
}

/** A wall clock, the small hours. */
function clock(cx: number, cy: number): string {
  return g(
    {},
    circle(cx, cy, 11, { fill: col('text'), stroke: col('panelEdge'), 'stroke-width': LINE.scene + 1 }),
    ...[0, 1, 2, 3].map((i) => {
      const a = (i * Math.PI) / 2;
      return line(cx + Math.sin(a) * 7.5, cy - Math.cos(a) * 7.5, cx + Math.sin(a) * 9, cy - Math.cos(a) * 9, { stroke: col('panelEdge'), 'stroke-width': 1.4, 'stroke-linecap': 'round' });
    }),
    // 3:07 in the morning.
    line(cx, cy, cx + 5, cy, { stroke: INK, 'stroke-width': 2, 'stroke-linecap': 'round' }),
    line(cx, cy, cx + 3.5, cy - 7.3, { stroke: INK, 'stroke-width': 1.4, 'stroke-linecap': 'round' }),
    circle(cx, cy, 1.3, { fill: col('broken') }),
  );
}

/** The right end: a whiteboard with a boxes-and-arrows sketch, a filing cabinet with a plant, a floor lamp. */
function rightCorner(): string {
  const board = { x: 1146, y: 18, width: 92, height: 52 };
  const marker = (colour: Colour): Attrs => ({ ...fine(colour), 'stroke-width': 1.5 });
  return g(
    {},
    // Whiteboard: chef -> web -> a heart. Blameless.
    rect(board.x, board.y, board.width, board.height, { rx: 3, fill: mix('text', 'panel', 0.12), stroke: col('panelEdge'), 'stroke-width': LINE.scene + 1 }),
    rect(board.x + 6, board.y + board.height + 1, 30, 3, { rx: 1.5, fill: col('panelEdge') }),
    rect(board.x + 10, board.y + board.height - 1, 8, 2.5, { rx: 1, fill: col('broken') }),
    rect(board.x + 8, board.y + 10, 20, 12, { rx: 3, ...marker('chef') }),
    path(d`M${board.x + 29} ${board.y + 16} H${board.x + 40} m-3 -3 l3 3 l-3 3`, marker('panelEdge')),
    rect(board.x + 42, board.y + 10, 20, 12, { rx: 3, ...marker('info') }),
    path(d`M${board.x + 63} ${board.y + 16} H${board.x + 72} m-3 -3 l3 3 l-3 3`, marker('panelEdge')),
    path(d`M${board.x + 80} ${board.y + 21} l-6 -6 a3.2 3.2 0 0 1 6 -3 a3.2 3.2 0 0 1 6 3 z`, { fill: col('broken'), opacity: 0.85 }),
    path(d`M${board.x + 8} ${board.y + 32} H${board.x + 50} M${board.x + 8} ${board.y + 39} H${board.x + 38}`, marker('unknown')),
    path(d`M${board.x + 56} ${board.y + 42} l4 4 l8 -10`, marker('healthy')),
    // Filing cabinet with a trailing plant.
    rect(1150, 76, 44, FLOOR_Y - 76, { rx: 2, fill: mix('panelRaised', 'info', 0.06), stroke: col('panelEdge'), 'stroke-width': LINE.scene }),
    path('M1151 92 H1193', fine('panelEdge')),
    rect(1165, 82, 14, 2.5, { rx: 1.25, fill: col('textDim'), opacity: 0.7 }),
    rect(1165, 98, 14, 2.5, { rx: 1.25, fill: col('textDim'), opacity: 0.7 }),
    pottedPlant(1164, 76, 0.65),
    // Floor lamp with a warm cone of light.
    polygon(
      [
        [1248, 30],
        [1268, 30],
        [1292, FLOOR_Y],
        [1224, FLOOR_Y],
      ],
      { fill: col('warning'), opacity: 0.07 },
    ),
    rect(1256.5, 30, 3, FLOOR_Y - 30, { fill: col('panelEdge') }),
    ellipse(1258, FLOOR_Y, 10, 2.5, { fill: col('panelEdge') }),
    path('M1246 30 L1251 16 H1265 L1270 30 Z', { fill: light('warning', 0.35), stroke: shade('warning', 0.4), 'stroke-width': LINE.sceneFine, 'stroke-linejoin': 'round' }),
    circle(1258, 31, 9, { fill: col('warning'), opacity: 0.2 }),
  );
}

function officeStrip(): string {
  const W = STRIP.width;
  const H = STRIP.height;
  const deskAt = (cx: number, options: DeskOptions): string =>
    g({ transform: `translate(${cx - DESK.centre * DESK_SCALE} ${FLOOR_Y - DESK.height * DESK_SCALE}) scale(${DESK_SCALE})` }, deskBody(options));
  const screens: DeskOptions[] = [
    { screen: 'terminal', mug: true },
    { screen: 'graph', sticky: 'warning' },
    { screen: 'chat', plant: true },
    { screen: 'fleet', mug: true, sticky: 'php7' },
    { screen: 'dashboard' },
    { screen: 'status', plant: true, sticky: 'chef' },
  ];
  const floorBoards: string[] = [];
  for (let x = 40; x < W; x += 96) floorBoards.push(line(x, FLOOR_Y + 1, x - 14, H, fine(shade('panelRaised', 0.3), 0.5)));
  return svg(
    W,
    H,
    {
      title: 'The ops room at night, seen from the side',
      notes: [
        `Cat seats (x centre of each empty chair, left to right): ${CAT_DESK_XS.join(', ')}. Seat top at y ${CAT_SEAT_Y}; the floor line is y ${FLOOR_Y}.`,
        'The same numbers are exported from scripts/art/office.ts as CAT_DESK_XS and CAT_SEAT_Y.',
      ],
    },
    deskDefs(),
    defs(
      linearGradient('sky', [
        { offset: 0, colour: mix('background', 'info', 0.1) },
        { offset: 1, colour: mix('background', 'chef', 0.16) },
      ]),
    ),
    // Wall, skirting and floor.
    rect(0, 0, W, FLOOR_Y, { fill: col('panel') }),
    ...Array.from({ length: 20 }, (_, i) => line(32 + i * 64, 70, 32 + i * 64, FLOOR_Y - 4, fine(shade('panel', 0.25), 0.7))),
    rect(0, FLOOR_Y - 4, W, 4, { fill: col('panelEdge') }),
    rect(0, FLOOR_Y, W, H - FLOOR_Y, { fill: mix('panelRaised', 'accent', 0.06) }),
    ...floorBoards,
    // Windows on the city, a pillar between them with the clock.
    cityWindow(162, 18, 448, 46, 11, false),
    cityWindow(682, 18, 446, 46, 29, true),
    clock(646, 26),
    fairyLights(),
    coffeeCorner(),
    pottedPlant(150, FLOOR_Y, 1),
    tallPlant(646),
    ...CAT_DESK_XS.map((cx, i) => deskAt(cx, screens[i]!)),
    rightCorner(),
    comment(`cat seats: ${CAT_DESK_XS.join(', ')}`),
    ...CAT_DESK_XS.map((cx) => emptyChair(cx)),
  );
}

export function officeArt(): ArtFile[] {
  return [
    { name: 'office-strip.svg', content: officeStrip() },
    { name: 'desk.svg', content: desk() },
  ];
}
