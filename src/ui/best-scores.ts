// The best score per level, kept in the browser's storage so it survives a reload. A record this version
// cannot read (corrupt, an unknown format, entries that make no sense) is kept aside under another key
// (ui/safe-storage) and said, rather than trusted or overwritten: a bad save must never stop the debrief.

import { brokenRecordNotice, browserStorage, readItem, removeItem, reportStorageProblem, setAside, writeItem, type StorageLike } from './safe-storage';

export interface BestScore {
  total: number;
  seed: number;
  /** When it was played, as an ISO date, for "your best, on …". */
  playedAt: string;
}

interface StoredBest {
  version: 1;
  levels: Record<string, BestScore>;
}

export const BEST_SCORES_KEY = 'apache-snafu.best-scores';

export interface BestScoreBook {
  best: Record<string, BestScore>;
  problem: string | null;
}

export function loadBestScores(storage: StorageLike | null = browserStorage()): BestScoreBook {
  const read = readItem(storage, BEST_SCORES_KEY);
  if (!read.ok) return { best: {}, problem: read.problem };
  if (read.raw === null) return { best: {}, problem: null };
  const raw = read.raw;
  let value: Partial<StoredBest> | null;
  try {
    value = JSON.parse(raw) as Partial<StoredBest> | null;
  } catch {
    return { best: {}, problem: keepAside(storage, raw, 'not valid JSON', null) };
  }
  if (typeof value !== 'object' || value === null || value.version !== 1 || typeof value.levels !== 'object' || value.levels === null || Array.isArray(value.levels)) {
    return { best: {}, problem: keepAside(storage, raw, 'an unknown format', null) };
  }
  const best: Record<string, BestScore> = {};
  const unusable: string[] = [];
  for (const [levelId, entry] of Object.entries(value.levels)) {
    if (isBestScore(entry)) best[levelId] = { total: entry.total, seed: entry.seed, playedAt: entry.playedAt };
    else unusable.push(levelId);
  }
  if (unusable.length === 0) return { best, problem: null };
  return { best, problem: keepAside(storage, raw, `entries that make no sense: ${namesOf(unusable)}`, best) };
}

/** Records a score; returns whether it beat the level's best (the first score always does), and any problem reading the old record or saving the new. */
export function recordScore(levelId: string, score: BestScore, storage: StorageLike | null = browserStorage()): { isBest: boolean; previous: BestScore | null; problem: string | null } {
  const book = loadBestScores(storage);
  const previous = book.best[levelId] ?? null;
  const isBest = previous === null || score.total > previous.total;
  let problem = book.problem;
  if (isBest) {
    book.best[levelId] = score;
    const failed = writeItem(storage, BEST_SCORES_KEY, JSON.stringify({ version: 1, levels: book.best } satisfies StoredBest));
    if (failed !== null) {
      // Private windows and full disks refuse storage: the best lasts until the tab closes.
      const saving = `The best score could not be saved (${failed}); it lasts until this tab closes.`;
      reportStorageProblem(saving);
      problem ??= saving;
    }
  }
  return { isBest, previous, problem };
}

/** The unreadable record goes aside; in its place, the entries the game could use (or nothing). */
function keepAside(storage: StorageLike | null, raw: string, why: string, kept: Record<string, BestScore> | null): string {
  const aside = setAside(storage, BEST_SCORES_KEY, raw);
  if ('asideKey' in aside) {
    if (kept && Object.keys(kept).length > 0) writeItem(storage, BEST_SCORES_KEY, JSON.stringify({ version: 1, levels: kept } satisfies StoredBest));
    else removeItem(storage, BEST_SCORES_KEY);
  }
  return brokenRecordNotice('Saved best scores', why, aside, kept && Object.keys(kept).length > 0 ? 'the others are kept' : 'starting afresh');
}

function namesOf(ids: string[]): string {
  const shown = ids.slice(0, 3).map((id) => `"${id.length > 30 ? `${id.slice(0, 29)}…` : id}"`);
  return ids.length > 3 ? `${shown.join(', ')} and ${ids.length - 3} more` : shown.join(', ');
}

function isBestScore(value: unknown): value is BestScore {
  const entry = value as Partial<BestScore> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.total === 'number' &&
    Number.isFinite(entry.total) &&
    entry.total >= 0 &&
    entry.total <= 100 &&
    Number.isSafeInteger(entry.seed) &&
    typeof entry.playedAt === 'string'
  );
}
