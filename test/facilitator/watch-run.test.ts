// Watching a run again: the export goes to the game through localStorage under the key the game reads,
// then the page goes to the game in watch mode; storage that refuses is said, and nothing is opened.

import { describe, expect, it } from 'vitest';
import { watchRun, WATCH_REQUEST_KEY, WATCH_URL } from '../../src/facilitator/watch-run';

describe('watch a run again', () => {
  it('stores the export as JSON under the watch key, then opens the game with ?watch=1', () => {
    const stored = new Map<string, string>();
    const visited: string[] = [];
    const exported = { format: 'apache-snafu-debrief', version: 1, player: 'Ada', replay: { commands: [] } };
    const result = watchRun(exported, { storage: { setItem: (key, value) => void stored.set(key, value) }, navigate: (url) => visited.push(url) });
    expect(result).toEqual({ ok: true });
    expect(WATCH_REQUEST_KEY).toBe('apache-snafu.watch-request');
    expect(JSON.parse(stored.get(WATCH_REQUEST_KEY)!)).toEqual(exported);
    expect(visited).toEqual([WATCH_URL]);
    expect(WATCH_URL).toBe('./index.html?watch=1');
  });

  it('says why when the browser will not keep it, and stays on the page', () => {
    const visited: string[] = [];
    const result = watchRun(
      { format: 'apache-snafu-debrief' },
      {
        storage: {
          setItem: () => {
            throw new Error('QuotaExceededError');
          },
        },
        navigate: (url) => visited.push(url),
      },
    );
    expect(result).toEqual({ ok: false, reason: 'the browser would not keep the run for the game (QuotaExceededError)' });
    expect(visited).toEqual([]);
  });
});
