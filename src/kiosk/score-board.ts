// The booth's high-score board: the top ten runs on this device, each with three initials, kept in the
// browser's storage under its own key (visitors' settings are never saved in kiosk mode; the board is).
// A record this version cannot read is kept aside under another key, as the settings are
// (ui/safe-storage), and the board starts afresh. Booth staff clear it with a key combination.

import { brokenRecordNotice, readItem, removeItem, setAside, writeItem, type StorageLike } from '../ui/safe-storage';

export interface BoardEntry {
  /** Three letters, A to Z. */
  initials: string;
  /** 0 to 100. */
  score: number;
  levelId: string;
  /** ISO date and time. */
  at: string;
}

export const BOARD_KEY = 'apache-snafu.kiosk-board';
export const BOARD_SIZE = 10;
export const INITIALS_LENGTH = 3;

/** Upper case, A to Z only, the first three; a short entry is filled with A (where the letter picker starts). */
export function cleanInitials(text: string): string {
  const letters = text
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, INITIALS_LENGTH);
  return letters.padEnd(INITIALS_LENGTH, 'A');
}

/** Whether a score would make the board: a free place, or better than the last (a tie keeps the earlier run). */
export function qualifies(board: readonly BoardEntry[], score: number): boolean {
  return board.length < BOARD_SIZE || score > board[board.length - 1]!.score;
}

/** The board with this run in its place (after every run with the same score or more), cut to ten; and its rank (1 = top), or null. */
export function addEntry(board: readonly BoardEntry[], entry: BoardEntry): { board: BoardEntry[]; rank: number | null } {
  const clean = { ...entry, initials: cleanInitials(entry.initials) };
  const index = board.findIndex((other) => other.score < clean.score);
  const at = index === -1 ? board.length : index;
  const next = [...board.slice(0, at), clean, ...board.slice(at)].slice(0, BOARD_SIZE);
  return { board: next, rank: at < BOARD_SIZE ? at + 1 : null };
}

export function loadBoard(storage: StorageLike | null): { board: BoardEntry[]; problem: string | null } {
  const read = readItem(storage, BOARD_KEY);
  if (!read.ok) return { board: [], problem: read.problem };
  if (read.raw === null) return { board: [], problem: null };
  let value: unknown;
  try {
    value = JSON.parse(read.raw);
  } catch {
    return { board: [], problem: keepAside(storage, read.raw, 'not valid JSON') };
  }
  const entries = (value as { version?: unknown; entries?: unknown } | null)?.entries;
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1 || !Array.isArray(entries) || !entries.every(isEntry))
    return { board: [], problem: keepAside(storage, read.raw, 'not a board this version can read') };
  // Sorted and cut again, whatever the record held: the board's order is the rule, not the file's.
  let board: BoardEntry[] = [];
  for (const entry of entries) board = addEntry(board, entry).board;
  return { board, problem: null };
}

/** Saves; returns null, or why it could not. */
export function saveBoard(storage: StorageLike | null, board: readonly BoardEntry[]): string | null {
  return writeItem(storage, BOARD_KEY, JSON.stringify({ version: 1, entries: board }));
}

/** The staff's clear: an empty board. */
export function clearBoard(storage: StorageLike | null): string | null {
  return removeItem(storage, BOARD_KEY);
}

function isEntry(value: unknown): value is BoardEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['initials'] === 'string' &&
    /^[A-Z]{3}$/.test(entry['initials']) &&
    typeof entry['score'] === 'number' &&
    Number.isFinite(entry['score']) &&
    typeof entry['levelId'] === 'string' &&
    typeof entry['at'] === 'string'
  );
}

function keepAside(storage: StorageLike | null, raw: string, why: string): string {
  const aside = setAside(storage, BOARD_KEY, raw);
  if ('asideKey' in aside) removeItem(storage, BOARD_KEY);
  return brokenRecordNotice("The booth's high-score board", why, aside, 'starting an empty board');
}
