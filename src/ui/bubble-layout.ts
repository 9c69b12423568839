// Where the cats' speech bubbles go: the rule, as a pure function the Node tests hold. Each cat has at
// most one bubble (its newest line; older ones live in chat only). Newest first, each bubble takes the
// free spot nearest its cat inside the region it may use (the office strip and the gaps around it, never
// the dashboards or the panels beside it), as wide as it can for fewer lines; no two bubbles overlap. A
// bubble already up keeps its spot while that is still free, so it does not jump while being read. One
// that finds no room waits. Text is wrapped at word boundaries, never cut mid-word; a line too long for
// the region is cut between sentences (or clauses), and says the rest is in chat.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BubbleRequest {
  id: string;
  /** Where the cat sits, across the region: the bubble's tail points there. */
  anchorX: number;
  /** The speaker's name, in bold at the start. */
  name: string;
  text: string;
  /** A note after the text, in italics (a line nobody can read: the channel is down). */
  note?: string;
  /** Where this bubble was when last laid out, to keep it there while the spot is free. */
  previous?: Rect;
}

export interface BubbleMetrics {
  /** The width of a piece of text in the bubble's font (bold for the name). */
  measure: (text: string, bold: boolean) => number;
  lineHeight: number;
  paddingX: number;
  paddingY: number;
  /** The tail under the body, pointing at the cat: it must stay inside the region too. */
  tail: number;
  /** Space kept between two bubbles. */
  gap: number;
  minWidth: number;
}

export type RunStyle = 'name' | 'text' | 'note';

export interface BubbleRun {
  text: string;
  style: RunStyle;
}

export interface PlacedBubble {
  id: string;
  /** The body (the tail hangs below it), inside the region. */
  rect: Rect;
  lines: BubbleRun[][];
  /** Where the tail sits, from the body's left edge. */
  tailX: number;
  /** Whether the text was shortened (between sentences) and the rest is in chat only. */
  cut: boolean;
}

export interface BubbleLayout {
  placed: PlacedBubble[];
  /** Bubbles with no room now, newest first. */
  waiting: string[];
}

const MORE = '(more in chat)';

interface Word {
  text: string;
  style: RunStyle;
}

function wordsOf(text: string, style: RunStyle): Word[] {
  return text
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => ({ text: word, style }));
}

/** Greedy word wrap into lines no wider than `width`; a single word wider than that gets a line of its own. */
function wrap(words: readonly Word[], width: number, metrics: BubbleMetrics): { lines: Word[][]; widest: number } {
  const space = metrics.measure(' ', false);
  const lines: Word[][] = [];
  let line: Word[] = [];
  let lineWidth = 0;
  let widest = 0;
  for (const word of words) {
    const wordWidth = metrics.measure(word.text, word.style === 'name');
    const next = line.length === 0 ? wordWidth : lineWidth + space + wordWidth;
    if (line.length > 0 && next > width) {
      lines.push(line);
      widest = Math.max(widest, lineWidth);
      line = [word];
      lineWidth = wordWidth;
    } else {
      line.push(word);
      lineWidth = next;
    }
  }
  if (line.length > 0) {
    lines.push(line);
    widest = Math.max(widest, lineWidth);
  }
  return { lines, widest };
}

/** Words of one line as runs of one style each, spaces kept inside the runs. */
function runs(line: readonly Word[]): BubbleRun[] {
  const result: BubbleRun[] = [];
  line.forEach((word, index) => {
    const text = index === 0 ? word.text : ` ${word.text}`;
    const last = result.at(-1);
    if (last && last.style === word.style) last.text += text;
    else result.push({ text, style: word.style });
  });
  return result;
}

/** The pieces a long line may be cut into without cutting a thought: sentences, then clauses, then words. */
function pieces(text: string): string[][] {
  const sentences = text.split(/(?<=[.!?…])\s+/);
  const clauses = text.split(/(?<=[.!?…,;:])\s+/);
  const words = text.split(/\s+/);
  return [sentences, clauses, words];
}

interface Shaped {
  lines: Word[][];
  width: number;
  height: number;
  cut: boolean;
}

/** The text in at most `maxLines` lines of at most `textWidth`: whole if it fits, else cut where a thought ends. */
function shape(request: BubbleRequest, textWidth: number, maxLines: number, metrics: BubbleMetrics): Shaped | null {
  const name = wordsOf(request.name, 'name');
  const note = request.note ? wordsOf(request.note, 'note') : [];
  const attempt = (text: string, cut: boolean): Shaped | null => {
    const words = [...name, ...wordsOf(text, 'text'), ...(cut ? wordsOf(MORE, 'note') : note)];
    const wrapped = wrap(words, textWidth, metrics);
    if (wrapped.lines.length > maxLines || wrapped.widest > textWidth) return null;
    return {
      lines: wrapped.lines,
      width: Math.ceil(wrapped.widest) + 2 * metrics.paddingX,
      height: wrapped.lines.length * metrics.lineHeight + 2 * metrics.paddingY,
      cut,
    };
  };
  const whole = attempt(request.text, false);
  if (whole) return whole;
  for (const [level, split] of pieces(request.text).entries()) {
    for (let count = split.length - 1; count >= 1; count--) {
      const joined = split.slice(0, count).join(' ');
      // Only a cut between words (the last resort) is mid-sentence, and says so with "…".
      const shaped = attempt(level === 2 ? `${joined}…` : joined, true);
      if (shaped) return shaped;
    }
  }
  return null;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The body and its tail, as the space they take. */
function footprint(rect: Rect, tail: number): Rect {
  return { ...rect, height: rect.height + tail };
}

function inside(rect: Rect, region: Rect): boolean {
  return rect.x >= region.x - 0.01 && rect.y >= region.y - 0.01 && rect.x + rect.width <= region.x + region.width + 0.01 && rect.y + rect.height <= region.y + region.height + 0.01;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** Lays out one bubble per request (newest first) in `region`; see the head of the file for the rule. */
export function layoutBubbles(requests: readonly BubbleRequest[], region: Rect, metrics: BubbleMetrics): BubbleLayout {
  const placed: PlacedBubble[] = [];
  const waiting: string[] = [];
  const maxLines = Math.max(1, Math.floor((region.height - metrics.tail - 2 * metrics.paddingY) / metrics.lineHeight));
  const seen = new Set<string>();
  for (const request of requests) {
    // One bubble per cat: a later (older) line of the same cat is for chat only.
    if (seen.has(request.id)) continue;
    seen.add(request.id);
    const spot = placeOne(request, region, metrics, maxLines, placed);
    if (spot) placed.push(spot);
    else waiting.push(request.id);
  }
  return { placed, waiting };
}

function placeOne(request: BubbleRequest, region: Rect, metrics: BubbleMetrics, maxLines: number, placed: readonly PlacedBubble[]): PlacedBubble | null {
  const free = (rect: Rect): boolean =>
    inside(footprint(rect, metrics.tail), region) && placed.every((other) => !overlaps(footprint(rect, metrics.tail), footprint(other.rect, metrics.tail), metrics.gap));
  const widths = [1, 0.75, 0.5, 0.35].map((share) => Math.max(metrics.minWidth, region.width * share) - 2 * metrics.paddingX);
  const shapes = [...new Set(widths)].map((width) => shape(request, width, maxLines, metrics)).filter((shaped): shaped is Shaped => shaped !== null);
  for (const shaped of shapes) {
    const size = { width: Math.min(shaped.width, region.width), height: shaped.height };
    const previous = request.previous;
    if (previous && previous.width === size.width && previous.height === size.height && free(previous)) return bubble(request, previous, shaped);
    const ys = [region.y, ...placed.map((other) => other.rect.y + other.rect.height + metrics.tail + metrics.gap)];
    const xs = [
      request.anchorX - size.width / 2,
      ...placed.flatMap((other) => [other.rect.x + other.rect.width + metrics.gap, other.rect.x - metrics.gap - size.width]),
      region.x,
      region.x + region.width - size.width,
    ].map((x) => clamp(x, region.x, region.x + region.width - size.width));
    const candidates = ys
      .flatMap((y) => xs.map((x) => ({ x, y, ...size })))
      .filter(free)
      // Nearest its cat across, then highest (nearer the top of the strip, where the heads are).
      .sort((a, b) => Math.abs(a.x + a.width / 2 - request.anchorX) + (a.y - region.y) * 2 - (Math.abs(b.x + b.width / 2 - request.anchorX) + (b.y - region.y) * 2));
    const best = candidates[0];
    if (best) return bubble(request, best, shaped);
  }
  return null;
}

function bubble(request: BubbleRequest, rect: Rect, shaped: Shaped): PlacedBubble {
  return {
    id: request.id,
    rect,
    lines: shaped.lines.map(runs),
    tailX: clamp(request.anchorX - rect.x, 12, rect.width - 12),
    cut: shaped.cut,
  };
}

/** How far bubbles may spill out of the office strip: into the 8 px gaps above and below it, less 2. */
export const BUBBLE_SPILL = 6;

/** Where the bubbles may go, in the same coordinates as the strip's area: the strip and half its gaps. */
export function bubbleRegion(strip: Rect): Rect {
  return { x: strip.x + 2, y: strip.y - BUBBLE_SPILL, width: strip.width - 4, height: strip.height + 2 * BUBBLE_SPILL };
}

/** The bubble's box as src/ui/instruments.css draws it: padding 5px 9px plus a 1 px border, 18 px lines, a 7 px tail. */
export const BUBBLE_BOX = { lineHeight: 18, paddingX: 10, paddingY: 6, tail: 7, gap: 4, minWidth: 120 } as const;
