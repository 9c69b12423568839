// Opens a run on the game's incident screen in watch mode: the page hands the export over through
// localStorage (the game reads and removes the key) and goes to the game with `?watch=1`. The browser's
// storage and navigation come in as arguments so the hand-over can be tested in Node. The key is the
// game's own (src/session/watch-request-key.ts), so the two sides cannot drift apart.

import { WATCH_REQUEST_KEY } from '../session/watch-request-key';

export { WATCH_REQUEST_KEY };
export const WATCH_URL = './index.html?watch=1';

export interface WatchHost {
  storage: Pick<Storage, 'setItem'>;
  navigate: (url: string) => void;
}

export type WatchResult = { ok: true } | { ok: false; reason: string };

export function watchRun(exported: object, host: WatchHost): WatchResult {
  try {
    host.storage.setItem(WATCH_REQUEST_KEY, JSON.stringify(exported));
  } catch (error) {
    // A private window, storage switched off or full: say so rather than open the game with nothing to play.
    return { ok: false, reason: `the browser would not keep the run for the game (${error instanceof Error ? error.message : String(error)})` };
  }
  host.navigate(WATCH_URL);
  return { ok: true };
}
