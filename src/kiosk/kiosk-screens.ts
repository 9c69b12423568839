// The kiosk's words on screen, as DOM: the attract loop's large caption and invitation, the idle
// countdown, the high-score board, and where to read the true story at the end of a visitor's run. Plain
// DOM over the game (ui/ui-layer's 1280x720 layer, scaled with the canvas), styled in kiosk.css.

import { escapeHtml } from '../ui/ui-layer';
import type { BoardEntry } from './score-board';

const INVITATION = 'Press any key to play';

/** Over the attract loop's incident screen: the beat's caption, and the invitation. */
export function mountAttractOverlay(root: HTMLElement): { caption(text: string | null): void } {
  const element = document.createElement('div');
  element.className = 'kiosk-attract';
  element.innerHTML = `<div class="kiosk-caption" aria-live="polite"></div><div class="kiosk-invite"><b>${INVITATION}</b><span>Apache SNAFU: be the on-call engineer in a real production incident</span></div>`;
  root.appendChild(element);
  const caption = element.querySelector<HTMLElement>('.kiosk-caption')!;
  let last: string | null = null;
  return {
    caption: (text) => {
      if (text === last) return;
      last = text;
      caption.textContent = text ?? '';
      caption.hidden = text === null;
      // The new caption fades in (kiosk.css), so the eye sees it change.
      caption.classList.remove('fresh');
      void caption.offsetWidth;
      caption.classList.add('fresh');
    },
  };
}

/** Over any screen: the countdown before the booth goes back to the attract loop. */
export function countdownHtml(secondsLeft: number): string {
  return `<div class="kiosk-countdown-box"><h2>Still there?</h2><p class="kiosk-count">${secondsLeft}</p><p>Back to the start in ${secondsLeft} second${secondsLeft === 1 ? '' : 's'}. Press any key to keep playing.</p></div>`;
}

/** The high-score board between two attract loops. */
export function boardHtml(board: readonly BoardEntry[], levelTitle: (id: string) => string): string {
  const rows =
    board.length === 0
      ? '<tr class="empty"><td colspan="4">No scores yet today: be the first.</td></tr>'
      : board
          .map(
            (entry, index) =>
              `<tr><td class="rank">${index + 1}</td><td class="initials">${escapeHtml(entry.initials)}</td><td class="score">${entry.score}</td><td class="level dim">${escapeHtml(levelTitle(entry.levelId))}</td></tr>`,
          )
          .join('');
  return `<div class="kiosk-board"><h1>Today's best on-call engineers</h1><table><tbody>${rows}</tbody></table>
    <div class="kiosk-invite"><b>${INVITATION}</b><span>Can you keep the site up?</span></div></div>`;
}

/** Where to read the true story: the About screen's sources, as words to read at the booth or note down. */
export function trueStoryHtml(qrSvg: string | null, address: string): string {
  return `<div class="kiosk-story"><div><h2>The true story</h2>
    <p>This game re-enacts a real incident: a one-line Apache pin bump in Chef broke every web server, blinded the monitoring, and the
    site survived on seven forgotten php7 servers.</p>
    <p>Read it in the Stella Report, <em>Catching the Apache SNAFU</em> (SNAFUcatchers, 2017), and watch Ryn Daniels' talk
    <em>Heretical Resilience: To Repair is Human</em> (QCon New York, 2018).</p>
    <p class="dim">No blame: the person who made the change won the award for the incident everyone learned most from.</p></div>
    ${qrSvg ? `<figure class="kiosk-qr">${qrSvg}<figcaption>The Stella Report<br />${escapeHtml(address.replace(/^https:\/\//, '').replace(/\/$/, ''))}</figcaption></figure>` : ''}</div>`;
}

/** The three-letter entry for a score that makes the board: typed, or picked with the arrows. */
export function initialsHtml(letters: readonly string[], slot: number, rank: number): string {
  return `<div class="kiosk-initials"><h2>You made the board, at #${rank}!</h2><p>Your initials: type them, or use the arrows; <kbd>Enter</kbd> saves.</p>
    <div class="kiosk-slots">${letters.map((letter, index) => `<span class="${index === slot ? 'current' : ''}">${escapeHtml(letter)}</span>`).join('')}</div></div>`;
}
