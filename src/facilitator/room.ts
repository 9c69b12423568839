// The room: the runs loaded so far and the files refused, each with why. A file is read on its own, so one
// bad file never keeps the others out; the same file dropped twice (or one player's file picked again)
// is loaded once.

import type { RefusedFile } from './room-markdown';
import { readRunFile, type LoadedRun, type RunFileContext } from './run-file';

export interface PickedFile {
  name: string;
  /** The file's text; may be empty when `bytes` is over the cap (the page then never reads it). */
  text: string;
  bytes: number;
}

export interface Room {
  runs: LoadedRun[];
  refused: RefusedFile[];
  /** The text of every run loaded, to know a file seen before. */
  texts: Set<string>;
}

export function emptyRoom(): Room {
  return { runs: [], refused: [], texts: new Set() };
}

/** Reads one file into the room (in place); says what became of it, for the page's progress line. */
export function addToRoom(room: Room, picked: PickedFile, context: RunFileContext): 'loaded' | 'refused' | 'already loaded' {
  if (picked.text !== '' && room.texts.has(picked.text)) return 'already loaded';
  let result: ReturnType<typeof readRunFile>;
  try {
    result = readRunFile(picked.name, picked.text, context, picked.bytes);
  } catch (error) {
    // Only a bug in the checks lands here: the file is named with it, and the files after it still load.
    result = { ok: false, file: picked.name, problems: [`could not be read (a bug in this page: ${error instanceof Error ? error.message : String(error)})`] };
  }
  if (!result.ok) {
    room.refused.push({ file: result.file, problems: result.problems });
    return 'refused';
  }
  room.runs.push(result.run);
  room.texts.add(picked.text);
  return 'loaded';
}
