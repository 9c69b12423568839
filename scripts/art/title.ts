// The game's face: the title logo (a server in a tea cozy with a feather in its cap, the name and a row of
// hosts going down and a few surviving), the cat at a keyboard for the menu, and the favicon.

import { hostGlyphs } from './host-glyphs';
import { teaCozy } from './props';
import { circle, col, defs, ellipse, FONT_FAMILY, g, INK, light, line, LINE, mix, num, path, radialGradient, RADIUS, rect, shade, svg, text, type ArtFile, type Colour } from './svg';

/** Advance width of one character of the monospace face, in em (DejaVu Sans Mono and its peers). */
const MONO_ADVANCE = 0.602;

/** A host glyph placed as a nested <svg>, with its ids suffixed so several copies can share a document. */
function nestedGlyph(name: string, x: number, y: number, size: number, suffix: string): string {
  const file = hostGlyphs().find((glyph) => glyph.name === name);
  if (file === undefined) throw new Error(`no host glyph called ${name}`);
  const inner = file.content
    .replace(/^<svg[^>]*>\n/, '')
    .replace(/<\/svg>\n$/, '')
    .replace(/<title>[^<]*<\/title>\n/, '')
    .replace(/id="([^"]+)"/g, `id="$1-${suffix}"`)
    .replace(/url\(#([^)]+)\)/g, `url(#$1-${suffix})`);
  return `<svg x="${num(x)}" y="${num(y)}" width="${num(size)}" height="${num(size)}" viewBox="0 0 24 24">${inner}</svg>`;
}

/** A soft feather, tip up, its quill at (0, 0) before the transform. */
function feather(transform: string, vane: Colour, tip: Colour): string {
  return g(
    { transform },
    path('M0 0 C-9 -14 -10 -40 0 -62 C10 -40 9 -14 0 0 Z', { fill: col(vane), stroke: shade(vane, 0.45), 'stroke-width': LINE.scene, 'stroke-linejoin': 'round' }),
    path('M0 -46 C-6 -52 -4 -58 0 -62 C4 -58 6 -52 0 -46 Z', { fill: col(tip) }),
    // Notches in the vane, so it reads as a feather and not a leaf.
    path('M-6.8 -30 l4 2 M6.8 -22 l-4 2 M-5.6 -14 l3.5 2', { fill: 'none', stroke: shade(vane, 0.45), 'stroke-width': LINE.scene, 'stroke-linecap': 'round' }),
    path('M0 6 L0 -54', { fill: 'none', stroke: light(vane, 0.7), 'stroke-width': LINE.scene, 'stroke-linecap': 'round' }),
  );
}

/** Text set in the game's monospace face, stretched or squeezed to an exact width whatever face is found. */
function monoText(x: number, y: number, content: string, size: number, fill: Colour, weight: 'bold' | 'normal'): string {
  return text(x, y, content, {
    'font-family': FONT_FAMILY,
    'font-size': size,
    'font-weight': weight,
    fill: col(fill),
    textLength: num(content.length * size * MONO_ADVANCE),
    lengthAdjust: 'spacingAndGlyphs',
  });
}

function titleLogo(): string {
  const W = 640;
  const H = 200;
  const server = { x: 30, y: 108, width: 104, height: 66 };
  const bay = (y: number, ledColour: Colour): string =>
    g(
      {},
      rect(server.x + 10, y, server.width - 20, 13, { rx: 3, fill: shade('panelRaised', 0.45), stroke: col('panelEdge'), 'stroke-width': LINE.sceneFine }),
      line(server.x + 17, y + 6.5, server.x + 52, y + 6.5, { stroke: col('panelEdge'), 'stroke-width': 2.5, 'stroke-linecap': 'round' }),
      circle(server.x + server.width - 20, y + 6.5, 3, { fill: col(ledColour) }),
      circle(server.x + server.width - 20, y + 6.5, 6, { fill: col(ledColour), opacity: 0.2 }),
    );
  // The fleet beneath the name: healthy, Chef runs, failures, and the seven php7 survivors.
  const story = 'SSCSCFFPFFCFPFFPFFPFFPFFPP';
  const kinds: Record<string, string> = { S: 'host-serving.svg', C: 'host-chef-running.svg', F: 'host-apache-failed.svg', P: 'host-php7.svg' };
  const textX = 178;
  const titleSize = 60;
  const apache = 'APACHE';
  const snafu = 'SNAFU';
  const advance = titleSize * MONO_ADVANCE;
  const stripStep = (advance * (apache.length + 1 + snafu.length) - 16) / (story.length - 1);
  return svg(
    W,
    H,
    { title: 'Apache SNAFU: an on-call training game' },
    defs(
      radialGradient('title-glow', [
        { offset: 0, colour: 'accent', opacity: 0.2 },
        { offset: 1, colour: 'accent', opacity: 0 },
      ]),
    ),
    ellipse(330, 104, 320, 98, { fill: 'url(#title-glow)' }),
    // The motif: a server, cosy in a tea cozy, with a feather in its cap.
    ellipse(server.x + server.width / 2, server.y + server.height + 4, 60, 5, { fill: INK, opacity: 0.6 }),
    rect(server.x, server.y, server.width, server.height, { rx: RADIUS.scene + 3, fill: col('panelRaised'), stroke: col('panelEdge'), 'stroke-width': LINE.scene + 1 }),
    bay(server.y + 14, 'healthy'),
    bay(server.y + 33, 'warning'),
    ...[0, 1, 2, 3].map((i) =>
      line(server.x + 14 + i * 8, server.y + 56, server.x + 18 + i * 8, server.y + 56, { stroke: shade('panelRaised', 0.5), 'stroke-width': 2.5, 'stroke-linecap': 'round' }),
    ),
    teaCozy(server.x + server.width / 2, server.y + 6, 88, { body: 'broken', stripe: 'warning', pom: 'text' }),
    feather('translate(110 100) rotate(28)', 'php7', 'accent'),
    // The name, with a shadow to lift it off the room.
    g(
      { transform: 'translate(0 4)', opacity: 0.8 },
      monoText(textX, 104, apache, titleSize, INK, 'bold'),
      monoText(textX + advance * (apache.length + 1), 104, snafu, titleSize, INK, 'bold'),
    ),
    monoText(textX, 104, apache, titleSize, 'text', 'bold'),
    monoText(textX + advance * (apache.length + 1), 104, snafu, titleSize, 'accent', 'bold'),
    ...[...story].map((kind, i) => nestedGlyph(kinds[kind]!, textX + i * stripStep, 118, 16, `t${i}`)),
    monoText(textX + 2, 166, 'an on-call training game', 22, 'textDim', 'normal'),
  );
}

// ---------------------------------------------------------------------------------------------------
// The cat at a keyboard: a menu decoration.

function catSilhouette(): string {
  const fur = mix('background', 'panel', 0.35);
  const rim = col('accent');
  const keys = light('panelEdge', 0.35);
  const catOutline = [
    // Body: a pear, sitting.
    'M19 52 C15 42 18 33 24 30',
    'L40 30 C46 33 49 42 45 52 Z',
  ].join(' ');
  const head = 'M20.5 25 C20 18 23 13.5 25 12 L23.5 3.5 L31 9.6 C31.7 9.5 32.3 9.5 33 9.6 L40.5 3.5 L39 12 C41 13.5 44 18 43.5 25 C43 31.5 38 34.5 32 34.5 C26 34.5 21 31.5 20.5 25 Z';
  return svg(
    64,
    64,
    { title: 'A cat at a keyboard' },
    defs(
      radialGradient('cat-glow', [
        { offset: 0, colour: 'accent', opacity: 0.55 },
        { offset: 0.6, colour: 'accent', opacity: 0.18 },
        { offset: 1, colour: 'accent', opacity: 0 },
      ]),
    ),
    // The screen's glow behind the cat.
    circle(32, 28, 30, { fill: 'url(#cat-glow)' }),
    // Tail, curling up on the right.
    path('M44 50 C54 50 58 42 55 34 C53.5 30 57 27.5 59 30', { fill: 'none', stroke: rim, 'stroke-width': 7, 'stroke-linecap': 'round', opacity: 0.9 }),
    path('M44 50 C54 50 58 42 55 34 C53.5 30 57 27.5 59 30', { fill: 'none', stroke: fur, 'stroke-width': 4.5, 'stroke-linecap': 'round' }),
    path(catOutline, { fill: fur, stroke: rim, 'stroke-width': LINE.prop, 'stroke-linejoin': 'round' }),
    path(head, { fill: fur, stroke: rim, 'stroke-width': LINE.prop, 'stroke-linejoin': 'round' }),
    // Inner ears.
    path('M25.5 12.5 L25 7.5 L29 10.8 Z M38.5 12.5 L39 7.5 L35 10.8 Z', { fill: mix('accent', 'background', 0.45) }),
    // Eyes: glowing, slit pupils, slightly mischievous.
    ellipse(27, 22, 3, 2.6, { fill: col('warning') }),
    ellipse(37, 22, 3, 2.6, { fill: col('warning') }),
    ellipse(27.4, 22.2, 0.9, 2.2, { fill: INK }),
    ellipse(37.4, 22.2, 0.9, 2.2, { fill: INK }),
    path('M30.6 26.6 L32 27.8 L33.4 26.6 Z', { fill: mix('broken', 'text', 0.3) }),
    path('M32 27.8 q-1.5 2 -3.2 1 M32 27.8 q1.5 2 3.2 1', { fill: 'none', stroke: light('unknown', 0.3), 'stroke-width': 0.9, 'stroke-linecap': 'round' }),
    // Whiskers.
    path('M24 27 L15 25.5 M24 28.6 L15.5 29.5 M40 27 L49 25.5 M40 28.6 L48.5 29.5', { fill: 'none', stroke: light('unknown', 0.45), 'stroke-width': 0.8, 'stroke-linecap': 'round' }),
    // Keyboard, seen from the front, with the mashed keys lit.
    path('M6 51 L58 51 L61 60 L3 60 Z', { fill: col('panelRaised'), stroke: col('panelEdge'), 'stroke-width': LINE.prop, 'stroke-linejoin': 'round' }),
    path('M9 54 H55 M7.5 57.2 H56.5', { fill: 'none', stroke: keys, 'stroke-width': 1.8, 'stroke-dasharray': '3.2 1.6' }),
    rect(21, 52.9, 3.2, 2.2, { fill: col('accent') }),
    rect(38.6, 56.1, 3.2, 2.2, { fill: col('warning') }),
    // Paws, mid-mash, with motion marks.
    ellipse(24, 51, 5, 3.2, { fill: fur, stroke: rim, 'stroke-width': LINE.propFine }),
    ellipse(40, 50, 5, 3.2, { fill: fur, stroke: rim, 'stroke-width': LINE.propFine }),
    path('M17 44 l-2.5 -2 M18.5 41.5 l-1 -3 M46.5 43 l2.5 -2 M45 40.5 l1 -3', { fill: 'none', stroke: col('warning'), 'stroke-width': LINE.propFine, 'stroke-linecap': 'round' }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Favicon: a little server in a tea cozy.

function favicon(): string {
  return svg(
    32,
    32,
    { title: 'Apache SNAFU' },
    rect(0, 0, 32, 32, { rx: 7, fill: col('background') }),
    rect(4, 17, 24, 12, { rx: 3, fill: col('panelEdge'), stroke: light('panelEdge', 0.2), 'stroke-width': LINE.sceneFine }),
    rect(7, 21.5, 10, 3, { rx: 1.5, fill: shade('panelEdge', 0.5) }),
    circle(23, 23, 2, { fill: col('healthy') }),
    teaCozy(16, 19, 22, { body: 'broken', stripe: 'warning', pom: 'text' }),
  );
}

export function titleArt(): ArtFile[] {
  return [
    { name: 'title-logo.svg', content: titleLogo() },
    { name: 'cat-silhouette.svg', content: catSilhouette() },
    { name: 'favicon.svg', content: favicon() },
  ];
}
