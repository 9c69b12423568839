// "Did you mean…": the closest known word to a typo, so a slip is fixed in one go. Host names get a
// first look by number, because `web-99` for `web-099` is the commonest slip with padded names.

import { closestWord } from '../levels/did-you-mean';

/** The closest candidate when it is close enough to be a likely typo; otherwise null. Shared with the level checker. */
export function closest(word: string, candidates: readonly string[]): string | null {
  if (word === '') return null;
  return closestWord(word, candidates);
}

/** The host a misspelt name most likely meant: same prefix and number first, then the closest name. */
export function closestHost(name: string, hostNames: readonly string[]): string | null {
  const numbered = /^(.*?)-?0*(\d+)$/.exec(name.toLowerCase());
  if (numbered) {
    const [, prefix, number] = numbered;
    const sameNumber = hostNames.filter((host) => {
      const match = /^(.*?)-?0*(\d+)$/.exec(host.toLowerCase());
      return match !== null && match[1] === prefix && match[2] === number;
    });
    if (sameNumber.length === 1) return sameNumber[0] ?? null;
  }
  return closest(name, hostNames);
}

/** ` (did you mean web-099?)`, or an empty string when nothing is close. */
export function meant(guess: string | null): string {
  return guess === null ? '' : ` (did you mean ${guess}?)`;
}
