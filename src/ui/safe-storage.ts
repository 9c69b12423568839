// The browser's storage, guarded: a profile where reading or writing throws (a corrupted profile, a
// private window, a full disk, storage switched off) can never take the game down. Every failure turns
// into a sentence for the player, and a record the game cannot read is kept aside under another key
// rather than overwritten, so nothing the player had is destroyed by this version of the game.

/** The part of the Web Storage API the game uses; a test passes a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

/** At most this many set-aside copies of one record: a storage that cannot delete must not fill up with them. */
const MAX_ASIDE = 20;

/** What a read found: the stored text (null when there is none), or why it could not be read. */
export type ReadResult = { ok: true; raw: string | null } | { ok: false; problem: string };

/** The page's localStorage, or null (with why) when even touching it throws, as a corrupted profile or a locked-down browser may. */
export function openBrowserStorage(): { storage: StorageLike | null; problem: string | null } {
  try {
    const storage = window.localStorage;
    // Some browsers hand out the object and throw only on first use; that is caught where it is used.
    return storage ? { storage, problem: null } : { storage: null, problem: STORAGE_GONE('no storage') };
  } catch (error) {
    return { storage: null, problem: STORAGE_GONE(describeError(error)) };
  }
}

/** The page's localStorage, or null: for the save and load functions' default argument. */
export function browserStorage(): StorageLike | null {
  return openBrowserStorage().storage;
}

const STORAGE_GONE = (why: string): string => `The browser's storage cannot be used (${why}): settings and best scores last only until this tab closes.`;

export function readItem(storage: StorageLike | null, key: string): ReadResult {
  if (!storage) return { ok: true, raw: null };
  try {
    const raw = storage.getItem(key);
    return { ok: true, raw: typeof raw === 'string' ? raw : null };
  } catch (error) {
    return { ok: false, problem: `The browser's storage could not be read (${describeError(error)}): settings and best scores start afresh this time.` };
  }
}

/** Writes; returns null, or why it could not (a full disk says QuotaExceededError). */
export function writeItem(storage: StorageLike | null, key: string, value: string): string | null {
  if (!storage) return null;
  try {
    storage.setItem(key, value);
    return null;
  } catch (error) {
    return describeError(error);
  }
}

/** Removes; returns null, or why it could not. */
export function removeItem(storage: StorageLike | null, key: string): string | null {
  if (!storage) return null;
  try {
    if (typeof storage.removeItem !== 'function') return 'this storage cannot remove';
    storage.removeItem(key);
    return null;
  } catch (error) {
    return describeError(error);
  }
}

/**
 * Copies a record the game cannot use to `<key>.broken-<n>` (the first free n), so the player or a
 * developer can still look at it. Returns the key it went to, or why it could not be copied.
 */
export function setAside(storage: StorageLike | null, key: string, raw: string): { asideKey: string } | { problem: string } {
  if (!storage) return { problem: 'no storage' };
  for (let n = 1; n <= MAX_ASIDE; n++) {
    const asideKey = `${key}.broken-${n}`;
    const there = readItem(storage, asideKey);
    if (!there.ok) return { problem: 'the storage could not be read' };
    if (there.raw === raw) return { asideKey };
    if (there.raw !== null) continue;
    const failed = writeItem(storage, asideKey, raw);
    return failed === null ? { asideKey } : { problem: failed };
  }
  return { problem: `${MAX_ASIDE} broken copies are kept already` };
}

/**
 * The sentence for a record that could not be used: what it was, why, and where it went. `then` says
 * what the game does instead ("using the defaults").
 */
export function brokenRecordNotice(what: string, why: string, aside: { asideKey: string } | { problem: string }, then: string): string {
  const kept = 'asideKey' in aside ? `kept aside as "${aside.asideKey}" in this browser's storage` : `it could not be kept aside (${aside.problem}), so the next save replaces it`;
  return `${what} could not be read (${why}); ${kept}; ${then}.`;
}

/** An error in a few words: its name and message, never a stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return short(error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message || error.name);
  if (typeof error === 'string') return short(error);
  return 'an unknown error';
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || 'no message';
}

type StorageProblemListener = (problem: string) => void;
let listener: StorageProblemListener | null = null;
const said = new Set<string>();

/** Where a failed save is said (main.ts: a toast, and the title's notices). Each sentence is said once. */
export function onStorageProblem(next: StorageProblemListener | null): void {
  listener = next;
}

/** A save that failed: said once (through `onStorageProblem`), and the game carries on. */
export function reportStorageProblem(problem: string): void {
  if (said.has(problem)) return;
  said.add(problem);
  listener?.(problem);
}
