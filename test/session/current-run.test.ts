// The run the crash screen hands back: always the live session's commands so far, as a replay file that
// the replay reader accepts and that plays the same run again.

import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../src/replay/replay-file';
import { runSoFar } from '../../src/session/current-run';
import { LiveSession } from '../../src/session/live-session';
import { bundledLevel } from '../support/level-files';

describe('the run so far', () => {
  it('is read when asked, so the commands given after it was set are in it', () => {
    const session = new LiveSession(bundledLevel(), 5);
    const run = runSoFar(session);
    expect(run).toMatchObject({ levelId: 'apache-snafu', seed: 5, fileName: 'apache-snafu-seed5-replay.json' });
    expect(run.commandCount()).toBe(0);
    session.tick();
    session.submit({ type: 'view-site' });
    session.tick();
    session.tick();
    session.submit({ type: 'read-lb-stats' });
    session.tick();
    expect(run.commandCount()).toBe(2);
    expect(run.gameSeconds()).toBe(4);
    const parsed = parseReplay(JSON.parse(JSON.stringify(run.replay())), run.fileName);
    expect(parsed).toEqual({
      ok: true,
      replay: {
        level: 'apache-snafu',
        title: 'The Apache SNAFU: a run on seed 5, kept when the game stopped at tick 4',
        description: '',
        seed: 5,
        commands: [
          { atTick: 1, command: { type: 'view-site' } },
          { atTick: 3, command: { type: 'read-lb-stats' } },
        ],
      },
    });
  });
});
