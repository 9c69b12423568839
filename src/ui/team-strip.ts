// The words of the office strip, over the cats drawn by views/team-view: a button per desk (name and
// what they are doing; a click calls them or gives them a job) and a speech bubble when one of them says
// something in chat, so a report is seen where the cat sits as well as read in the channel. A line said
// into a channel that is down shows greyed, with a note that nobody can read it.

import type { ResponderConfig } from '../sim/config';
import type { SimEvent } from '../sim/events';
import type { ResponderState } from '../sim/state';
import { escapeHtml } from './ui-layer';

/** How long a bubble stays up, in real milliseconds: long enough to read a sentence. */
const BUBBLE_MS = 7000;
const BUBBLE_CHARS = 140;

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
  }
}

interface Bubble {
  element: HTMLElement;
  untilMs: number;
}

export class TeamStrip {
  private readonly desks: HTMLButtonElement[];
  private readonly hint: HTMLElement;
  private readonly bubbles = new Map<string, Bubble>();
  private readonly speaking = new Set<string>();
  private nowMs = 0;
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
    for (const event of events) {
      if (event.type === 'message-posted') this.say(event.from, event.text, false);
      else if (event.type === 'line-unheard') this.say(event.from, event.text, true);
    }
  }

  /** Every frame: bubbles come down after their time (real time, so they can be read at any speed). */
  expireBubbles(deltaMs: number): void {
    this.nowMs += deltaMs;
    for (const [id, bubble] of this.bubbles) {
      if (bubble.untilMs > this.nowMs) continue;
      bubble.element.remove();
      this.bubbles.delete(id);
      this.speaking.delete(id);
    }
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

  private say(from: string, text: string, unheard: boolean): void {
    const index = this.responders.findIndex((responder) => responder.name === from);
    if (index < 0) return;
    const responder = this.responders[index]!;
    this.bubbles.get(responder.id)?.element.remove();
    const bubble = document.createElement('div');
    bubble.className = `speech-bubble ${unheard ? 'unheard' : ''}`.trim();
    const shown = text.length > BUBBLE_CHARS ? `${text.slice(0, BUBBLE_CHARS - 1)}…` : text;
    bubble.innerHTML = `<b>${escapeHtml(from)}</b> ${escapeHtml(shown)}${unheard ? '<em> (nobody can read this: the channel is down)</em>' : ''}`;
    // Bubbles hang above their desk, kept inside the strip's width so none runs off the screen.
    const desk = this.desks[index]!;
    const centre = desk.offsetLeft + desk.offsetWidth / 2;
    const share = centre / Math.max(1, this.element.offsetWidth);
    bubble.style.left = `${centre}px`;
    bubble.style.setProperty('--tail', `${Math.round(share * 100)}%`);
    bubble.style.transform = `translateX(-${Math.round(share * 100)}%)`;
    this.element.appendChild(bubble);
    this.bubbles.set(responder.id, { element: bubble, untilMs: this.nowMs + BUBBLE_MS });
    this.speaking.add(responder.id);
  }
}
