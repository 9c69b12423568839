// What the top bar says about the external status page, whoever wrote it. The page itself is in the
// player's view (it is public); who posted it comes from its event, and a cat's update is followed from
// the desk (writing it) through the moments after "Done" while the page publishes it, so the bar never
// says "not updated" while a cat reports having done it.

import type { SimEvent } from '../sim/events';
import type { PlayerView } from './player-view';

type Status = PlayerView['statusPage']['status'];

export class StatusPageNews {
  /** Who posted the update on the page now ('player' for the player), when known. */
  private lastBy: string | null = null;
  /** A cat whose status update is on its way to the page, since the tick they said it was done. */
  private pending: { by: string; status: Status; sinceTick: number } | null = null;
  /** Responders (by name) writing a status update at their desk right now, with the status they chose. */
  private writing = new Map<string, Status>();

  /**
   * `names` gives each responder's name by id; `publishSeconds` is how long the page takes to publish an
   * update (the level's action time), after which a pending update that never came is forgotten.
   */
  constructor(
    private readonly names: ReadonlyMap<string, string>,
    private readonly publishSeconds: number,
  ) {}

  /** Every tick: who is at their desk writing a status update. */
  see(view: PlayerView): void {
    this.writing = new Map();
    for (const responder of view.team) {
      const command = responder.job?.command;
      if (responder.status === 'working' && command?.type === 'update-status-page') this.writing.set(this.names.get(responder.id) ?? responder.id, command.status);
    }
    if (this.pending && view.tick > this.pending.sinceTick + this.publishSeconds + 10) this.pending = null;
  }

  learn(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type === 'job-done' && this.writing.has(event.name)) this.pending = { by: event.name, status: this.writing.get(event.name)!, sinceTick: event.tick };
      else if (event.type === 'status-page-updated') {
        this.lastBy = event.by;
        this.pending = null;
      } else if (event.type === 'command-refused' && event.command === 'update-status-page' && event.by === this.pending?.by) this.pending = null;
    }
  }

  /** The bar's words: what the page says, who said it and how long ago, or who is about to. */
  line(view: PlayerView): string {
    const page = view.statusPage;
    if (this.pending) return `Status page: ${this.pending.by} is publishing “${words(this.pending.status)}”…`;
    const [writer, status] = [...this.writing][0] ?? [];
    const writingNote = writer && status ? ` · ${writer} is writing “${words(status)}”` : '';
    if (page.updatedAtTick === null) return `Status page: not updated${writingNote}`;
    const minutes = Math.floor((view.tick - page.updatedAtTick) / 60);
    const by = this.lastBy === null ? '' : ` by ${this.lastBy === 'player' ? 'you' : this.lastBy}`;
    return `Status page: ${words(page.status)}${by}, ${minutes < 1 ? 'just now' : `${minutes} min ago`}${writingNote}`;
  }
}

function words(status: Status): string {
  return status.replace('-', ' ');
}
