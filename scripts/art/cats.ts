// The cat responders: six coats ("looks"), each sitting behind a desk with a laptop, seen from the front, in
// four poses (idle, two keyboard-mashing frames, and "found it!"), plus an empty desk for a cat who has not
// joined yet and six pieces of gear (cat-gear.ts) that overlay any cat. Every file is 72x60 with the head,
// body and desk in exactly the same place, so the game can swap poses in place (only paws, eyes, ears and
// tail move) and stack a piece of gear on top of any look and pose.

import { catGear, type CatHead } from './cat-gear';
import { circle, col, d, defs, el, ellipse, g, INK, light, LINE, mix, path, polygon, radialGradient, rect, shade, svg, type ArtFile, type Attrs, type Colour } from './svg';

const W = 72;
const H = 60;

/**
 * The shared head: every cat and every piece of gear is drawn around these numbers, so gear made for one
 * pose fits all 24. Ear tips are at rest; the report pose perks them 1.7 px higher, which gear avoids.
 */
export const CAT_HEAD: CatHead = {
  cx: 36,
  cy: 22,
  rx: 12.5,
  ry: 10.5,
  eyeDx: 5.2,
  eyeY: 21.5,
  eyeR: 2.8,
  earTipDx: 10.5,
  earTipY: 5.5,
  mouthY: 27,
};
const { cx, cy } = CAT_HEAD;

/** The desk top's back edge; the cat is cut off here, the front edge fills the rest down to y 60. */
const DESK_TOP = 48;
/** The back of the laptop lid, facing the viewer; the keyboard is hidden behind it, on the cat's side. */
const LID = { x: 24, y: 39.5, width: 24, height: 9.5 } as const;
/** Paws resting on the desk, either side of the laptop. */
const DESK_PAW_DX = 15.5;
/** Paws on the keyboard: over the laptop, so a lifted one shows above the lid and a pressed one dips behind it. */
const KEY_PAW_DX = 8;

const WOOD = mix('accent', 'panelRaised', 0.78);
const LID_METAL = mix('panelEdge', 'unknown', 0.35);
const WHISKER = mix('text', 'unknown', 0.3);
const PINK = mix('broken', 'text', 0.4);

type Pose = 'idle' | 'type-a' | 'type-b' | 'report';
const POSES: readonly Pose[] = ['idle', 'type-a', 'type-b', 'report'];

interface Look {
  name: string;
  /** For the title: "a ginger tabby cat". */
  words: string;
  coat: Colour;
  /** Muzzle, chest and (unless `paws` says otherwise) the pads' surround: a paler tone or white. */
  pale: Colour;
  paws: Colour;
  /** How much of the chest is pale: a small tuft, or a tuxedo's full bib. */
  bib: 'tuft' | 'full' | 'none';
  stripes?: Colour;
  /** Coat patches (calico), clipped to the head or the body; x and y are offsets from the head centre. */
  patches?: readonly { on: 'head' | 'body'; x: number; y: number; rx: number; ry: number; colour: Colour }[];
  /** Outer ear fur, viewer's left then right (calico ears differ); the coat if missing. */
  ears?: readonly [Colour, Colour];
  innerEar: Colour;
  /** Iris colours, viewer's left then right (the white cat is odd-eyed). */
  eyes: readonly [Colour, Colour];
  nose: Colour;
  tail: Colour;
  /** Rings along the tail: thin tabby bands, or (with a long `tailDash`) calico blocks. */
  tailRings?: Colour;
  tailDash?: string;
  /** Small details that tell coats apart at a glance. */
  earTufts?: boolean;
  earNotch?: boolean;
}

const GINGER = mix('accent', 'warning', 0.2);
const GREY = mix('unknown', 'textDim', 0.4);
const CREAM = mix('warning', 'text', 0.55);
const SNOW = mix('text', '#ffffff', 0.55);
/** Not pure black: a dark slate a shade lighter than the panel, so the outline and glow still find its edge. */
const SOOT = mix('panel', 'unknown', 0.28);
const CALICO_ORANGE = mix('accent', 'warning', 0.1);
const CALICO_BLACK = mix('panel', 'unknown', 0.2);

const LOOKS: readonly Look[] = [
  {
    name: 'ginger-tabby',
    words: 'a ginger tabby cat',
    coat: GINGER,
    pale: light(GINGER, 0.65),
    paws: light(GINGER, 0.4),
    bib: 'tuft',
    stripes: mix('accent', 'broken', 0.45),
    innerEar: PINK,
    eyes: [mix('warning', 'healthy', 0.35), mix('warning', 'healthy', 0.35)],
    nose: mix('broken', 'text', 0.25),
    tail: GINGER,
    tailRings: mix('accent', 'broken', 0.45),
  },
  {
    name: 'cream',
    words: 'a cream cat with a notched ear',
    coat: CREAM,
    pale: light(CREAM, 0.7),
    paws: light(CREAM, 0.5),
    bib: 'tuft',
    innerEar: mix('broken', 'text', 0.5),
    eyes: ['accent', 'accent'],
    nose: mix('broken', 'text', 0.35),
    tail: CREAM,
    earNotch: true,
  },
  {
    name: 'tuxedo',
    words: 'a black and white tuxedo cat',
    coat: SOOT,
    pale: SNOW,
    paws: SNOW,
    bib: 'full',
    innerEar: mix('broken', 'panel', 0.45),
    eyes: ['warning', 'warning'],
    nose: mix('broken', 'text', 0.3),
    tail: SOOT,
  },
  {
    name: 'calico',
    words: 'a calico cat with orange and black patches',
    coat: SNOW,
    pale: SNOW,
    paws: SNOW,
    bib: 'none',
    patches: [
      { on: 'head', x: -8, y: -8, rx: 8, ry: 6.5, colour: CALICO_ORANGE },
      { on: 'head', x: 9, y: -7.5, rx: 6, ry: 5, colour: CALICO_BLACK },
      { on: 'body', x: -14, y: 22, rx: 6, ry: 8, colour: CALICO_BLACK },
      { on: 'body', x: 13, y: 19, rx: 6.5, ry: 7, colour: CALICO_ORANGE },
    ],
    ears: [CALICO_ORANGE, CALICO_BLACK],
    innerEar: PINK,
    eyes: [light('healthy', 0.2), light('healthy', 0.2)],
    nose: mix('broken', 'text', 0.25),
    tail: CALICO_ORANGE,
    tailRings: CALICO_BLACK,
    tailDash: '4 4.5',
  },
  {
    name: 'white',
    words: 'a white cat with odd eyes',
    coat: SNOW,
    pale: SNOW,
    paws: SNOW,
    bib: 'none',
    innerEar: mix('broken', 'text', 0.35),
    eyes: ['info', 'warning'],
    nose: mix('broken', 'text', 0.3),
    tail: SNOW,
  },
  {
    name: 'grey-tabby',
    words: 'a grey tabby cat with tufted ears',
    coat: GREY,
    pale: light(GREY, 0.6),
    paws: light(GREY, 0.45),
    bib: 'tuft',
    stripes: mix('unknown', 'background', 0.6),
    innerEar: mix('broken', 'unknown', 0.45),
    eyes: [light('healthy', 0.1), light('healthy', 0.1)],
    nose: mix('broken', 'unknown', 0.35),
    tail: GREY,
    tailRings: mix('unknown', 'background', 0.6),
    earTufts: true,
  },
];

const outline = (width: number = LINE.scene): Attrs => ({ stroke: INK, 'stroke-width': width, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' });
const fine = (colour: Colour, width: number = LINE.sceneFine): Attrs => ({ fill: 'none', stroke: col(colour), 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });

/** A tail or an arm: a thick INK stroke with the fur stroked inside it, and optional rings (tabby bands). */
function limb(data: string, fur: Colour, width: number, rings?: Colour, dash = '1.6 2.6'): string {
  return g(
    {},
    path(data, { ...fine(INK, width + LINE.scene) }),
    path(data, fine(fur, width)),
    rings === undefined ? '' : path(data, { fill: 'none', stroke: col(rings), 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-dashoffset': -3 }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Shapes shared by every pose (so they land on the same pixels in every file)

/** A wide head with a tuft at each cheek. */
const HEAD_D = (() => {
  const { rx, ry } = CAT_HEAD;
  return d`M${cx} ${cy - ry} C${cx + 7.5} ${cy - ry} ${cx + rx} ${cy - 6.5} ${cx + rx} ${cy + 0.5} L${cx + rx + 1.6} ${cy + 4.2} L${cx + rx - 0.8} ${cy + 4.6}
    C${cx + rx - 2.5} ${cy + ry - 1} ${cx + 5} ${cy + ry} ${cx} ${cy + ry} C${cx - 5} ${cy + ry} ${cx - rx + 2.5} ${cy + ry - 1} ${cx - rx + 0.8} ${cy + 4.6}
    L${cx - rx - 1.6} ${cy + 4.2} L${cx - rx} ${cy + 0.5} C${cx - rx} ${cy - 6.5} ${cx - 7.5} ${cy - ry} ${cx} ${cy - ry} Z`;
})();

/** A sitting body: narrow shoulders under the chin, widening to the haunches, cut off by the desk. */
const BODY_D = d`M${cx - 9} ${cy + 7} C${cx - 14} ${cy + 11} ${cx - 16.5} ${cy + 18} ${cx - 17} ${DESK_TOP + 2} H${cx + 17}
  C${cx + 16.5} ${cy + 18} ${cx + 14} ${cy + 11} ${cx + 9} ${cy + 7} Z`;

function ear(look: Look, side: -1 | 1, perked: boolean): string {
  const tip: [number, number] = perked ? [cx + side * (CAT_HEAD.earTipDx - 0.8), CAT_HEAD.earTipY - 1.7] : [cx + side * CAT_HEAD.earTipDx, CAT_HEAD.earTipY];
  const outer: [number, number] = [cx + side * 12.3, cy - 2.5];
  const inner: [number, number] = [cx + side * 3.2, cy - 9.9];
  const along = (a: [number, number], b: [number, number], t: number): [number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  // The notch (cream, viewer's right ear): a small V bitten out of the outer edge near the tip.
  const outerEdge: [number, number][] =
    look.earNotch === true && side === 1 ? [along(tip, outer, 0.18), [along(tip, outer, 0.3)[0] - side * 2.3, along(tip, outer, 0.3)[1]], along(tip, outer, 0.42)] : [];
  const fur = look.ears?.[side === -1 ? 0 : 1] ?? look.coat;
  const centre: [number, number] = [(tip[0] + outer[0] + inner[0]) / 3, (tip[1] + outer[1] + inner[1]) / 3 + 1];
  const shrink = (p: [number, number]): [number, number] => along(centre, p, 0.58);
  const tufts =
    look.earTufts === true ? path(d`M${tip[0]} ${tip[1] + 0.5} l${side * 0.6} -3 M${tip[0] - side * 0.8} ${tip[1] + 1} l${-side * 0.4} -2.4`, fine(look.stripes ?? INK, 1.1)) : '';
  return g(
    {},
    tufts,
    polygon([inner, tip, ...outerEdge, outer], { fill: col(fur), ...outline() }),
    polygon([shrink(inner), shrink(tip), shrink(outer)], { fill: col(look.innerEar), 'stroke-linejoin': 'round', stroke: col(look.innerEar), 'stroke-width': 0.8 }),
  );
}

/** Everything painted on the head under the face: patches, tabby marks, the pale muzzle. Clipped to the head. */
function headMarkings(look: Look): string {
  const marks: string[] = [];
  for (const patch of look.patches ?? []) if (patch.on === 'head') marks.push(ellipse(cx + patch.x, cy + patch.y, patch.rx, patch.ry, { fill: col(patch.colour) }));
  if (look.stripes !== undefined) {
    // The tabby "M" on the forehead and two bars on each cheek.
    const stripe = fine(look.stripes, 1.5);
    marks.push(path(d`M${cx - 3.2} ${cy - 11} L${cx - 2.2} ${cy - 5.5} M${cx} ${cy - 11} V${cy - 4.8} M${cx + 3.2} ${cy - 11} L${cx + 2.2} ${cy - 5.5}`, stripe));
    for (const side of [-1, 1]) marks.push(path(d`M${cx + side * 14} ${cy + 1} L${cx + side * 9.2} ${cy + 2} M${cx + side * 14} ${cy + 4.5} L${cx + side * 9.8} ${cy + 4.8}`, stripe));
  }
  const muzzle = col(look.pale);
  if (look.bib === 'full') {
    // Tuxedo: a white blaze up the nose into a wide white muzzle and chin.
    marks.push(path(d`M${cx} ${cy - 2.5} L${cx + 2.4} ${cy + 2} L${cx - 2.4} ${cy + 2} Z`, { fill: muzzle }), ellipse(cx, cy + 7, 7.5, 5.2, { fill: muzzle }));
  }
  marks.push(ellipse(cx - 2.6, cy + 5.6, 3.5, 2.8, { fill: muzzle }), ellipse(cx + 2.6, cy + 5.6, 3.5, 2.8, { fill: muzzle }), ellipse(cx, cy + 8, 2.6, 2, { fill: muzzle }));
  return g({ 'clip-path': 'url(#cat-head)' }, ...marks);
}

/** The chest (bib or tuft), tabby bars along the flanks, calico patches. Clipped to the body. */
function bodyMarkings(look: Look): string {
  const marks: string[] = [];
  for (const patch of look.patches ?? []) if (patch.on === 'body') marks.push(ellipse(cx + patch.x, cy + patch.y, patch.rx, patch.ry, { fill: col(patch.colour) }));
  if (look.stripes !== undefined)
    for (const side of [-1, 1]) for (let i = 0; i < 3; i++) marks.push(path(d`M${cx + side * 18} ${cy + 13 + i * 4.5} q${-side * 3} 0.4 ${-side * 5.5} 2.6`, fine(look.stripes, 1.5)));
  if (look.bib === 'full') marks.push(path(d`M${cx - 8} ${cy + 8} Q${cx} ${cy + 30} ${cx + 8} ${cy + 8} Z`, { fill: col(look.pale) }));
  if (look.bib === 'tuft') marks.push(ellipse(cx, cy + 12, 4.5, 5, { fill: col(look.pale) }));
  return g({ 'clip-path': 'url(#cat-body)' }, ...marks);
}

type Eyes = 'open' | 'narrow' | 'wide';

function eyes(look: Look, kind: Eyes): string {
  const { eyeDx, eyeY, eyeR } = CAT_HEAD;
  return g(
    {},
    ...([-1, 1] as const).map((side, i) => {
      const x = cx + side * eyeDx;
      const iris = col(look.eyes[i]!);
      if (kind === 'narrow')
        // Concentrating: the upper lid comes down to a flat line, the pupil a short slit.
        return g(
          {},
          path(d`M${x - eyeR} ${eyeY + 0.3} Q${x} ${eyeY + 3.4} ${x + eyeR} ${eyeY + 0.3} Z`, { fill: iris, ...outline(LINE.sceneFine) }),
          ellipse(x, eyeY + 1.2, 0.8, 0.9, { fill: INK }),
          path(d`M${x - eyeR - 0.3} ${eyeY + 0.2 + side * 0.25} L${x + eyeR + 0.3} ${eyeY + 0.2 - side * 0.25}`, fine(INK, 1.1)),
        );
      const wide = kind === 'wide';
      return g(
        {},
        circle(x, eyeY, eyeR + (wide ? 0.3 : 0), { fill: iris, ...outline(LINE.sceneFine) }),
        wide ? circle(x, eyeY + 0.2, 1.6, { fill: INK }) : ellipse(x, eyeY + 0.1, 0.95, 2.1, { fill: INK }),
        circle(x + 0.9, eyeY - 1, wide ? 0.8 : 0.65, { fill: col('text') }),
        wide ? circle(x - 0.9, eyeY + 1.1, 0.4, { fill: col('text') }) : '',
      );
    }),
  );
}

function mouth(look: Look, open: boolean): string {
  const { mouthY } = CAT_HEAD;
  const nose = path(d`M${cx - 1.5} ${mouthY - 1.8} H${cx + 1.5} L${cx} ${mouthY - 0.2} Z`, {
    fill: col(look.nose),
    stroke: col(shade(look.nose, 0.35)),
    'stroke-width': 0.6,
    'stroke-linejoin': 'round',
  });
  if (!open) return g({}, nose, path(d`M${cx} ${mouthY - 0.2} v0.9 q-1.2 1.4 -2.5 0.4 M${cx} ${mouthY + 0.7} q1.2 1.4 2.5 0.4`, fine(INK, 0.8)));
  // "Found it!": an open mouth with a pink tongue.
  return g(
    {},
    nose,
    path(
      d`M${cx - 2.3} ${mouthY + 0.6} Q${cx} ${mouthY - 0.2} ${cx + 2.3} ${mouthY + 0.6} Q${cx + 2} ${mouthY + 4.4} ${cx} ${mouthY + 4.4} Q${cx - 2} ${mouthY + 4.4} ${cx - 2.3} ${mouthY + 0.6} Z`,
      {
        fill: mix('broken', 'background', 0.65),
        ...outline(0.8),
      },
    ),
    ellipse(cx, mouthY + 3.3, 1.3, 0.9, { fill: mix('broken', 'text', 0.2) }),
  );
}

function whiskers(): string {
  const sides = [-1, 1].map((s) => d`M${cx + s * 6} ${cy + 4.6} L${cx + s * 19} ${cy + 3} M${cx + s * 6} ${cy + 6} L${cx + s * 18.5} ${cy + 7.4}`);
  return path(sides.join(' '), { ...fine(WHISKER, 0.7), opacity: 0.85 });
}

// ---------------------------------------------------------------------------------------------------
// Paws

/** A paw on the desk top beside the laptop, toes towards the viewer. */
function deskPaw(look: Look, x: number): string {
  return g(
    {},
    ellipse(x, DESK_TOP + 1.6, 4.2, 2.5, { fill: col(look.paws), ...outline(LINE.sceneFine) }),
    path(d`M${x - 1.3} ${DESK_TOP + 2.4} v1.4 M${x + 1.3} ${DESK_TOP + 2.4} v1.4`, fine(shade(look.paws, 0.5), 0.7)),
  );
}

/** Pink toe beans, shown when a paw is lifted towards the viewer. */
function beans(x: number, y: number): string {
  const bean = mix('broken', 'text', 0.3);
  return g({ fill: bean }, ellipse(x, y + 0.9, 1.3, 1, {}), circle(x - 1.6, y - 0.9, 0.6), circle(x, y - 1.5, 0.6), circle(x + 1.6, y - 0.9, 0.6));
}

/**
 * An arm reaching for the keyboard from the shoulder. Lifted: the paw shows above the lid with its beans
 * and two motion marks. Pressed: the paw dips behind the lid's top edge, only its knuckles showing.
 */
function keyArm(look: Look, side: -1 | 1, lifted: boolean): string {
  const x = cx + side * KEY_PAW_DX;
  const pawY = lifted ? cy + 9.6 : LID.y + 0.6;
  const arm = lifted ? d`M${x} ${LID.y + 6} V${pawY}` : d`M${x - side * 0.5} ${cy + 8.5} L${x} ${pawY}`;
  return g(
    {},
    limb(arm, look.coat, 4.6, look.stripes),
    ellipse(x, pawY, 3.5, 2.8, { fill: col(look.paws), ...outline(LINE.sceneFine) }),
    lifted ? beans(x, pawY) : path(d`M${x - 1.2} ${pawY - 2} v1.3 M${x + 1.2} ${pawY - 2} v1.3`, fine(shade(look.paws, 0.5), 0.7)),
    lifted ? path(d`M${x + side * 5} ${pawY - 3} q${side * 1.5} 2.5 0 5 M${x + side * 7} ${pawY - 4} q${side * 2} 3.5 0 7`, fine('warning', 0.9)) : '',
  );
}

/** "Found it!": the viewer's right arm straight up beside the head, beans out, with a little burst. */
function raisedArm(look: Look): string {
  const paw: [number, number] = [cx + 21.5, cy - 9];
  return g(
    {},
    limb(d`M${cx + 13.5} ${cy + 16} Q${cx + 19} ${cy + 8} ${paw[0]} ${paw[1] + 2}`, look.coat, 5, look.stripes),
    ellipse(paw[0], paw[1], 3.8, 3.4, { fill: col(look.paws), ...outline(LINE.sceneFine) }),
    beans(paw[0], paw[1]),
    path(d`M${paw[0] - 4} ${paw[1] - 6} l-1.3 -2.2 M${paw[0]} ${paw[1] - 6.5} v-2.8 M${paw[0] + 4} ${paw[1] - 5.5} l1.8 -1.8 M${paw[0] + 6} ${paw[1] - 1} h2.4`, fine('warning', 1.2)),
  );
}

// ---------------------------------------------------------------------------------------------------
// The desk and laptop (shared with the empty desk)

function deskTop(): string {
  const edge = shade(WOOD, 0.45);
  return g(
    {},
    polygon(
      [
        [5, DESK_TOP],
        [W - 5, DESK_TOP],
        [W - 1.5, DESK_TOP + 4.5],
        [1.5, DESK_TOP + 4.5],
      ],
      { fill: col(WOOD), stroke: edge, 'stroke-width': LINE.sceneFine, 'stroke-linejoin': 'round' },
    ),
    rect(1.5, DESK_TOP + 4.5, W - 3, H - DESK_TOP - 5.2, { rx: 1.5, fill: shade(WOOD, 0.15), stroke: edge, 'stroke-width': LINE.sceneFine }),
    path(d`M3 ${DESK_TOP + 5.6} H${W - 3}`, fine(light(WOOD, 0.25), 0.8)),
  );
}

/** The open laptop from behind: the lid's back with a fish sticker, the screen's light leaking over its top. */
function openLaptop(): string {
  const { x, y, width, height } = LID;
  const fish = mix('info', 'php7', 0.5);
  return g(
    {},
    ellipse(cx, DESK_TOP + 2.3, 17, 1.8, { fill: col('accent'), opacity: 0.16 }),
    rect(x - 1.5, DESK_TOP + 0.6, width + 3, 2, { rx: 1, fill: shade(LID_METAL, 0.3), ...outline(LINE.sceneFine) }),
    rect(x, y, width, height + 1, { rx: 2.2, fill: col(LID_METAL), ...outline(LINE.sceneFine) }),
    path(d`M${x + 2} ${y + 1.4} H${x + width - 2}`, fine(light(LID_METAL, 0.2), 0.8)),
    // A fish sticker, slightly crooked.
    g(
      { transform: `rotate(-10 ${cx} ${y + 5})` },
      ellipse(cx - 0.6, y + 5, 3, 1.8, { fill: col(fish) }),
      polygon(
        [
          [cx + 2, y + 5],
          [cx + 4.2, y + 3.3],
          [cx + 4.2, y + 6.7],
        ],
        { fill: col(fish) },
      ),
      circle(cx - 2, y + 4.6, 0.45, { fill: INK }),
    ),
    rect(x + width - 6, y + 6.5, 3, 2, { rx: 0.6, fill: col('chef'), opacity: 0.9 }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Whole files

function catSvg(look: Look, pose: Pose): string {
  const typing = pose === 'type-a' || pose === 'type-b';
  const tails: Record<Pose, string> = {
    idle: 'M18 51 C9 51 5 44 7 37 C8.5 31.5 13 30 14.5 33.5',
    'type-a': 'M18 51 C9 51 5 44 7 37 C8 32 6 29.5 3.5 29',
    'type-b': 'M18 51 C9 51 5 44 7 37 C9 32 12 30 13 27.5',
    report: 'M18 51 C10 50 6 42 8 33 C9 28 7 24 9.5 21',
  };
  const poseWords: Record<Pose, string> = {
    idle: 'sitting at a laptop',
    'type-a': 'mashing the keyboard, left paw up',
    'type-b': 'mashing the keyboard, right paw up',
    report: 'raising a paw: found it!',
  };
  return svg(
    W,
    H,
    {
      title: `${look.words[0]!.toUpperCase()}${look.words.slice(1)}, ${poseWords[pose]}`,
      notes: [`Head centre (${cx}, ${cy}) in every cat-*.svg and cat-gear-*.svg; the desk top is at y ${DESK_TOP}.`, '"Left" and "right" paws are the viewer\'s left and right.'],
    },
    defs(
      radialGradient('cat-glow', [
        { offset: 0, colour: 'accent', opacity: 0.2 },
        { offset: 0.6, colour: 'accent', opacity: 0.07 },
        { offset: 1, colour: 'accent', opacity: 0 },
      ]),
      el('clipPath', { id: 'cat-head' }, path(HEAD_D)),
      el('clipPath', { id: 'cat-body' }, path(BODY_D)),
      el('clipPath', { id: 'cat-lit' }, path(HEAD_D), path(BODY_D)),
    ),
    // The laptop's light on the wall behind: it also lifts the dark coats off the dark panel.
    ellipse(cx, cy + 10, 34, 27, { fill: 'url(#cat-glow)' }),
    limb(tails[pose], look.tail, 4.2, look.tailRings, look.tailDash),
    path(BODY_D, { fill: col(look.coat), ...outline() }),
    bodyMarkings(look),
    pose === 'report' ? raisedArm(look) : '',
    ear(look, -1, pose === 'report'),
    ear(look, 1, pose === 'report'),
    path(HEAD_D, { fill: col(look.coat) }),
    headMarkings(look),
    path(HEAD_D, { fill: 'none', ...outline() }),
    // The screen faces the cat: a warm wash on the chin and chest.
    g({ 'clip-path': 'url(#cat-lit)' }, ellipse(cx, LID.y, 14, 9, { fill: col('accent'), opacity: 0.14 })),
    whiskers(),
    eyes(look, typing ? 'narrow' : pose === 'report' ? 'wide' : 'open'),
    mouth(look, pose === 'report'),
    typing ? keyArm(look, -1, pose === 'type-a') : '',
    typing ? keyArm(look, 1, pose === 'type-b') : '',
    deskTop(),
    openLaptop(),
    pose === 'idle' || pose === 'report' ? deskPaw(look, cx - DESK_PAW_DX) : '',
    pose === 'idle' ? deskPaw(look, cx + DESK_PAW_DX) : '',
  );
}

/** A seat nobody has taken yet: the chair's back behind the desk, the laptop shut, no screen light. */
function emptyDesk(): string {
  const fabric = shade(mix('panelEdge', 'chef', 0.18), 0.35);
  const edge = shade(fabric, 0.5);
  return svg(
    W,
    H,
    { title: 'An empty desk with a closed laptop: nobody has joined yet', notes: [`The same desk as the cat-*.svg files; the desk top is at y ${DESK_TOP}.`] },
    rect(cx - 2, 40, 4, 9, { fill: shade('panelEdge', 0.35) }),
    rect(cx - 14, 22, 28, 21, { rx: 7, fill: col(fabric), stroke: edge, 'stroke-width': LINE.sceneFine }),
    path(d`M${cx - 8} 26.5 H${cx + 8}`, { ...fine(light(fabric, 0.2)), opacity: 0.6 }),
    deskTop(),
    rect(LID.x - 1, DESK_TOP - 1.6, LID.width + 2, 3.4, { rx: 1.4, fill: shade(LID_METAL, 0.2), ...outline(LINE.sceneFine) }),
    path(d`M${LID.x + 1.5} ${DESK_TOP - 0.9} H${LID.x + LID.width - 1.5}`, fine(light(LID_METAL, 0.15), 0.7)),
    // The sleep light, dim.
    circle(LID.x + LID.width - 2.5, DESK_TOP + 0.4, 0.6, { fill: col('warning'), opacity: 0.5 }),
  );
}

export function catArt(): ArtFile[] {
  const files: ArtFile[] = [];
  for (const look of LOOKS) for (const pose of POSES) files.push({ name: `cat-${look.name}-${pose}.svg`, content: catSvg(look, pose) });
  files.push({ name: 'cat-desk-empty.svg', content: emptyDesk() });
  for (const gear of catGear(CAT_HEAD, W, H)) files.push(gear);
  return files;
}
