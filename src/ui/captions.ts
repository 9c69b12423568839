// Captions: the words for every sound, for players who cannot hear it, play muted, or are at a noisy
// booth. Switched on in the settings; each line shows for a few seconds, newest last, at most three.

import type { GameAudio } from '../audio/game-audio';
import type { Settings } from './settings-store';
import type { UiLayer } from './ui-layer';

const SHOW_MS = 3500;
const MAX_LINES = 3;

export class Captions {
  private readonly box: HTMLDivElement;

  constructor(
    ui: UiLayer,
    private readonly settings: Settings,
  ) {
    this.box = document.createElement('div');
    this.box.className = 'captions';
    // Not a live region: the incident screen's announcer (ui/announcer) speaks for what happens; the
    // captions are for eyes, and a screen reader hearing both would hear everything twice.
    ui.overlay.appendChild(this.box);
  }

  listen(audio: GameAudio): void {
    audio.onCue((cue) => this.show(cue.caption));
  }

  private show(text: string): void {
    if (!this.settings.captions) return;
    // The same sound again (a wave of failures) counts up on its line, moved to the end, rather than
    // filling the box with copies.
    const same = [...this.box.children].find((line) => (line as HTMLElement).dataset['text'] === text) as HTMLElement | undefined;
    if (same) {
      const times = Number(same.dataset['times'] ?? '1') + 1;
      same.dataset['times'] = String(times);
      same.textContent = `[${text}] ×${times}`;
      this.box.appendChild(same);
      this.expire(same);
      return;
    }
    const line = document.createElement('div');
    line.dataset['text'] = text;
    line.textContent = `[${text}]`;
    this.box.appendChild(line);
    while (this.box.childElementCount > MAX_LINES) this.box.firstElementChild?.remove();
    this.expire(line);
  }

  private expire(line: HTMLElement): void {
    const at = performance.now() + SHOW_MS;
    line.dataset['until'] = String(at);
    setTimeout(() => {
      if (Number(line.dataset['until']) <= performance.now() + 1) line.remove();
    }, SHOW_MS);
  }
}
