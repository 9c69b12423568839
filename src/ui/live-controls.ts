// A facilitator's controls at the projector (`?facilitator=1`): pause for discussion behind a large card
// with a question for the room, show or hide a hint card (what an experienced on-call would point at now,
// from the player's view only: session/hints), and inject an event the level allows (the chat service
// fails, a second failure, support escalates, a cat has to leave). An injection is a command given by the
// facilitator, so it is in the run and its replay; the pause and the hints change nothing in the world.
// The discussion card is a modal dialog (src/ui/modal-focus.ts): it takes the focus onto its Resume
// button, keeps Tab on its two buttons, and only its keys answer (D, G, M, Esc: incident-keys'
// duringDiscussion). The hint card is not: it is a status beside the play, which goes on around it.
//
//   const live = options.facilitator ? new LiveControls(screenElement, context) : null;   // at create
//   live?.update(view, paused);                                                            // each refresh

import type { Level } from '../levels/level';
import { hintFor } from '../session/hints';
import type { PlayerView } from '../session/player-view';
import type { Command } from '../sim/commands';
import type { InjectionId } from '../sim/injection-config';
import { allowedInjections } from '../sim/injections';
import type { Chooser } from './chooser';
import { duringDiscussion, type DuringDiscussion, type IncidentKey } from './incident-keys';
import { openModal, type ModalDialog } from './modal-focus';
import { INCIDENT_LAYOUT } from '../views/incident-layout';
import { guideCardArea } from './guide-panel';
import { escapeHtml } from './ui-layer';
import './live-controls.css';

/** How far above the traffic picture a card's place may start and still be the picture's place. */
const TRAFFIC_SLACK = 12;

/** Who gives the injected commands, in the run and in the debrief's timeline. */
export const FACILITATOR = 'facilitator';

export interface LiveControlsContext {
  level: Level;
  view: () => PlayerView;
  clock: (tick: number) => string;
  chooser: Chooser;
  isPaused: () => boolean;
  setPaused: (paused: boolean) => void;
  submit: (command: Command, typed: string) => void;
  note: (text: string) => void;
}

/** What each injection is called in the menu, and what the room will see. */
export const INJECTION_WORDS: Record<InjectionId, { label: string; detail: string }> = {
  'chat-outage': { label: 'The chat service fails', detail: 'the team channel goes down: will they find the backup?' },
  'second-failure': { label: 'A second failure', detail: 'Apache stops on a few more hosts, for another reason' },
  'support-escalation': { label: 'Support escalates', detail: 'a page, and what customers are saying' },
  'responder-leaves': { label: 'A cat has to leave', detail: 'the one on a job, if any: will anyone notice?' },
};

export class LiveControls {
  private readonly discussionCard: HTMLDivElement;
  private readonly hintCard: HTMLDivElement;
  private hintsOn = false;
  private discussing = false;
  /** Whether the clock was paused before the discussion, so it resumes only if it was running. */
  private wasPaused = false;
  private shownHint = '';
  /** Whether the hint card sits over the traffic picture, where the cats' card (ui/intent-card) goes too. */
  private readonly overTraffic: boolean;
  private discussionModal: ModalDialog | null = null;

  constructor(
    screen: HTMLElement,
    private readonly context: LiveControlsContext,
  ) {
    this.discussionCard = document.createElement('div');
    this.discussionCard.className = 'discussion-card';
    this.discussionCard.hidden = true;
    this.discussionCard.setAttribute('role', 'dialog');
    this.discussionCard.setAttribute('aria-label', 'Paused for discussion');
    this.hintCard = document.createElement('div');
    this.hintCard.className = 'hint-card';
    this.hintCard.hidden = true;
    this.hintCard.setAttribute('role', 'status');
    // Where the tutorial's card would go: under the racks, or over the traffic picture when they fill the
    // fleet's area; there it covers the whole picture, as the cats' plans do, so no label peeks out.
    const area = guideCardArea(context.level.sim);
    this.overTraffic = area.y >= INCIDENT_LAYOUT.traffic.y - TRAFFIC_SLACK;
    if (this.overTraffic) this.hintCard.classList.add('over-traffic');
    else Object.assign(this.hintCard.style, { left: `${area.x}px`, top: `${area.y}px`, width: `${area.width}px`, maxHeight: `${area.maxHeight}px` });
    screen.append(this.hintCard, this.discussionCard);
    this.discussionCard.addEventListener('click', (event) => {
      const pressed = (event.target as HTMLElement).closest<HTMLElement>('[data-do]')?.dataset['do'];
      if (pressed === 'resume') this.toggleDiscussion();
      if (pressed === 'hints') this.toggleHints();
    });
  }

  /** What a key does while the card is up: the incident scene asks before it runs the key. */
  keyWhileDiscussing(action: IncidentKey): DuringDiscussion {
    return duringDiscussion(action);
  }

  get isDiscussing(): boolean {
    return this.discussing;
  }

  toggleDiscussion(): void {
    if (this.discussing) {
      this.endDiscussion();
      this.context.setPaused(this.wasPaused);
    } else {
      this.wasPaused = this.context.isPaused();
      this.discussing = true;
      this.context.setPaused(true);
      this.fillDiscussion(this.context.view());
      this.discussionCard.hidden = false;
      this.discussionModal = openModal(this.discussionCard);
    }
  }

  toggleHints(): void {
    this.hintsOn = !this.hintsOn;
    this.context.note(this.hintsOn ? 'Hints shown (G hides them).' : 'Hints hidden.');
    // On the discussion card, the hint shows or goes at once; the focus stays on the button it was on.
    if (this.discussing) this.refillDiscussion();
    this.update(this.context.view(), this.context.isPaused());
  }

  /** I: the level's injections, as a numbered menu; the chosen one goes to the simulation as a command. */
  async inject(): Promise<void> {
    const allowed = allowedInjections(this.context.level.sim);
    if (allowed.length === 0) return this.context.note('This level allows no injected events.');
    const chosen = await this.context.chooser.ask(
      'Inject what? (facilitator)',
      allowed.map((id) => ({ label: INJECTION_WORDS[id].label, detail: INJECTION_WORDS[id].detail, value: id })),
    );
    if (chosen) this.context.submit({ type: 'inject-event', event: chosen, by: FACILITATOR }, `# facilitator: ${INJECTION_WORDS[chosen].label.toLowerCase()}`);
  }

  /** Each refresh: the hint follows the view; a clock resumed by other means (P) ends the discussion. */
  update(view: PlayerView, paused: boolean): void {
    if (this.discussing && !paused) this.endDiscussion();
    // While the cats' card is up over the traffic picture (a cat's plan, a change waiting for review), the
    // hint there gives way: that card already says what to answer, and two cards would overlap.
    const hint = this.hintsOn && !(this.overTraffic && cardOverTraffic(view)) ? hintFor(this.context.level.sim, view) : null;
    const html = hint && hint.rule !== 'cat-about-to-act' ? `<h3>Hint <span class="dim">(G hides)</span></h3><p>${escapeHtml(hint.text)}</p>` : '';
    if (html !== this.shownHint) {
      this.shownHint = html;
      this.hintCard.innerHTML = html;
      this.hintCard.hidden = html === '';
    }
  }

  /** The card goes, and the focus goes back to where it was before the room paused. */
  private endDiscussion(): void {
    this.discussing = false;
    this.discussionModal?.close();
    this.discussionModal = null;
    this.discussionCard.hidden = true;
  }

  private refillDiscussion(): void {
    const focused = [...this.discussionCard.querySelectorAll('button')].indexOf(document.activeElement as HTMLButtonElement);
    this.fillDiscussion(this.context.view());
    this.discussionCard.querySelectorAll('button')[Math.max(0, focused)]?.focus({ preventScroll: true });
  }

  private fillDiscussion(view: PlayerView): void {
    const hint = hintFor(this.context.level.sim, view);
    this.discussionCard.innerHTML = `
      <div class="discussion">
        <p class="discussion-title">Paused for discussion · ${escapeHtml(this.context.clock(view.tick))}</p>
        <p class="discussion-question">${escapeHtml(hint.question)}</p>
        ${this.hintsOn ? `<p class="discussion-hint">${escapeHtml(hint.text)}</p>` : ''}
        <div class="discussion-buttons"><button class="primary" data-do="resume"><kbd>D</kbd>Resume the clock</button>
          <button data-do="hints" aria-pressed="${this.hintsOn}"><kbd>G</kbd>Hints</button></div>
      </div>`;
  }
}

/** Whether the cats' card is showing: a cat's plan, or the change its author asked you to review (ui/intent-card). */
function cardOverTraffic(view: PlayerView): boolean {
  const review = view.review;
  return view.team.some((state) => state.intent !== null) || (review !== null && (review.status === 'asked' || review.status === 'held'));
}
