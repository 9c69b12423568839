// The words of the office strip, over the cats drawn by views/team-view: a button per desk (name and
// what they are doing; a click calls them or gives them a job) and a speech bubble when one of them says
// something in chat, so a report is seen where the cat sits as well as read in the channel. A line said
// into a channel that is down shows greyed, with a note that nobody can read it. Where the bubbles go is
// the rule in ui/bubble-layout: one per cat (its newest line), never over each other or the panels
// around the strip, wrapped to be read whole; a line with no room waits a while, then is left to chat.

import type { ResponderConfig } from '../sim/config';
import type { SimEvent } from '../sim/events';
import type { ResponderState } from '../sim/state';
import { BUBBLE_BOX, bubbleRegion, layoutBubbles, type BubbleMetrics, type BubbleRun, type Rect } from './bubble-layout';
import { escapeHtml } from './ui-layer';
import './instruments.css';

/** How long a bubble stays up once shown, in real milliseconds: about a sentence every few seconds. */
function readingMs(text: string): number {
  return Math.min(14_000, Math.max(6000, 3500 + 45 * text.length));
}
/** How long a line may wait for room before it is left to chat alone, in real milliseconds. */
const WAIT_MS = 20_000;
const UNHEARD_NOTE = '(nobody can read this: the channel is down)';

function statusWord(state: ResponderState): { text: string; tone: string } {
  switch (state.status) {
    case 'away':
      return { text: 'away', tone: 'dim' };
    case 'coming':
      return { text: 'coming', tone: 'dim' };
    case 'catching-up':
      return { text: 'reading', tone: 'info' };
    case 'idle':
      return { text: 'free', tone: 'free' };
    case 'working':
      return state.job?.command.type === 'watch' ? { text: 'watching', tone: 'busy' } : { text: 'busy', tone: 'busy' };
    case 'left':
      return { text: 'left', tone: 'dim' };
  }
}

/** A cat's newest line, shown or waiting for room. */
interface Line {
  id: string;
  name: string;
  text: string;
  unheard: boolean;
  saidAtMs: number;
  /** The order lines were said in: several can come in one moment, and the last said is the newest. */
  order: number;
  shownAtMs: number | null;
  element: HTMLElement | null;
  rect: Rect | null;
}

export class TeamStrip {
  private readonly desks: HTMLButtonElement[];
  private readonly hint: HTMLElement;
  private readonly lines = new Map<string, Line>();
  private readonly speaking = new Set<string>();
  private readonly anchors: number[];
  private readonly region: Rect;
  private readonly metrics: BubbleMetrics;
  private nowMs = 0;
  private linesSaid = 0;
  /** Never equal to a real signature, so the first update always draws (a team of none included). */
  private drawn: string | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly responders: readonly ResponderConfig[],
    area: { x: number; y: number; width: number; height: number },
    centres: readonly number[],
    onPick: (responder: ResponderConfig) => void,
    /** False while watching a replay: nobody can be called then. */
    private readonly offerCalls = true,
  ) {
    Object.assign(element.style, { left: `${area.x}px`, top: `${area.y}px`, width: `${area.width}px`, height: `${area.height}px` });
    this.anchors = centres.map((centre) => centre - area.x);
    // The strip's own coordinates: the bubbles are its children.
    this.region = bubbleRegion({ x: 0, y: 0, width: area.width, height: area.height });
    this.metrics = { ...BUBBLE_BOX, measure: textMeasure() };
    const slot = area.width / Math.max(1, responders.length);
    this.desks = responders.map((responder, index) => {
      const desk = document.createElement('button');
      desk.className = 'desk';
      desk.dataset['responder'] = responder.id;
      desk.style.left = `${centres[index]! - area.x - slot / 2}px`;
      desk.style.width = `${slot}px`;
      desk.innerHTML = `<span class="desk-name">${escapeHtml(responder.name)}</span><span class="desk-status"></span>`;
      desk.addEventListener('click', () => {
        // Focus leaves the desk, so Enter answers the menu it opened rather than clicking it again.
        desk.blur();
        onPick(responder);
      });
      element.appendChild(desk);
      return desk;
    });
    // Until someone is called, the empty desks need a word on what they are for.
    this.hint = document.createElement('div');
    this.hint.className = 'team-hint passive';
    this.hint.innerHTML = responders.length === 0 ? 'Nobody else is around on this shift.' : 'Your team is away: click a desk, or <kbd>C</kbd>, to call for help';
    element.appendChild(this.hint);
  }

  /** Who has a bubble up right now (the view raises their paw). */
  get reporting(): ReadonlySet<string> {
    return this.speaking;
  }

  take(events: readonly SimEvent[]): void {
    let said = false;
    for (const event of events) {
      if (event.type === 'message-posted') said = this.say(event.from, event.text, false) || said;
      else if (event.type === 'line-unheard') said = this.say(event.from, event.text, true) || said;
    }
    // Laid out once for the moment, however many lines it brought (a channel back up reads out many).
    if (said) this.arrange();
  }

  /** Every frame: bubbles come down after their time (real time, so they can be read at any speed). */
  expireBubbles(deltaMs: number): void {
    this.nowMs += deltaMs;
    let changed = false;
    for (const line of this.lines.values()) {
      const over = line.shownAtMs === null ? this.nowMs - line.saidAtMs > WAIT_MS : this.nowMs - line.shownAtMs > readingMs(line.text);
      if (!over) continue;
      this.drop(line);
      changed = true;
    }
    if (changed) this.arrange();
  }

  /** Every tick: what each responder is doing, redrawn only when it changed. */
  showStatus(states: readonly ResponderState[]): void {
    const signature = states.map((state) => `${state.status}:${state.job?.summary ?? ''}`).join('|');
    if (signature === this.drawn) return;
    this.drawn = signature;
    this.hint.hidden = states.length > 0 && (!this.offerCalls || !states.every((state) => state.status === 'away'));
    this.responders.forEach((responder, index) => {
      const state = states[index]!;
      const word = statusWord(state);
      const status = this.desks[index]!.querySelector<HTMLElement>('.desk-status')!;
      status.textContent = word.text;
      status.className = `desk-status ${word.tone}`;
      this.desks[index]!.title = `${responder.name}: ${state.job ? state.job.summary : word.text}. Click to ${state.status === 'away' ? 'call them' : 'give them a job'}.`;
    });
  }

  /** Keeps a cat's newest line; returns whether it was a cat's. */
  private say(from: string, text: string, unheard: boolean): boolean {
    const responder = this.responders.find((candidate) => candidate.name === from);
    if (!responder) return false;
    // One bubble per cat: its older line, shown or waiting, is left to chat.
    const older = this.lines.get(responder.id);
    if (older) this.drop(older);
    this.lines.set(responder.id, { id: responder.id, name: from, text, unheard, saidAtMs: this.nowMs, order: ++this.linesSaid, shownAtMs: null, element: null, rect: null });
    return true;
  }

  private drop(line: Line): void {
    line.element?.remove();
    this.lines.delete(line.id);
    this.speaking.delete(line.id);
  }

  /** Lays every line out again (newest first) and moves, shows or hides the bubbles to match. */
  private arrange(): void {
    const newestFirst = [...this.lines.values()].sort((a, b) => b.order - a.order);
    const layout = layoutBubbles(
      newestFirst.map((line) => ({
        id: line.id,
        anchorX: this.anchors[this.responders.findIndex((responder) => responder.id === line.id)] ?? 0,
        name: line.name,
        text: line.text,
        ...(line.unheard ? { note: UNHEARD_NOTE } : {}),
        ...(line.rect ? { previous: line.rect } : {}),
      })),
      this.region,
      this.metrics,
    );
    // Oldest first, so the newest is the last put first in the strip.
    for (const line of [...newestFirst].reverse()) {
      const spot = layout.placed.find((placed) => placed.id === line.id);
      if (!spot) {
        // No room now: it waits (from when it was said), hidden.
        line.element?.remove();
        Object.assign(line, { element: null, rect: null, shownAtMs: null });
        this.speaking.delete(line.id);
        continue;
      }
      if (!line.element) {
        line.element = document.createElement('div');
        line.element.className = `speech-bubble placed${line.unheard ? ' unheard' : ''}`;
        // The newest bubble first in the strip (its z-index keeps it over the desks): the first one found is the latest said.
        this.element.prepend(line.element);
      }
      // Moved to a narrower spot, a bubble's lines wrap anew.
      // Lines joined by a space: drawn as blocks it shows nothing, but the text (a screen reader's, a search's) keeps its words apart.
      const html = spot.lines.map((runs) => `<span class="bubble-line">${runs.map(runHtml).join('')}</span>`).join(' ');
      if (line.element.dataset['lines'] !== html) {
        line.element.innerHTML = html;
        line.element.dataset['lines'] = html;
      }
      const { x, y, width, height } = spot.rect;
      Object.assign(line.element.style, { left: `${x}px`, top: `${y}px`, width: `${width}px`, height: `${height}px` });
      line.element.style.setProperty('--tail', `${Math.round(spot.tailX)}px`);
      line.rect = spot.rect;
      line.shownAtMs ??= this.nowMs;
      this.speaking.add(line.id);
    }
  }
}

function runHtml(run: BubbleRun): string {
  const text = escapeHtml(run.text);
  return run.style === 'name' ? `<b>${text}</b>` : run.style === 'note' ? `<em>${text}</em>` : text;
}

/**
 * The width of text in the bubbles' font, measured by a canvas as the browser will draw it (the lines are
 * laid out here, so the bubble's size is known before it is shown). Without a canvas, a generous guess.
 */
function textMeasure(): (text: string, bold: boolean) => number {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text, bold) => text.length * (bold ? 9 : 8.5);
  const family = getComputedStyle(document.documentElement).getPropertyValue('--sans').trim() || 'sans-serif';
  const fonts = { regular: `14px ${family}`, bold: `700 14px ${family}` };
  const cache = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = bold ? fonts.bold : fonts.regular;
      // A pixel of slack per word: the browser's own layout may round differently.
      width = context.measureText(text).width + 1;
      if (cache.size > 2000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}
