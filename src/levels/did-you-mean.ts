// Suggests the word a trainer probably meant ("cuont" → "count"), so a typo is fixed in one go rather
// than by reading the format reference.

/** The closest candidate, if it is close enough to be a likely typo; otherwise null. */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  // Longer words tolerate more slips; every word tolerates one.
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= tolerance) return best;
  // A shortened name ("splay" for "splaySeconds") is a likely slip too, when only one field fits.
  if (word.length < 3) return null;
  const extending = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
  return extending.length === 1 ? (extending[0] ?? null) : null;
}

/** ` (did you mean "count"?)`, or an empty string when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = closestWord(word, candidates);
  return guess === null ? '' : ` (did you mean ${JSON.stringify(guess)}?)`;
}

/** Levenshtein distance, counting a swap of two neighbouring letters as one slip (a common typo). */
function editDistance(a: string, b: string): number {
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
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1, (above[j - 1] ?? Infinity) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? Infinity) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Infinity;
}
