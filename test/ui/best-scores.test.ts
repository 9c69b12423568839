// Best scores per level survive a reload, only ever go up, and a corrupt or strange save is set aside.

import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../support/memory-storage';
import { loadBestScores, recordScore } from '../../src/ui/best-scores';

const storage = memoryStorage;
const played = (total: number) => ({ total, seed: 1, playedAt: '2026-11-26T10:00:00.000Z' });

describe('best scores', () => {
  it('keep the best per level, and say when a run beat it', () => {
    const store = storage();
    expect(recordScore('apache-snafu', played(52), store)).toEqual({ isBest: true, previous: null, problem: null });
    expect(recordScore('apache-snafu', played(40), store)).toMatchObject({ isBest: false, previous: { total: 52 } });
    expect(recordScore('apache-snafu', played(81), store).isBest).toBe(true);
    expect(recordScore('other-level', played(10), store).isBest).toBe(true);
    expect(loadBestScores(store).best['apache-snafu']!.total).toBe(81);
  });

  it('start afresh from a corrupt save, and skip entries that make no sense', () => {
    const store = storage();
    store.setItem('apache-snafu.best-scores', '][');
    expect(loadBestScores(store)).toMatchObject({ best: {}, problem: expect.stringContaining('could not be read') as string });
    store.setItem('apache-snafu.best-scores', JSON.stringify({ version: 1, levels: { a: played(70), b: { total: 'lots' }, c: { ...played(500) } } }));
    expect(Object.keys(loadBestScores(store).best)).toEqual(['a']);
    store.setItem('apache-snafu.best-scores', JSON.stringify({ version: 7, levels: {} }));
    expect(loadBestScores(store).problem).toContain('unknown format');
  });
});
