// The props around the fleet: the rack frame (9-slice), the load balancer, the Chef server in its hat, the
// yum mirror down to its last package, the customers (one with a tea cozy), the external status page and
// the pager. Flat shapes, soft corners, one light from above, the same outline widths throughout.

import { circle, col, d, defs, el, ellipse, g, INK, light, line, LINE, mix, path, polygon, RADIUS, rect, shade, svg, type ArtFile, type Attrs, type Colour } from './svg';

const outline = (colour: Colour = 'panelEdge', width: number = LINE.prop): Attrs => ({ stroke: col(colour), 'stroke-width': width, 'stroke-linejoin': 'round' });
const fine = (colour: Colour, opacity?: number): Attrs => ({
  fill: 'none',
  stroke: col(colour),
  'stroke-width': LINE.propFine,
  'stroke-linecap': 'round',
  opacity,
});

/** A soft floor shadow, so props sit on something. */
function floorShadow(cx: number, cy: number, rx: number): string {
  return ellipse(cx, cy, rx, 2.5, { fill: INK, opacity: 0.55 });
}

/** A small LED with a faint halo. */
function led(cx: number, cy: number, colour: Colour, r = 1.6): string {
  return g({}, circle(cx, cy, r + 1.6, { fill: col(colour), opacity: 0.22 }), circle(cx, cy, r, { fill: col(colour) }));
}

// ---------------------------------------------------------------------------------------------------
// Rack: 120x240, stretched with 9-slice around the tiles of one tier.

/** The margins that hold all the decoration; everything between them is flat and stretches cleanly. */
export const RACK_SLICE = { left: 18, right: 18, top: 30, bottom: 26 } as const;

function rack(): string {
  const W = 120;
  const H = 240;
  const { left, right, top, bottom } = RACK_SLICE;
  const frame = 'panelRaised';
  const frameEdge = col('panelEdge');
  const well = { x: 14, y: 26, width: W - 28, height: H - 26 - 21 };
  const screws = (x: number, ys: readonly number[]): string =>
    g({}, ...ys.map((y) => g({}, circle(x, y, 2.2, { fill: shade(frame, 0.55), stroke: frameEdge, 'stroke-width': 1 }), line(x - 1.2, y, x + 1.2, y, fine('textDim', 0.7)))));
  const vents = (y: number): string => g({}, ...[0, 1, 2].map((i) => line(24, y + i * 4, W - 24, y + i * 4, { ...fine(shade(frame, 0.55)), 'stroke-width': 2 })));
  return svg(
    W,
    H,
    {
      title: 'Server rack frame',
      notes: [
        `9-slice safe margins: left ${left}, right ${right}, top ${top}, bottom ${bottom} (px of this 120x240 file).`,
        'Corners hold the screws, LEDs and feet; the edges hold only lines parallel to their stretch; the middle is flat.',
        `The inner well starts ${well.x} px in from the sides and ${well.y} px down: put tiles inside the safe middle.`,
      ],
    },
    // Frame and feet.
    rect(4, H - 6, 12, 6, { rx: 2, fill: INK }),
    rect(W - 16, H - 6, 12, 6, { rx: 2, fill: INK }),
    rect(1, 1, W - 2, H - 7, { rx: RADIUS.prop, fill: col(frame), stroke: frameEdge, 'stroke-width': LINE.prop }),
    // Highlight along the top edge (a line, so it stretches).
    path(d`M${RADIUS.prop + 1} 3 H${W - RADIUS.prop - 1}`, fine(light(frame, 0.18))),
    // Rails: two vertical grooves on each side band, which stretch vertically without distortion.
    ...[4.5, 9.5, W - 9.5, W - 4.5].map((x) => line(x, top, x, H - bottom, { ...fine(shade(frame, 0.4)), 'stroke-linecap': 'butt' })),
    // The inner well where the tiles go, with soft corners that stay inside the corner slices.
    rect(well.x, well.y, well.width, well.height, { rx: 3, fill: mix('background', 'panel', 0.45), stroke: shade(frame, 0.45), 'stroke-width': LINE.propFine }),
    // Top cap: vents along the middle, status LEDs in the left corner, screws in both corners.
    vents(9),
    led(7, 13, 'healthy', 1.3),
    led(7, 19.5, 'warning', 1.3),
    screws(W - 7, [10, 19]),
    // Bottom cap: vents, screws in both corners.
    vents(H - 17),
    screws(7, [H - 22, H - 13]),
    screws(W - 7, [H - 22, H - 13]),
  );
}

// ---------------------------------------------------------------------------------------------------
// Load balancer: 64x64, an appliance with one stream forking into three.

function loadBalancer(): string {
  const blue = col('info');
  const box = { x: 6, y: 14, width: 52, height: 36 };
  const branch = (y: number): string => path(d`M30 32 C37 32 36 ${y} 43 ${y}`, { fill: 'none', stroke: blue, 'stroke-width': 2.6, 'stroke-linecap': 'round' });
  const head = (y: number): string =>
    polygon(
      [
        [42, y - 4],
        [50, y],
        [42, y + 4],
      ],
      { fill: blue, stroke: blue, 'stroke-width': 1, 'stroke-linejoin': 'round' },
    );
  return svg(
    64,
    64,
    { title: 'Load balancer' },
    floorShadow(32, 56, 24),
    // Rack ears.
    rect(2, 20, 6, 24, { rx: 2, fill: col('panelEdge') }),
    rect(56, 20, 6, 24, { rx: 2, fill: col('panelEdge') }),
    rect(box.x, box.y, box.width, box.height, { rx: RADIUS.prop, fill: col('panelRaised'), ...outline() }),
    path(d`M${box.x + 6} ${box.y + 2.5} H${box.x + box.width - 6}`, fine(light('panelRaised', 0.2))),
    // One LED: all green, it is fine, everything is fine.
    led(13, 20.5, 'healthy'),
    // One stream in, three out.
    path('M12 32 H27', { fill: 'none', stroke: blue, 'stroke-width': 2.6, 'stroke-linecap': 'round' }),
    branch(22.5),
    path('M30 32 H43', { fill: 'none', stroke: blue, 'stroke-width': 2.6, 'stroke-linecap': 'round' }),
    branch(41.5),
    head(22.5),
    head(32),
    head(41.5),
    circle(29, 32, 4, { fill: col('panelRaised'), stroke: blue, 'stroke-width': 2.6 }),
    // Vents.
    ...[12, 17, 22].map((x) => line(x, 44.5, x + 3, 44.5, { ...fine(shade('panelRaised', 0.55)), 'stroke-width': 2 })),
  );
}

// ---------------------------------------------------------------------------------------------------
// Chef server: 64x64, a server wearing a chef's toque (slightly askew).

function chefServer(): string {
  const cream = col('text');
  const creamEdge = mix('text', 'background', 0.38);
  const puffs: [number, number, number][] = [
    [23.5, 15, 6.5],
    [32, 10.5, 8],
    [40.5, 15, 6.5],
  ];
  const hat = g(
    { transform: 'rotate(-9 32 24)' },
    ...puffs.map(([x, y, r]) => circle(x, y, r, { fill: cream, stroke: creamEdge, 'stroke-width': LINE.prop })),
    ...puffs.map(([x, y, r]) => circle(x, y, r - LINE.prop / 2, { fill: cream })),
    path(d`M27 9 Q29 6 32 5.5`, fine(light('text', 0.9))),
    rect(20, 17, 24, 11, { rx: 2.5, fill: cream, ...outline(creamEdge) }),
    ...[26, 32, 38].map((x) => line(x, 19.5, x, 25.5, fine(creamEdge, 0.8))),
  );
  const bay = (y: number): string =>
    g(
      {},
      rect(19, y, 26, 6.5, { rx: 2, fill: shade('chef', 0.55), stroke: shade('chef', 0.3), 'stroke-width': 1 }),
      line(22, y + 3.25, 34, y + 3.25, fine(shade('chef', 0.2))),
      led(40.5, y + 3.25, 'chef', 1.4),
    );
  return svg(
    64,
    64,
    { title: 'Chef server' },
    floorShadow(32, 59, 20),
    rect(14, 27, 36, 30, { rx: RADIUS.prop, fill: col('panelRaised'), ...outline() }),
    bay(32),
    bay(41),
    ...[19, 24, 29].map((x) => line(x, 52, x + 3, 52, { ...fine(shade('panelRaised', 0.55)), 'stroke-width': 2 })),
    led(44, 52, 'healthy', 1.3),
    hat,
  );
}

// ---------------------------------------------------------------------------------------------------
// Yum mirror: 64x64, a shelf of packages where only the newest is left.

function yumMirror(): string {
  const wood = col('panelEdge');
  const card = mix('accent', 'warning', 0.45);
  const cardEdge = shade(card, 0.5);
  const ghost = (x: number, y: number, w: number, h: number): string =>
    rect(x, y, w, h, { rx: 1.5, fill: 'none', stroke: col('textDim'), 'stroke-width': LINE.propFine, 'stroke-dasharray': '2.5 2', opacity: 0.55 });
  const dust = (x: number, y: number): string => g({ fill: col('textDim'), opacity: 0.45 }, circle(x, y, 0.7), circle(x + 3, y + 0.4, 0.6), circle(x + 6, y - 0.2, 0.7));
  return svg(
    64,
    64,
    { title: 'Yum mirror: only the newest package left' },
    floorShadow(32, 60, 26),
    // Back panel with faint vertical boards.
    rect(9, 6, 46, 50, { rx: 2, fill: col('panel') }),
    ...[20, 32, 44].map((x) => line(x, 7, x, 55, fine(shade('panel', 0.35)))),
    // Uprights and shelves.
    rect(6, 4, 5, 56, { rx: 2, fill: wood }),
    rect(53, 4, 5, 56, { rx: 2, fill: wood }),
    rect(6, 29, 52, 4.5, { rx: 2, fill: light('panelEdge', 0.12), ...outline(shade('panelEdge', 0.3), LINE.propFine) }),
    rect(6, 53, 52, 4.5, { rx: 2, fill: light('panelEdge', 0.12), ...outline(shade('panelEdge', 0.3), LINE.propFine) }),
    // Where the older packages used to be.
    ghost(14, 16, 11, 13),
    ghost(27, 19, 10, 10),
    ghost(39, 13, 11, 16),
    ghost(14, 41, 12, 12),
    dust(16, 27.5),
    dust(29, 27.5),
    dust(16, 51.5),
    // The last one: the newest version, and only that.
    rect(32, 37, 17, 16, { rx: 2, fill: card, ...outline(cardEdge) }),
    path('M32.5 42 H48.5', { stroke: cardEdge, 'stroke-width': LINE.propFine, opacity: 0.6 }),
    rect(38.5, 37, 4, 5, { fill: light(card, 0.35) }),
    rect(35, 45.5, 9, 5, { rx: 1, fill: col('text') }),
    line(36.5, 47, 42.5, 47, fine(cardEdge)),
    line(36.5, 49, 40.5, 49, fine(cardEdge)),
    // A lone sparkle: it is brand new.
    path('M52 36 l1 -3 l1 3 l3 1 l-3 1 l-1 3 l-1 -3 l-3 -1 z', { fill: col('warning') }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Customers: 96x64, three shoppers; the middle one holds up a tea cozy.

/** A striped knitted tea cozy with a pom-pom, standing on its base line at (cx, baseY). */
export function teaCozy(cx: number, baseY: number, width: number, colours: { body: Colour; stripe: Colour; pom: Colour }): string {
  const w = width / 2;
  const h = width * 0.72;
  const id = `cozy-${Math.round(cx)}-${Math.round(baseY)}`;
  const dome = d`M${cx - w} ${baseY} C${cx - w} ${baseY - h * 1.25} ${cx + w} ${baseY - h * 1.25} ${cx + w} ${baseY} Z`;
  const stripes: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const y = baseY - (h * i) / 4;
    stripes.push(rect(cx - w, y - width * 0.05, width, width * 0.1, { fill: col(colours.stripe) }));
  }
  return g(
    {},
    defs(el('clipPath', { id }, path(dome))),
    path(dome, { fill: col(colours.body) }),
    g({ 'clip-path': `url(#${id})` }, ...stripes),
    path(dome, { fill: 'none', stroke: shade(colours.body, 0.45), 'stroke-width': Math.max(1, width * 0.07), 'stroke-linejoin': 'round' }),
    circle(cx, baseY - h * 0.93, width * 0.13, { fill: col(colours.pom), stroke: shade(colours.pom, 0.45), 'stroke-width': Math.max(0.75, width * 0.04) }),
  );
}

interface Shopper {
  x: number;
  height: number;
  coat: Colour;
  face: Colour;
  hat?: 'bobble' | 'bun';
}

function shopper({ x, height, coat, face, hat }: Shopper, ground: number): string {
  const top = ground - height;
  const headR = height * 0.16;
  const headY = top + headR;
  const shoulders = headY + headR + 1.5;
  const coatEdge = shade(coat, 0.45);
  const parts = [
    // Legs.
    rect(x - 5, ground - 9, 3.6, 9, { rx: 1.5, fill: INK }),
    rect(x + 1.4, ground - 9, 3.6, 9, { rx: 1.5, fill: INK }),
    // Coat: round shoulders, a little flare at the hem.
    path(
      d`M${x - 8} ${shoulders + 6} Q${x - 8} ${shoulders} ${x - 2} ${shoulders} H${x + 2} Q${x + 8} ${shoulders} ${x + 8} ${shoulders + 6} L${x + 9.5} ${ground - 7} Q${x} ${ground - 5} ${x - 9.5} ${ground - 7} Z`,
      {
        fill: col(coat),
        stroke: coatEdge,
        'stroke-width': LINE.propFine,
        'stroke-linejoin': 'round',
      },
    ),
    line(x, shoulders + 3, x, ground - 7, fine(coatEdge, 0.7)),
    // Head.
    circle(x, headY, headR, { fill: col(face), stroke: shade(face, 0.5), 'stroke-width': LINE.propFine }),
    circle(x - headR * 0.38, headY + 0.2, 0.8, { fill: INK }),
    circle(x + headR * 0.38, headY + 0.2, 0.8, { fill: INK }),
    path(d`M${x - 1.6} ${headY + headR * 0.45} q1.6 1.3 3.2 0`, fine(INK)),
  ];
  if (hat === 'bobble') {
    parts.push(
      path(d`M${x - headR - 0.4} ${headY - 0.8} A${headR + 0.4} ${headR + 0.6} 0 0 1 ${x + headR + 0.4} ${headY - 0.8} Z`, {
        fill: col('accent'),
        stroke: shade('accent', 0.45),
        'stroke-width': LINE.propFine,
      }),
      rect(x - headR - 0.6, headY - 2.2, headR * 2 + 1.2, 2.4, { rx: 1.2, fill: col('warning') }),
      circle(x, headY - headR - 1.6, 2, { fill: col('text') }),
    );
  } else if (hat === 'bun') {
    parts.push(
      circle(x, headY - headR - 0.8, 2.6, { fill: shade(face, 0.55) }),
      path(d`M${x - headR} ${headY - 0.5} A${headR} ${headR} 0 0 1 ${x + headR} ${headY - 0.5}`, { fill: shade(face, 0.55) }),
    );
  }
  return g({}, ...parts);
}

function customers(): string {
  const ground = 60;
  const people: Shopper[] = [
    { x: 18, height: 40, coat: 'info', face: mix('accent', 'text', 0.55), hat: 'bobble' },
    { x: 48, height: 44, coat: 'chef', face: mix('accent', 'background', 0.3), hat: 'bun' },
    { x: 74, height: 38, coat: 'php7', face: mix('warning', 'text', 0.45) },
  ];
  const [left, middle, right] = people as [Shopper, Shopper, Shopper];
  const middleShoulder = ground - middle.height + middle.height * 0.32 + 1.5;
  return svg(
    96,
    64,
    { title: 'Customers, one proudly holding a tea cozy' },
    ...people.map((p) => ellipse(p.x, ground + 0.5, 11, 2, { fill: INK, opacity: 0.5 })),
    shopper(left, ground),
    // A shopping bag on the left shopper's arm.
    path(d`M${left.x + 9} ${ground - 22} q4 -6 8 0`, { fill: 'none', stroke: shade('accent', 0.4), 'stroke-width': LINE.propFine }),
    rect(left.x + 7.5, ground - 22, 11, 12, { rx: 2, fill: col('accent'), stroke: shade('accent', 0.45), 'stroke-width': LINE.propFine }),
    circle(left.x + 13, ground - 16, 2, { fill: col('text'), opacity: 0.85 }),
    shopper(middle, ground),
    // The middle shopper holds the tea cozy up high, very pleased.
    path(d`M${middle.x + 6} ${middleShoulder + 3} Q${middle.x + 13} ${middleShoulder - 2} ${middle.x + 12} ${middleShoulder - 9}`, {
      fill: 'none',
      stroke: col(middle.coat),
      'stroke-width': 3.4,
      'stroke-linecap': 'round',
    }),
    teaCozy(middle.x + 12, middleShoulder - 9, 15, { body: 'broken', stripe: 'warning', pom: 'text' }),
    path(d`M${middle.x + 3} ${middleShoulder - 20} l1.5 -3 M${middle.x + 21} ${middleShoulder - 20} l-1.5 -3 M${middle.x + 12} ${middleShoulder - 25} v-3`, fine('warning')),
    shopper(right, ground),
    // A little basket for the right shopper.
    path(d`M${right.x + 9} ${ground - 16} q5 -7 10 0`, { fill: 'none', stroke: shade('warning', 0.35), 'stroke-width': LINE.propFine }),
    path(d`M${right.x + 8} ${ground - 16} h12 l-1.5 8 h-9 z`, {
      fill: mix('warning', 'accent', 0.4),
      stroke: shade('warning', 0.45),
      'stroke-width': LINE.propFine,
      'stroke-linejoin': 'round',
    }),
    line(right.x + 9.5, ground - 12, right.x + 18.5, ground - 12, fine(shade('warning', 0.45))),
  );
}

// ---------------------------------------------------------------------------------------------------
// Status page: 48x48, a small browser window with a big status dot.

function statusPage(): string {
  const win = { x: 4, y: 6, width: 40, height: 36 };
  const bar = (x: number, y: number, w: number, colour: Colour, opacity = 1): string => rect(x, y, w, 3, { rx: 1.5, fill: col(colour), opacity });
  return svg(
    48,
    48,
    { title: 'External status page' },
    rect(win.x, win.y, win.width, win.height, { rx: RADIUS.prop, fill: col('panelRaised'), ...outline() }),
    path(d`M${win.x + 1} 15 H${win.x + win.width - 1}`, { stroke: col('panelEdge'), 'stroke-width': LINE.prop }),
    circle(10, 10.5, 1.6, { fill: col('broken') }),
    circle(15, 10.5, 1.6, { fill: col('warning') }),
    circle(20, 10.5, 1.6, { fill: col('healthy') }),
    rect(24, 8.8, 16, 3.4, { rx: 1.7, fill: shade('panelRaised', 0.45) }),
    // The status: a ring and a dot, and the headline beside it.
    circle(14.5, 25, 5.6, { fill: 'none', stroke: col('healthy'), 'stroke-width': LINE.prop, opacity: 0.45 }),
    circle(14.5, 25, 3.4, { fill: col('healthy') }),
    bar(23, 21.5, 16, 'text'),
    bar(23, 26.5, 11, 'textDim', 0.8),
    bar(9, 33.5, 30, 'textDim', 0.5),
    bar(9, 37.5, 22, 'textDim', 0.5),
  );
}

// ---------------------------------------------------------------------------------------------------
// Pager: 48x48, an old pager with an LCD screen, buzzing.

function pager(): string {
  const lcd = mix('healthy', 'panel', 0.55);
  const pixel = shade('healthy', 0.85);
  return svg(
    48,
    48,
    { title: 'Pager' },
    g(
      { transform: 'rotate(-8 24 25)' },
      // Belt clip behind the body.
      rect(38, 15, 4, 18, { rx: 2, fill: shade('panelEdge', 0.3) }),
      rect(7, 12, 33, 27, { rx: RADIUS.prop, fill: col('panelRaised'), ...outline() }),
      path('M12 14.5 H35', fine(light('panelRaised', 0.2))),
      rect(11, 16.5, 25, 11, { rx: 2, fill: lcd, stroke: shade('panelRaised', 0.5), 'stroke-width': LINE.propFine }),
      // "!!" and a scrolling line in chunky LCD pixels.
      rect(14, 18.5, 2.2, 4.5, { fill: pixel }),
      rect(14, 24, 2.2, 1.8, { fill: pixel }),
      rect(18, 18.5, 2.2, 4.5, { fill: pixel }),
      rect(18, 24, 2.2, 1.8, { fill: pixel }),
      rect(23, 20, 10, 1.8, { fill: pixel, opacity: 0.8 }),
      rect(23, 23.5, 7, 1.8, { fill: pixel, opacity: 0.8 }),
      // Buttons.
      rect(12, 31, 7, 4, { rx: 2, fill: col('panelEdge') }),
      rect(21, 31, 7, 4, { rx: 2, fill: col('panelEdge') }),
      led(33, 33, 'broken', 1.8),
    ),
    // Buzz.
    path('M4 20 q-2 4 0 8 M2 17 q-3 7 0 14', { ...fine('accent'), 'stroke-width': LINE.prop }),
    path('M44 18 q2 4 0 8 M46 15 q3 7 0 14', { ...fine('accent'), 'stroke-width': LINE.prop }),
  );
}

export function props(): ArtFile[] {
  return [
    { name: 'rack.svg', content: rack() },
    { name: 'load-balancer.svg', content: loadBalancer() },
    { name: 'chef-server.svg', content: chefServer() },
    { name: 'yum-mirror.svg', content: yumMirror() },
    { name: 'customers.svg', content: customers() },
    { name: 'status-page.svg', content: statusPage() },
    { name: 'pager.svg', content: pager() },
  ];
}
