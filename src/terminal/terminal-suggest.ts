// "Did you mean…": the closest known word to a typo, so a slip is fixed in one go. Host names get a
// first look by number, because `web-99` for `web-099` is the commonest slip with padded names.

/** The closest candidate when it is close enough to be a likely typo; otherwise null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  if (lower === '' || lower.length > 100) return null;
  // Longer words tolerate more slips; every word tolerates one.
  const tolerance = Math.max(1, Math.floor(lower.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= tolerance) return best;
  // A word cut short ("recomm") is a likely slip too, when only one candidate fits.
  if (lower.length < 3) return null;
  const extending = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
  return extending.length === 1 ? (extending[0] ?? null) : null;
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

/** Levenshtein distance, counting a swap of two neighbouring letters as one slip. */
export function editDistance(a: string, b: string): number {
  // Far-apart lengths cannot be typos of each other; skip the quadratic work on long input.
  if (Math.abs(a.length - b.length) > 3 || a.length > 100 || b.length > 100) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
