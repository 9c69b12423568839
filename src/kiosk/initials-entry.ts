// Three initials by keys, the arcade way: type a letter (it fills the slot and moves on), or pick one
// with up and down and move with left and right; Backspace steps back. Pure, so tests press its keys.

import { INITIALS_LENGTH } from './score-board';

const A = 'A'.charCodeAt(0);

export class InitialsEntry {
  readonly letters: string[] = Array.from({ length: INITIALS_LENGTH }, () => 'A');
  slot = 0;

  /** A key by its KeyboardEvent.key; returns whether it was one of the entry's keys. */
  press(key: string): boolean {
    if (/^[a-z]$/i.test(key)) {
      this.letters[this.slot] = key.toUpperCase();
      this.slot = Math.min(INITIALS_LENGTH - 1, this.slot + 1);
    } else if (key === 'ArrowUp') this.turn(1);
    else if (key === 'ArrowDown') this.turn(-1);
    else if (key === 'ArrowRight') this.slot = Math.min(INITIALS_LENGTH - 1, this.slot + 1);
    else if (key === 'ArrowLeft' || key === 'Backspace') this.slot = Math.max(0, this.slot - 1);
    else return false;
    return true;
  }

  get initials(): string {
    return this.letters.join('');
  }

  private turn(by: number): void {
    const code = this.letters[this.slot]!.charCodeAt(0) - A;
    this.letters[this.slot] = String.fromCharCode(A + ((code + by + 26) % 26));
  }
}
