// A watched run shows its commands in the terminal as they are given, in plain words.

import { describe, expect, it } from 'vitest';
import { watchedLine } from '../../src/session/watched-line';
import { LiveSession } from '../../src/session/live-session';
import { bundledLevel, bundledReplay } from '../support/level-files';

const level = bundledLevel('apache-snafu');

describe('a watched run’s commands', () => {
  it('read as plain words, people by name', () => {
    const [first] = level.sim.responders;
    expect(watchedLine({ type: 'ask-for-help' }, level.sim.responders)).toBe('asked the team for help');
    expect(watchedLine({ type: 'assign-job', responder: first!.id, job: { type: 'check-mirror' } }, level.sim.responders)).toMatch(new RegExp(`^gave ${first!.name} a job: `));
    expect(watchedLine({ type: 'run-chef', hosts: ['@web'], concurrency: 25 }, level.sim.responders)).not.toMatch(/run-chef|@web/);
  });

  it('are handed out as the script gives them, each once, at its tick', () => {
    const replay = bundledReplay('skilled');
    const session = new LiveSession(level, 1, replay.commands);
    const seen: { tick: number; type: string }[] = [];
    session.onScriptedCommands((commands) => seen.push(...commands.map((command) => ({ tick: session.state.tick, type: command.type }))));
    while (!session.state.incident.outcome && session.state.tick < 4000) session.tick();
    expect(seen.map((entry) => entry.type)).toEqual(replay.commands.map((entry) => entry.command.type));
    seen.forEach((entry, index) => expect(entry.tick).toBe(replay.commands[index]!.atTick));
  });
});
