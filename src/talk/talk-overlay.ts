// Talk mode's band over the incident screen: the beat's number and words in large text, and the
// presenter's keys where the action bar goes. It says what is on screen, not what comes next, so the
// audience reads along with the speaker; while the run plays on it says so.

import './talk.css';
import { escapeHtml } from '../ui/ui-layer';

export interface TalkShown {
  number: number;
  words: string | null;
  running: 'beat' | 'free' | null;
  ended: boolean;
}

const KEYS =
  '<kbd>→</kbd> or <kbd>PgDn</kbd> next beat · <kbd>←</kbd> or <kbd>PgUp</kbd> back one · <kbd>P</kbd> play or pause · <kbd>Home</kbd> from the start · <kbd>+</kbd> <kbd>-</kbd> speed';

export class TalkOverlay {
  private readonly caption: HTMLElement;
  private readonly state: HTMLElement;
  private last = '';

  constructor(root: HTMLElement) {
    // The watch banner's keys are not the talk's: the talk's own line takes its place.
    root.querySelector('.watch-banner')?.remove();
    const element = document.createElement('div');
    element.className = 'talk-overlay';
    element.innerHTML = `<div class="talk-caption" role="status"><span class="talk-number"></span><span class="talk-words"></span><span class="talk-state"></span></div><div class="talk-keys"><span>${KEYS}</span></div>`;
    root.appendChild(element);
    this.caption = element.querySelector<HTMLElement>('.talk-caption')!;
    this.state = element.querySelector<HTMLElement>('.talk-state')!;
  }

  show(shown: TalkShown): void {
    const key = JSON.stringify(shown);
    if (key === this.last) return;
    this.last = key;
    const number = this.caption.querySelector<HTMLElement>('.talk-number')!;
    const words = this.caption.querySelector<HTMLElement>('.talk-words')!;
    number.textContent = shown.number > 0 ? String(shown.number) : '';
    number.hidden = shown.number === 0;
    words.innerHTML = shown.words !== null ? escapeHtml(shown.words) : 'The Apache SNAFU, as it happened: press <kbd>→</kbd> for the first beat';
    this.state.textContent = shown.ended
      ? shown.running
        ? 'playing on to the debrief…'
        : 'the end: → for the debrief'
      : shown.running === 'beat'
        ? 'playing to the next beat…'
        : shown.running === 'free'
          ? 'playing · P pauses'
          : '';
    this.state.hidden = this.state.textContent === '';
  }
}
