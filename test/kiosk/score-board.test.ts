// The booth's high-score board: ranked by score, the earlier run first on a tie, ten at most, initials
// A to Z, kept in storage under its own key, a record it cannot read kept aside, and cleared by staff.

import { describe, expect, it } from 'vitest';
import { addEntry, BOARD_KEY, BOARD_SIZE, cleanInitials, clearBoard, loadBoard, qualifies, saveBoard, type BoardEntry } from '../../src/kiosk/score-board';
import { memoryStorage } from '../support/memory-storage';

const entry = (initials: string, score: number): BoardEntry => ({ initials, score, levelId: 'apache-snafu', at: '2026-12-02T10:00:00.000Z' });

function boardOf(scores: number[]): BoardEntry[] {
  let board: BoardEntry[] = [];
  scores.forEach((score, index) => (board = addEntry(board, entry(String.fromCharCode(65 + index).repeat(3), score)).board));
  return board;
}

describe('the high-score board', () => {
  it('ranks by score, best first, and says where a new run landed', () => {
    const board = boardOf([40, 90, 65]);
    expect(board.map((row) => row.score)).toEqual([90, 65, 40]);
    const added = addEntry(board, entry('NEW', 70));
    expect(added.rank).toBe(2);
    expect(added.board.map((row) => row.initials)).toEqual(['BBB', 'NEW', 'CCC', 'AAA']);
  });

  it('puts a tie after the runs that got there first', () => {
    const added = addEntry(boardOf([80, 60]), entry('TIE', 80));
    expect(added.rank).toBe(2);
    expect(added.board.map((row) => row.initials)).toEqual(['AAA', 'TIE', 'BBB']);
  });

  it('keeps the top ten: a run below the tenth does not make it, nor does a tie with the tenth', () => {
    const full = boardOf([100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);
    expect(full).toHaveLength(BOARD_SIZE);
    expect(qualifies(full, 10)).toBe(false);
    expect(qualifies(full, 5)).toBe(false);
    expect(qualifies(full, 11)).toBe(true);
    expect(addEntry(full, entry('LOW', 5))).toMatchObject({ rank: null });
    expect(addEntry(full, entry('LOW', 5)).board).toHaveLength(BOARD_SIZE);
    const better = addEntry(full, entry('MID', 55));
    expect(better.rank).toBe(6);
    expect(better.board).toHaveLength(BOARD_SIZE);
    expect(better.board.at(-1)!.score).toBe(20);
    expect(qualifies(boardOf([0]), 0)).toBe(true);
  });

  it('cleans initials to three letters A to Z', () => {
    expect(cleanInitials('abc')).toBe('ABC');
    expect(cleanInitials('j.r.r.tolkien')).toBe('JRR');
    expect(cleanInitials('<b>')).toBe('BAA');
    expect(cleanInitials('Zoë')).toBe('ZOA');
    expect(cleanInitials('')).toBe('AAA');
    expect(addEntry([], entry('x1y2z3w', 50)).board[0]!.initials).toBe('XYZ');
  });

  it('survives a reload through the storage, under its own key', () => {
    const storage = memoryStorage();
    const board = boardOf([30, 70]);
    expect(saveBoard(storage, board)).toBeNull();
    expect(storage.getItem(BOARD_KEY)).not.toBeNull();
    expect(loadBoard(storage)).toEqual({ board, problem: null });
    expect(loadBoard(memoryStorage())).toEqual({ board: [], problem: null });
    expect(loadBoard(null)).toEqual({ board: [], problem: null });
  });

  it('orders and cuts a stored board again, whatever order it was saved in', () => {
    const storage = memoryStorage();
    storage.setItem(BOARD_KEY, JSON.stringify({ version: 1, entries: Array.from({ length: 12 }, (_, index) => entry('ABC', index)) }));
    const { board, problem } = loadBoard(storage);
    expect(problem).toBeNull();
    expect(board.map((row) => row.score)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  });

  it('keeps a record it cannot read aside, says so, and starts an empty board', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ version: 2, entries: [] }),
      JSON.stringify({ version: 1, entries: [{ initials: 'abc', score: 5, levelId: 'x', at: '' }] }),
      '[]',
      'null',
    ]) {
      const storage = memoryStorage();
      storage.setItem(BOARD_KEY, raw);
      const { board, problem } = loadBoard(storage);
      expect(board).toEqual([]);
      expect(problem).toMatch(
        /^The booth's high-score board could not be read \(.+\); kept aside as "apache-snafu\.kiosk-board\.broken-1" in this browser's storage; starting an empty board\.$/,
      );
      expect(storage.getItem(`${BOARD_KEY}.broken-1`)).toBe(raw);
    }
  });

  it('says so when the storage cannot be read at all', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    const { board, problem } = loadBoard(broken);
    expect(board).toEqual([]);
    expect(problem).toContain('could not be read');
  });

  it('is cleared by the staff: empty after a reload', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    saveBoard(storage, boardOf([50]));
    expect(clearBoard(storage)).toBeNull();
    expect(loadBoard(storage)).toEqual({ board: [], problem: null });
  });
});
