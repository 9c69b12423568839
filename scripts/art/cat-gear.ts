// The gear a cat wears for its specialty, one file per specialty. Each file is the same size as the cat
// files and holds only the gear, drawn around the shared head (CAT_HEAD in cats.ts), so the game stacks it
// over any look and pose. Only the glasses may cover the eyes: the eyes carry the pose (open, narrowed,
// wide), so the rest keep to the forehead, the top of the head, the ears' sides and the cheeks.

import { circle, col, d, ellipse, g, INK, light, LINE, mix, path, rect, shade, svg, type ArtFile, type Attrs, type Colour } from './svg';

/** Where the head is, in the cat files' coordinates; cats.ts owns the numbers. */
export interface CatHead {
  /** Centre of the head (the face without ears). */
  cx: number;
  cy: number;
  /** Half width and half height of the head. */
  rx: number;
  ry: number;
  /** Eye centres at cx -/+ eyeDx, eyeY, radius eyeR. */
  eyeDx: number;
  eyeY: number;
  eyeR: number;
  /** Ear tips at rest: cx -/+ earTipDx, earTipY. */
  earTipDx: number;
  earTipY: number;
  /** Just under the nose, where the mouth starts. */
  mouthY: number;
}

const outline = (width: number = LINE.scene): Attrs => ({ stroke: INK, 'stroke-width': width, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' });
const fine = (colour: Colour, width: number = LINE.sceneFine): Attrs => ({ fill: 'none', stroke: col(colour), 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
/** A line that reads on any coat, black or white: INK with a lighter core. */
function cased(data: string, core: Colour, width: number): string {
  return g({}, path(data, fine(INK, width + LINE.sceneFine * 1.5)), path(data, fine(core, width)));
}

/** Chef and yum: a small toque on the crown, between the ears, tipped a little. */
function chefHat(h: CatHead): string {
  const cream = col('text');
  const crease = mix('text', 'background', 0.38);
  const top = h.cy - h.ry;
  const puffs: [number, number, number][] = [
    [h.cx - 4.3, top - 3.6, 3.5],
    [h.cx, top - 6.3, 4.3],
    [h.cx + 4.3, top - 3.6, 3.5],
  ];
  return g(
    { transform: `rotate(-6 ${h.cx} ${top})` },
    ...puffs.map(([x, y, r]) => circle(x, y, r, { fill: cream, ...outline() })),
    ...puffs.map(([x, y, r]) => circle(x, y, r - LINE.scene / 2, { fill: cream })),
    rect(h.cx - 6, top - 2.5, 12, 5, { rx: 1.6, fill: cream, ...outline() }),
    path(d`M${h.cx - 2.5} ${top - 1} v2.2 M${h.cx + 2.5} ${top - 1} v2.2`, fine(crease, 0.8)),
  );
}

/** Fan-out: a sweatband round the forehead with a little terminal plate showing ">_", tails at the side. */
function headband(h: CatHead): string {
  const band = col('broken');
  const y = h.cy - 7.2;
  const plate = { x: h.cx - 4.5, y: h.cy - h.ry - 0.6, width: 9, height: 6 };
  return g(
    {},
    // The knot's two tails, flying out past the viewer's left cheek.
    path(d`M${h.cx - h.rx + 1} ${y + 1.5} l-4.5 -1.2 l0.6 2.4 Z M${h.cx - h.rx + 1} ${y + 2} l-3.6 2.8 l2.4 0.6 Z`, { fill: band, ...outline(LINE.sceneFine) }),
    path(d`M${h.cx - 9.6} ${y} Q${h.cx} ${y - 3.6} ${h.cx + 9.6} ${y} L${h.cx + 11.2} ${y + 3} Q${h.cx} ${y - 0.6} ${h.cx - 11.2} ${y + 3} Z`, { fill: band, ...outline(LINE.sceneFine) }),
    path(d`M${h.cx - 9} ${y + 1.4} Q${h.cx} ${y - 2.2} ${h.cx + 9} ${y + 1.4}`, fine(light('broken', 0.4), 0.6)),
    rect(plate.x, plate.y, plate.width, plate.height, { rx: 1.3, fill: mix('panel', 'background', 0.4), ...outline(LINE.sceneFine) }),
    path(d`M${plate.x + 1.8} ${plate.y + 1.5} l1.8 1.5 l-1.8 1.5 M${plate.x + 4.6} ${plate.y + 4.5} h2.6`, fine('healthy', 0.9)),
  );
}

/** Graphs: round glasses over the eyes (the one piece of gear allowed there), with a glint. */
function glasses(h: CatHead): string {
  const r = h.eyeR + 1.4;
  const left = h.cx - h.eyeDx;
  const right = h.cx + h.eyeDx;
  const frame = mix('warning', 'accent', 0.4);
  const lens = (x: number): string =>
    g(
      {},
      circle(x, h.eyeY, r, { fill: col('info'), 'fill-opacity': 0.12, stroke: INK, 'stroke-width': 2.4 }),
      circle(x, h.eyeY, r, { fill: 'none', stroke: col(frame), 'stroke-width': 1.1 }),
      path(d`M${x + r * 0.2} ${h.eyeY - r * 0.75} a${r * 0.78} ${r * 0.78} 0 0 1 ${r * 0.55} ${r * 0.5}`, { ...fine('text', 0.7), opacity: 0.75 }),
    );
  return g(
    {},
    cased(d`M${left - r} ${h.eyeY - 0.8} L${h.cx - h.rx} ${h.eyeY - 2} M${right + r} ${h.eyeY - 0.8} L${h.cx + h.rx} ${h.eyeY - 2}`, frame, 1.1),
    cased(d`M${left + r} ${h.eyeY - 0.6} Q${h.cx} ${h.eyeY - 2.4} ${right - r} ${h.eyeY - 0.6}`, frame, 1.1),
    lens(left),
    lens(right),
  );
}

/** Comms: a headset, band over the crown, a cup on each side of the head, a mic boom to the cheek. */
function headset(h: CatHead): string {
  const metal = mix('panelEdge', 'text', 0.25);
  const cushion = col('info');
  const cup = (x: number): string => rect(x - 2.4, h.cy - 4, 4.8, 8, { rx: 2.2, fill: cushion, ...outline(LINE.sceneFine) });
  const boom = d`M${h.cx + h.rx + 0.5} ${h.cy + 3} Q${h.cx + h.rx - 1} ${h.mouthY + 3} ${h.cx + 6.5} ${h.mouthY + 2.2}`;
  return g(
    {},
    cased(d`M${h.cx - h.rx - 0.3} ${h.cy - 2} C${h.cx - h.rx - 0.3} ${h.cy - h.ry - 5} ${h.cx + h.rx + 0.3} ${h.cy - h.ry - 5} ${h.cx + h.rx + 0.3} ${h.cy - 2}`, metal, 1.6),
    cased(boom, metal, 1),
    cup(h.cx - h.rx - 0.3),
    cup(h.cx + h.rx + 0.3),
    circle(h.cx + h.rx + 0.3, h.cy + 2, 0.7, { fill: col('healthy') }),
    ellipse(h.cx + 5.8, h.mouthY + 2.2, 1.9, 1.5, { fill: shade('panelEdge', 0.3), ...outline(LINE.sceneFine) }),
  );
}

/** PHP 7: a teal elephant sticker (die-cut, with a white border) stuck on the side of the viewer's left ear. */
function elephantSticker(h: CatHead): string {
  const teal = col('php7');
  // The elephant in its own 11x8 box, facing left: body, head, trunk curling down, ear, legs.
  const shape =
    'M3.2 0.8 C5 -0.2 8.6 0 9.9 1.8 C10.8 3.2 10.6 5.2 10 6.6 H8.6 V5.8 H5.8 V6.6 H4.4 V5.4 C3.6 5.4 3 5 2.7 4.6 C2.5 5.6 2.4 6.6 2.1 7.2 C1.8 7.9 0.8 8 0.6 7.4 C1.1 7.3 1.3 6.9 1.2 6.2 C1 5.2 0.6 4.2 0.8 3.2 C1 2 2 1.3 3.2 0.8 Z';
  return g(
    { transform: `translate(${h.cx - h.earTipDx - 7.2} ${h.earTipY + 4.4}) rotate(-14 5.5 4)` },
    path(shape, { fill: 'none', stroke: INK, 'stroke-width': 3.3, 'stroke-linejoin': 'round' }),
    path(shape, { fill: col('text'), stroke: col('text'), 'stroke-width': 1.9, 'stroke-linejoin': 'round' }),
    path(shape, { fill: teal }),
    path('M3.6 1.9 C5 1.8 5.7 3 5.3 4.3 C4.5 4.8 3.6 4.4 3.4 3.6 Z', { fill: shade('php7', 0.35) }),
    circle(2.2, 2.5, 0.42, { fill: INK }),
  );
}

/** Curious: an antenna bent into a question mark, growing from the crown, with a glowing bobble. */
function questionAntenna(h: CatHead): string {
  const x = h.cx + 1.5;
  const top = h.cy - h.ry;
  const stalk = d`M${x - 3} ${top - 7.6} C${x - 3} ${top - 11} ${x + 3.2} ${top - 11} ${x + 3.2} ${top - 7.6} C${x + 3.2} ${top - 5} ${x} ${top - 5} ${x} ${top - 2.2} V${top + 0.8}`;
  return g(
    {},
    cased(stalk, 'warning', 1.5),
    circle(x - 3, top - 7.4, 2.6, { fill: col('warning'), opacity: 0.25 }),
    circle(x - 3, top - 7.4, 1.5, { fill: light('warning', 0.4), ...outline(LINE.sceneFine) }),
    ellipse(x, top + 0.6, 2.2, 1.1, { fill: shade('warning', 0.35), ...outline(LINE.sceneFine) }),
  );
}

/** One file per specialty, named cat-gear-<specialty>.svg. */
export function catGear(head: CatHead, width: number, height: number): ArtFile[] {
  const notes = [`Overlay for any cat-*.svg: drawn for the head centred at (${head.cx}, ${head.cy}); transparent elsewhere.`];
  const file = (specialty: string, title: string, body: string): ArtFile => ({ name: `cat-gear-${specialty}.svg`, content: svg(width, height, { title, notes }, body) });
  return [
    file('chef-and-yum', "A small chef's hat", chefHat(head)),
    file('fan-out', 'A sweatband with a terminal prompt', headband(head)),
    file('graphs', 'Round glasses', glasses(head)),
    file('comms', 'A headset with a microphone', headset(head)),
    file('php7', 'A teal elephant sticker on the ear', elephantSticker(head)),
    file('curious', 'A question-mark antenna', questionAntenna(head)),
  ];
}
