// The live session records what the player did, with the tick it landed on; played back as a script,
// the same level, seed and commands make the very same run ("watch it again").

import { describe, expect, it } from 'vitest';
import { LiveSession } from '../../src/session/live-session';
import { hashState } from '../../src/sim/state-hash';
import { bundledLevel } from '../support/level-files';

function playFor(session: LiveSession, ticks: number): void {
  for (let i = 0; i < ticks && !session.state.incident.outcome; i++) session.tick();
}

describe('a live session', () => {
  it('records each command with the tick it was applied on', () => {
    const session = new LiveSession(bundledLevel(), 3);
    playFor(session, 60);
    session.submit({ type: 'view-site' });
    playFor(session, 1);
    expect(session.recorded).toEqual([{ atTick: 60, command: { type: 'view-site' } }]);
  });

  it('played back from its recording, gives the same run tick for tick', () => {
    const played = new LiveSession(bundledLevel(), 3);
    playFor(played, 62);
    played.submit({ type: 'stop-chef', hosts: ['@web', '@api', '-@php7'], concurrency: 30 });
    playFor(played, 200);
    played.submit({ type: 'ask-for-help' });
    playFor(played, 400);
    const watched = new LiveSession(bundledLevel(), 3, played.recorded);
    playFor(watched, 662);
    expect(watched.recorded).toEqual(played.recorded);
    expect(hashState(watched.state)).toBe(hashState(played.state));
    expect(watched.events.length).toBe(played.events.length);
  });
});
