// The end of a visitor's run at a booth's kiosk: in place of the debrief's tabs and downloads, their
// initials for the board when the score makes it, and where to read the true story. Enter plays again
// (once the initials are saved, or at once when there are none to give); the idle countdown brings the
// booth back to its attract loop (kiosk-controller).

import type { App } from '../app';
import { toggleMute } from '../ui/mute-key';
import { InitialsEntry } from './initials-entry';
import { initialsHtml, trueStoryHtml } from './kiosk-screens';
import { STORY_URL, storyQrSvg } from './story-qr';

export interface KioskEndRun {
  score: number;
  levelId: string;
  /** A run watched again does not go on the board twice. */
  watched: boolean;
  again: () => void;
}

export function kioskEnd(app: App, screen: HTMLElement, run: KioskEndRun): void {
  const kiosk = app.kiosk!;
  const slot = screen.querySelector<HTMLElement>('.kiosk-entry')!;
  screen.querySelector<HTMLElement>('.kiosk-story-slot')!.innerHTML = trueStoryHtml(storyQrSvg(), STORY_URL);
  const rank = run.watched ? null : kiosk.rankFor(run.score);
  const entry = rank === null ? null : new InitialsEntry();
  let saved = false;
  const draw = (): void => {
    if (entry && !saved) slot.innerHTML = initialsHtml(entry.letters, entry.slot, rank!);
  };
  const save = (): void => {
    if (!entry || saved) return run.again();
    saved = true;
    const at = kiosk.record(entry.initials, run.score, run.levelId);
    slot.innerHTML = `<div class="kiosk-initials"><h2>${at === null ? 'Saved' : `${entry.initials}: #${at} on today's board`}</h2><p><kbd>Enter</kbd> to play again.</p></div>`;
  };
  if (!entry) slot.innerHTML = run.watched ? '' : `<div class="kiosk-initials"><h2>Your score: ${run.score}</h2><p>Not on today's board this time. <kbd>Enter</kbd> to try again.</p></div>`;
  draw();
  screen.querySelector('[data-do="again"]')?.addEventListener('click', save);
  const bindings: Record<string, () => void> = { Enter: save };
  if (entry) {
    const press = (key: string) => (): void => {
      if (saved) {
        if (key === 'm') toggleMute(app);
        return;
      }
      entry.press(key);
      draw();
    };
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') bindings[letter] = press(letter);
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Backspace']) bindings[key] = press(key);
  } else {
    bindings['m'] = () => void toggleMute(app);
  }
  app.keys.bind(bindings);
}
