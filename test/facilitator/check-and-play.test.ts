// Each run is played once when it is loaded: the one play both passes the replay tools' checks and is
// scored. The checks and their words are held to checkReplay's own, on good files and tampered ones.

import { describe, expect, it, vi } from 'vitest';
import { checkAndPlay, type PlayFunction } from '../../src/facilitator/check-and-play';
import { readRunFile } from '../../src/facilitator/run-file';
import { checkReplay } from '../../src/replay/check-replay';
import { playRun } from '../../src/replay/play-run';
import { bundledLevel } from '../support/level-files';
import { buildContext, exportObject, referenceExportText } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

/** playRun, counting the plays and the game seconds stepped. */
function countingPlay(): { play: PlayFunction; plays: () => number; ticks: () => number } {
  let plays = 0;
  let ticks = 0;
  const play: PlayFunction = (config, seed, commands) => {
    plays++;
    return playRun(config, seed, commands, { onTick: () => void ticks++ });
  };
  return { play, plays: () => plays, ticks: () => ticks };
}

describe('a run is played once', () => {
  it('loading an export plays its commands once, and the page scores that very play', () => {
    const counter = countingPlay();
    const result = readRunFile('ada.json', referenceExportText('skilled', 'Ada'), { ...buildContext(), play: counter.play });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(counter.plays()).toBe(1);
    // As many steps as one play of the run takes, no more: no second pass hides inside.
    let oneRun = 0;
    const again = playRun(result.run.level.sim, result.run.seed, result.run.commands, { onTick: () => void oneRun++ });
    expect(counter.ticks()).toBe(oneRun);
    expect(result.run.events).toEqual(again.events);
  });

  it('a file refused by the replay checks is played once too, and one refused before them not at all', () => {
    const counter = countingPlay();
    const doc = exportObject(referenceExportText('skilled'));
    (doc['replay'] as { commands: Array<Record<string, unknown>> }).commands[1]!['hosts'] = ['web-999'];
    const refused = readRunFile('host.json', JSON.stringify(doc), { ...buildContext(), play: counter.play });
    expect(refused.ok).toBe(false);
    expect(counter.plays()).toBe(1);
    readRunFile('notes.json', '{ not json', { ...buildContext(), play: counter.play });
    expect(counter.plays()).toBe(1);
  });
});

describe('the same checks and words as the replay tools', () => {
  const level = bundledLevel();
  const levelFor = (id: string) => (id === level.meta.id ? level : `no level "${id}"`);
  const commandsOf = (doc: Record<string, unknown>): Array<Record<string, unknown>> => (doc['replay'] as { commands: Array<Record<string, unknown>> }).commands;

  const cases: Array<[string, (doc: Record<string, unknown>) => void]> = [
    ['a good run', () => {}],
    ['an unknown host', (doc) => void (commandsOf(doc)[1]!['hosts'] = ['web-999'])],
    ['an unknown command', (doc) => void (commandsOf(doc)[0]!['type'] = 'rm-rf')],
    ['out of order', (doc) => void (commandsOf(doc)[3]!['atTick'] = 5)],
    ['after the time limit', (doc) => void commandsOf(doc).push({ atTick: 999_999, type: 'view-site' })],
    ['two refused at one tick', (doc) => void commandsOf(doc).splice(2, 0, { ...commandsOf(doc)[1]!, hosts: ['web-998'] }, { ...commandsOf(doc)[1]!, hosts: ['web-997'] })],
    ['a replay of no level', (doc) => void ((doc['replay'] as Record<string, unknown>)['level'] = 'Not An Id')],
    ['no commands list', (doc) => void delete (doc['replay'] as Record<string, unknown>)['commands']],
  ];

  it.each(cases)('%s', (name, tamper) => {
    const doc = exportObject(referenceExportText('skilled'));
    tamper(doc);
    const once = checkAndPlay(doc, 'x.json', level);
    const tools = checkReplay(doc, 'x.json', levelFor);
    expect(tools.ok).toBe(name === 'a good run');
    expect(once.ok).toBe(tools.ok);
    if (!once.ok && !tools.ok) expect(once.problems).toEqual(tools.problems);
    if (once.ok && tools.ok) expect(once.replay).toEqual(tools.replay);
  });
});
