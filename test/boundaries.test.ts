// Who may import the engines: only src/audio talks to Howler, and only the scenes, the views and the
// composition root (main.ts) talk to Phaser. Everything else stays testable in Node.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/level-files';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(repoPath('src')).map((path) => ({ path: relative(repoPath('src'), path), source: readFileSync(path, 'utf8') }));
const importing = (library: string): string[] => files.filter((file) => new RegExp(`from '${library}'`).test(file.source)).map((file) => file.path.split('\\').join('/'));

describe('the engines stay at the edges', () => {
  it('only src/audio imports Howler', () => {
    const users = importing('howler');
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((path) => !path.startsWith('audio/'))).toEqual([]);
  });

  it('only scenes, views, main.ts and the benchmark’s bare Phaser page import Phaser', () => {
    const users = importing('phaser');
    expect(users.filter((path) => !path.startsWith('scenes/') && !path.startsWith('views/') && path !== 'main.ts' && path !== 'bench/bare.ts')).toEqual([]);
  });
});

// What the player can know is one projection (src/session/player-view). The views, panels and audio are
// handed that and never the true state, so graph-blindness cannot leak through one forgotten branch. The
// incident scene is the one place that reads the live session, to build the view; the end scene reads it
// only once the shift is over, when the debrief's whole point is to tell the truth.
const READ_THE_TRUTH = new Map([
  ['scenes/incident-scene.ts', 'builds the player’s view from the live session'],
  ['scenes/end-scene.ts', 'the shift is over: the debrief and the score are about what was true'],
  ['team-client/team-debrief.ts', 'the team’s shift is over: its run is played again for the debrief'],
]);

describe('views, panels and audio read only the player’s view', () => {
  // Team mode's page (team-client) is a seat's screen: it reads the seat's view the room sends, nothing truer.
  const watched = files.filter((file) => /^(views|ui|audio|scenes|team-client)[\\/]/.test(file.path));

  it('covers the folders it means to', () => {
    expect(watched.map((file) => file.path.split('\\').join('/'))).toEqual(
      expect.arrayContaining(['views/traffic-view.ts', 'views/dashboard-view.ts', 'views/fleet-view.ts', 'ui/top-bar.ts', 'audio/cue-director.ts', 'audio/game-audio.ts']),
    );
  });

  it.each(watched.map((file) => [file.path.split('\\').join('/'), file.source] as const))('%s never names the true state', (path, source) => {
    const names = [...source.matchAll(/\b(SimState|HostState|PoolState|LiveSession)\b|session\.state\b/g)].map((match) => match[0]);
    if (READ_THE_TRUTH.has(path)) return;
    expect(names).toEqual([]);
  });

  it('keeps its allow-list honest: each allowed file does read the truth', () => {
    for (const path of READ_THE_TRUTH.keys()) expect(watched.find((file) => file.path.split('\\').join('/') === path)?.source).toMatch(/session\.state\b|\bLiveSession\b/);
  });
});
