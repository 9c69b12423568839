// The guide's card on the incident screen (a level with a `guide`, the tutorial's): the step to do now,
// in plain words with its keys, "Step 3 of 11" with a bar, and a short note on the step just done (or
// missed). It sits in the fleet's area where no rack reaches (worked out from the level's own fleet, so
// it never covers a tile), or over the traffic picture when the racks fill both columns; never over the
// terminal, chat or the dashboards. It takes no clicks and no keys: what it shows follows the run's
// events (session/guide-progress), so a step is done by what happened, not by a menu opened.
//
//   const guide = level.guide ? new GuidePanel(screenElement, level) : null;   // once, at create
//   guide?.take(events);                                                        // with each batch of events

import type { Level } from '../levels/level';
import type { GuideStep, LevelGuide } from '../levels/guide-schema';
import { guideProgress, type GuideProgress } from '../session/guide-progress';
import type { SimConfig } from '../sim/config';
import type { SimEvent, SimEventType } from '../sim/events';
import { layoutFleet } from '../views/fleet-layout';
import { FLEET_COLUMN_HEIGHTS, INCIDENT_LAYOUT } from '../views/incident-layout';
import './guide.css';

/** Where the card goes, in screen units (1280 x 720). */
export interface GuideCardArea {
  x: number;
  y: number;
  width: number;
  maxHeight: number;
}

/** The least room worth a card: a heading, three lines of text and the note. */
const MIN_CARD_HEIGHT = 150;
const MARGIN = 6;
const COLUMN_GAP = 10;

/**
 * The free part of the fleet area under the racks of the column with the most room (the racks of a small
 * fleet end high), or the traffic picture's place when neither column has room for a card.
 */
export function guideCardArea(sim: SimConfig): GuideCardArea {
  const fleet = INCIDENT_LAYOUT.fleet;
  const tierOfHost = sim.tiers.flatMap((tier, index) => new Array<number>(tier.count).fill(index));
  const layout = layoutFleet(sim, tierOfHost, fleet.width, FLEET_COLUMN_HEIGHTS);
  const columnWidth = (fleet.width - COLUMN_GAP) / 2;
  const columns = [0, 1].map((column) => {
    const x = column * (columnWidth + COLUMN_GAP);
    const bottom = layout.racks.filter((rack) => rack.x === x).reduce((lowest, rack) => Math.max(lowest, rack.y + rack.height), 0);
    const top = fleet.y + bottom + MARGIN;
    return { x: fleet.x + x + MARGIN, y: top, width: columnWidth - 2 * MARGIN, maxHeight: fleet.y + FLEET_COLUMN_HEIGHTS[column]! - top };
  });
  const roomiest = columns.reduce((best, column) => (column.maxHeight > best.maxHeight ? column : best));
  if (roomiest.maxHeight >= MIN_CARD_HEIGHT) return roomiest;
  const traffic = INCIDENT_LAYOUT.traffic;
  return { x: traffic.x, y: traffic.y, width: columnWidth, maxHeight: fleet.y + fleet.height - traffic.y };
}

/** The event types a guide's conditions read: only a batch with one of these can move its progress. */
function typesRead(guide: LevelGuide): ReadonlySet<SimEventType> {
  const types = new Set<SimEventType>();
  for (const step of guide.steps) {
    for (const condition of step.doneWhen) {
      if (condition.event) types.add(condition.event);
      // The canary follows the player's Chef runs from their start to their end.
      if (condition.effect === 'canary') for (const type of ['task-started', 'chef-run-started', 'chef-run-finished'] as const) types.add(type);
    }
  }
  return types;
}

export class GuidePanel {
  readonly element: HTMLElement;
  private readonly guide: LevelGuide;
  private readonly read: ReadonlySet<SimEventType>;
  /** The events the guide reads, kept from every batch so far. */
  private readonly events: SimEvent[] = [];
  private readonly count: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly title: HTMLElement;
  private readonly text: HTMLElement;
  private readonly note: HTMLElement;
  private shown = '';
  /** Little room (over the traffic picture): the heading joins the count, and the note gives way. */
  private readonly compact: boolean;

  constructor(parent: HTMLElement, level: Level, area: GuideCardArea = guideCardArea(level.sim)) {
    if (!level.guide) throw new Error(`level ${level.meta.id} has no guide`);
    this.guide = level.guide;
    this.read = typesRead(level.guide);
    this.element = document.createElement('aside');
    this.element.className = 'guide-card passive';
    this.element.setAttribute('aria-live', 'polite');
    this.element.setAttribute('aria-label', 'Guide');
    this.element.innerHTML = `<div class="guide-head"><span class="guide-count"></span><progress class="guide-bar" aria-label="Steps done"></progress></div>
      <h3 class="guide-title"></h3><p class="guide-text"></p><p class="guide-note"></p>`;
    const part = <T extends HTMLElement>(selector: string): T => this.element.querySelector<T>(selector)!;
    this.count = part('.guide-count');
    this.bar = part<HTMLProgressElement>('.guide-bar');
    this.title = part('.guide-title');
    this.text = part('.guide-text');
    this.note = part('.guide-note');
    this.bar.max = this.guide.steps.length;
    Object.assign(this.element.style, { left: `${area.x}px`, top: `${area.y}px`, width: `${area.width}px`, maxHeight: `${area.maxHeight}px` });
    this.compact = area.maxHeight < MIN_CARD_HEIGHT;
    this.element.classList.toggle('compact', this.compact);
    parent.appendChild(this.element);
    this.show(guideProgress(this.guide, []));
  }

  /** A batch of the run's events (as the scene hands every panel); the card changes only when a step did. */
  take(events: readonly SimEvent[]): void {
    let relevant = false;
    for (const event of events) {
      if (!this.read.has(event.type)) continue;
      this.events.push(event);
      relevant = true;
    }
    if (relevant) this.show(this.progress());
  }

  /** Where the run stands in the guide now. */
  progress(): GuideProgress {
    return guideProgress(this.guide, this.events);
  }

  remove(): void {
    this.element.remove();
  }

  private show(progress: GuideProgress): void {
    const key = progress.steps.map((step) => step.status).join();
    if (key === this.shown) return;
    this.shown = key;
    const steps = this.guide.steps;
    const total = steps.length;
    const settled = progress.steps.filter((step) => step.status !== 'open').length;
    this.bar.value = settled;
    this.element.classList.toggle('finished', progress.finished);
    if (progress.next === null) {
      this.count.textContent = `Guide done: ${progress.done} of ${total} steps`;
      this.title.textContent = 'All done';
      this.text.textContent = this.guide.finishedText ?? 'That is every step. Press H to hand over once the top bar says the site is healthy.';
    } else {
      const step = steps[progress.next]!;
      this.count.textContent = `Step ${progress.next + 1} of ${total}${this.compact ? `: ${step.title}` : ''}`;
      this.title.textContent = step.title;
      this.text.textContent = step.text;
    }
    this.showNote(progress, steps);
  }

  /** The step settled last (done or missed), and what it did. */
  private showNote(progress: GuideProgress, steps: readonly GuideStep[]): void {
    let last: number | null = null;
    progress.steps.forEach((step, index) => {
      if (step.atTick === null) return;
      if (last === null || step.atTick >= progress.steps[last]!.atTick!) last = index;
    });
    this.note.hidden = last === null;
    this.note.classList.remove('done', 'missed');
    if (last === null) return void (this.note.textContent = '');
    const step = steps[last]!;
    const missed = progress.steps[last]!.status === 'missed';
    this.note.classList.add(missed ? 'missed' : 'done');
    this.note.textContent = missed ? `✗ Missed: ${step.title}. ${step.missedText ?? ''}`.trim() : `✓ ${step.title}. ${step.doneText ?? 'Done.'}`;
  }
}
