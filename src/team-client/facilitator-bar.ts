// The facilitator's controls over a team room: pause and resume the room's clock (everyone's), its
// speed, and the level's injections, each sent to the room, which alone decides (server/team-room). The
// buttons show the room's state as the room reports it (its `seats` message), not what was pressed.

import type { Level } from '../levels/level';
import { SPEEDS } from '../session/fixed-step-driver';
import { allowedInjections } from '../sim/injections';
import type { SeatsMessage } from '../team/room-protocol';
import { Feed } from '../ui/feed';
import { INJECTION_WORDS } from '../ui/live-controls';
import { escapeHtml } from '../ui/ui-layer';
import type { RoomConnection } from './room-connection';

export class FacilitatorBar {
  private readonly pause: HTMLButtonElement;
  private readonly speeds: HTMLButtonElement[];
  private readonly notes: Feed;
  private paused = false;

  constructor(
    element: HTMLElement,
    level: Level,
    private readonly room: RoomConnection,
    key: string | null,
  ) {
    const injections = allowedInjections(level.sim);
    element.innerHTML = `<header><h3>The room’s controls</h3>${key ? `<span class="dim facilitator-key">Facilitator key: <code>${escapeHtml(key)}</code> (to rejoin as the facilitator)</span>` : ''}</header>
      <div class="controls">
        <button type="button" class="primary room-pause">Pause everyone</button>
        <span class="speeds" role="group" aria-label="Speed">${SPEEDS.map((speed) => `<button type="button" data-speed="${speed}" aria-pressed="false">${speed}x</button>`).join('')}</span>
      </div>
      <div class="controls injections" role="group" aria-label="Inject an event">${
        injections.length === 0
          ? '<span class="dim">This level allows no injected events.</span>'
          : injections.map((id) => `<button type="button" data-inject="${id}" title="${escapeHtml(INJECTION_WORDS[id].detail)}">${escapeHtml(INJECTION_WORDS[id].label)}</button>`).join('')
      }</div>
      <div class="feed facilitator-notes"></div>`;
    this.pause = element.querySelector('.room-pause')!;
    this.pause.addEventListener('click', () => this.room.control(this.paused ? 'resume' : 'pause'));
    this.speeds = [...element.querySelectorAll<HTMLButtonElement>('[data-speed]')];
    for (const button of this.speeds) button.addEventListener('click', () => this.room.control('speed', Number(button.dataset['speed'])));
    for (const button of element.querySelectorAll<HTMLButtonElement>('[data-inject]')) {
      const id = button.dataset['inject'] as keyof typeof INJECTION_WORDS;
      button.addEventListener('click', () => {
        this.room.command({ type: 'inject-event', event: id });
        this.note(`Injected: ${INJECTION_WORDS[id].label}.`);
      });
    }
    this.notes = new Feed(element.querySelector('.facilitator-notes')!, 50, 'The room’s answers');
  }

  seats(seats: SeatsMessage): void {
    this.paused = seats.paused;
    this.pause.textContent = seats.paused ? 'Resume everyone' : 'Pause everyone';
    for (const button of this.speeds) button.setAttribute('aria-pressed', String(Number(button.dataset['speed']) === seats.speed));
  }

  note(text: string): void {
    this.notes.add(text);
  }
}
