// The team page's first screen: pick a seat, then join a room by its code (or the link's), or start a
// new room on a level and seed. Whoever starts a room is usually the facilitator; the room tells them a
// key, which joining as the facilitator later needs. Every refusal (no server here, no such room, a taken
// seat) is said on this screen in the room's own words, and the choices stay as they were.

import type { Level } from '../levels/level';
import { FACILITATOR, SEAT_CARDS, SEATS, type Role } from '../team/seats';
import { readRoomCode, type TeamPageOptions } from './team-page-options';
import { escapeHtml } from '../ui/ui-layer';
import type { RoomRequest } from './room-connection';

/** The story itself, offered first. */
const DEFAULT_LEVEL = 'apache-snafu';
/** A session's time decides the shift: the level's own, or a shorter one (game minutes; 0 is the level's own). */
const SHIFTS: readonly (readonly [number, string])[] = [
  [0, 'the level’s own'],
  [60, '1 hour'],
  [30, '30 minutes'],
  [15, '15 minutes'],
];

export class TeamLobby {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private busy = false;

  constructor(
    parent: HTMLElement,
    levels: readonly Level[],
    options: TeamPageOptions,
    private readonly go: (request: RoomRequest) => Promise<void>,
  ) {
    const seatChoice = options.seat ?? (options.code ? 'any' : FACILITATOR);
    const choices: { value: Role | 'any'; title: string; purpose: string }[] = [
      { value: 'any', title: 'Any free seat', purpose: 'The first seat nobody holds.' },
      ...SEATS.map((seat) => ({ value: seat, ...SEAT_CARDS[seat] })),
      { value: FACILITATOR, title: 'Facilitator', purpose: 'Watches every seat, pauses, sets the speed and injects events. Plays no part.' },
    ];
    this.element = document.createElement('main');
    this.element.className = 'team-lobby';
    this.element.innerHTML = `
      <h1>Apache SNAFU · team mode</h1>
      <p class="lead">One incident, several people: each seat sees only its part, so the team has to talk. Seats nobody takes are worked by the cats.</p>
      <div class="lobby-problems" role="alert">${options.problems.map((problem) => `<p>${escapeHtml(problem)}</p>`).join('')}</div>
      <fieldset class="seat-choice"><legend>Your seat</legend>${choices
        .map(
          (choice) =>
            `<label class="seat-option"><input type="radio" name="seat" value="${choice.value}"${choice.value === seatChoice ? ' checked' : ''} /><strong>${escapeHtml(choice.title)}</strong><span class="dim">${escapeHtml(choice.purpose)}</span></label>`,
        )
        .join('')}</fieldset>
      <div class="lobby-actions">
        <form class="join-room" aria-label="Join a room">
          <h2>Join a room</h2>
          <label>Room code <input name="code" autocomplete="off" spellcheck="false" placeholder="ABCD-EFGH" maxlength="20" value="${escapeHtml(options.code ?? '')}" /></label>
          <label class="key-field">Facilitator key <input name="key" autocomplete="off" spellcheck="false" maxlength="64" /></label>
          <button type="submit" class="primary">Join</button>
        </form>
        <form class="create-room" aria-label="Start a room">
          <h2>Start a room</h2>
          <label>Level <select name="level">${levels
            .map((level) => `<option value="${escapeHtml(level.meta.id)}"${level.meta.id === DEFAULT_LEVEL ? ' selected' : ''}>${escapeHtml(level.meta.title)}</option>`)
            .join('')}</select></label>
          <label>Shift <select name="shift">${SHIFTS.map(([minutes, words]) => `<option value="${minutes}">${words}</option>`).join('')}</select></label>
          <label>Seed <input name="seed" type="number" min="0" max="2147483647" step="1" value="1" /></label>
          <button type="submit">Start a room</button>
        </form>
      </div>
      <p class="lobby-status" role="status"></p>
      <p class="dim">Team mode needs the room server: <code>npm run room</code> serves it with the game. <a href="./index.html">Play solo instead</a>.</p>`;
    parent.appendChild(this.element);
    this.status = this.element.querySelector('.lobby-status')!;
    const join = this.element.querySelector<HTMLFormElement>('.join-room')!;
    const create = this.element.querySelector<HTMLFormElement>('.create-room')!;
    const keyField = this.element.querySelector<HTMLElement>('.key-field')!;
    const seat = (): Role | 'any' => (this.element.querySelector<HTMLInputElement>('input[name=seat]:checked')?.value ?? 'any') as Role | 'any';
    const showKey = (): void => void (keyField.hidden = seat() !== FACILITATOR);
    showKey();
    this.element.querySelector('.seat-choice')!.addEventListener('change', showKey);
    join.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = join.querySelector<HTMLInputElement>('input[name=code]')!.value;
      const code = readRoomCode(typed);
      if (!code)
        return this.say(
          typed.trim() === '' ? 'Type the room’s code first (8 letters and digits, like ABCD-EFGH).' : `"${typed.slice(0, 20)}" is not a room code: 8 letters and digits, like ABCD-EFGH.`,
        );
      const key = join.querySelector<HTMLInputElement>('input[name=key]')!.value.trim();
      void this.run({ kind: 'join', code, seat: seat(), ...(key ? { facilitatorKey: key } : {}) });
    });
    create.addEventListener('submit', (event) => {
      event.preventDefault();
      const seed = Number(create.querySelector<HTMLInputElement>('input[name=seed]')!.value);
      if (!Number.isSafeInteger(seed) || seed < 0 || seed > 2147483647) return this.say('The seed is a whole number from 0 to 2147483647.');
      const wanted = seat();
      const shift = Number(create.querySelector<HTMLSelectElement>('select[name=shift]')!.value);
      void this.run({
        kind: 'create',
        seat: wanted === 'any' ? SEATS[0]! : wanted,
        level: create.querySelector<HTMLSelectElement>('select[name=level]')!.value,
        seed,
        ...(shift > 0 ? { shiftMinutes: shift } : {}),
      });
    });
  }

  say(text: string): void {
    this.status.textContent = text;
    this.status.classList.add('problem');
  }

  private async run(request: RoomRequest): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.status.classList.remove('problem');
    this.status.textContent = request.kind === 'create' ? 'Starting the room…' : 'Joining…';
    try {
      await this.go(request);
    } finally {
      this.busy = false;
    }
  }
}
