// The best score per level, kept in the browser's storage so it survives a reload. A corrupt or older
// record is set aside (and said once) rather than trusted: a bad save must never stop the debrief.

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

const KEY = 'apache-snafu.best-scores';

export interface BestScoreBook {
  best: Record<string, BestScore>;
  problem: string | null;
}

export function loadBestScores(storage: Storage | null = safeStorage()): BestScoreBook {
  const raw = storage?.getItem(KEY) ?? null;
  if (raw === null) return { best: {}, problem: null };
  try {
    const value = JSON.parse(raw) as Partial<StoredBest>;
    if (value.version !== 1 || typeof value.levels !== 'object' || value.levels === null) throw new Error('an unknown format');
    const best: Record<string, BestScore> = {};
    for (const [levelId, entry] of Object.entries(value.levels)) if (isBestScore(entry)) best[levelId] = entry;
    return { best, problem: null };
  } catch (error) {
    return { best: {}, problem: `Saved best scores could not be read (${error instanceof Error ? error.message : 'corrupt'}); starting afresh.` };
  }
}

/** Records a score; returns whether it beat the level's best (the first score always does), and any problem reading the old record. */
export function recordScore(levelId: string, score: BestScore, storage: Storage | null = safeStorage()): { isBest: boolean; previous: BestScore | null; problem: string | null } {
  const book = loadBestScores(storage);
  const previous = book.best[levelId] ?? null;
  const isBest = previous === null || score.total > previous.total;
  if (isBest) {
    book.best[levelId] = score;
    try {
      storage?.setItem(KEY, JSON.stringify({ version: 1, levels: book.best } satisfies StoredBest));
    } catch {
      // Private windows and full disks refuse storage: the best lasts until the tab closes.
    }
  }
  return { isBest, previous, problem: book.problem };
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

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
