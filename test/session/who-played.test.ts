// Who played, in the exports: a name is optional, kept clean, and goes into the file name with the level,
// the seed, the date and the time, so the files of a whole room never collide. A room's link names its
// level, and a level this build does not have is named, not silently replaced.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAME_VERSION } from '../../src/session/game-version';
import { cleanPlayerName, exportFileName, MAX_PLAYER_NAME } from '../../src/session/export-file-name';
import { roomLevel } from '../../src/session/room-level';
import { loadSettings, SETTINGS_KEY } from '../../src/ui/settings-store';
import { repoPath, bundledLevel } from '../support/level-files';
import { memoryStorage } from '../support/memory-storage';

const AT = new Date(2026, 11, 1, 9, 5);

describe('a player’s name', () => {
  it('is kept on one line, without control or direction-override characters, and cut to its length', () => {
    expect(cleanPlayerName('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(cleanPlayerName('Ada\nLovelace\t')).toBe('Ada Lovelace');
    expect(cleanPlayerName('evil\u202Egpj.exe')).toBe('evil gpj.exe');
    expect(cleanPlayerName('\u0000\u0007')).toBeNull();
    expect(cleanPlayerName('   ')).toBeNull();
    expect([...cleanPlayerName('🐈'.repeat(100))!]).toHaveLength(MAX_PLAYER_NAME);
  });

  it('goes into the file name as letters and digits only, so no name can make a path', () => {
    expect(exportFileName('apache-snafu', 3, 'Ada Lovelace', AT)).toBe('apache-snafu-seed3-ada-lovelace-2026-12-01-0905');
    expect(exportFileName('apache-snafu', 3, null, AT)).toBe('apache-snafu-seed3-2026-12-01-0905');
    expect(exportFileName('apache-snafu', 3, '../../etc/passwd', AT)).toBe('apache-snafu-seed3-etc-passwd-2026-12-01-0905');
    expect(exportFileName('apache-snafu', 3, 'CON:*?"<>|', AT)).toBe('apache-snafu-seed3-con-2026-12-01-0905');
    expect(exportFileName('apache-snafu', 3, 'Zoë Ørsted', AT)).toBe('apache-snafu-seed3-zoë-ørsted-2026-12-01-0905');
    expect(exportFileName('apache-snafu', 3, '🐈🐈', AT)).toBe('apache-snafu-seed3-2026-12-01-0905');
  });

  it('makes six laptops’ files differ by name, and one laptop’s runs differ by time', () => {
    const names = ['Ada', 'Grace', 'Alan', 'Barbara', 'Edsger', 'Radia'];
    expect(new Set(names.map((name) => exportFileName('apache-snafu', 1, name, AT))).size).toBe(6);
    expect(exportFileName('apache-snafu', 1, 'Ada', AT)).not.toBe(exportFileName('apache-snafu', 1, 'Ada', new Date(2026, 11, 1, 9, 6)));
  });

  it('is remembered with the settings, and a stored name the game would not have kept is set aside', () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, playerName: 'Grace', nameAsked: true }));
    expect(loadSettings(storage).settings).toMatchObject({ playerName: 'Grace', nameAsked: true });
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, playerName: 'x\u0000'.repeat(50) }));
    const loaded = loadSettings(storage);
    expect(loaded.settings.playerName).toBeNull();
    expect(loaded.problem).toContain('playerName');
  });
});

describe('a room’s link', () => {
  const levels = [bundledLevel('apache-snafu'), bundledLevel('chat-down')];

  it('offers the level it names', () => {
    expect(roomLevel(levels, 'chat-down')).toEqual({ levelId: 'chat-down', problem: null });
    expect(roomLevel(levels, null)).toEqual({ levelId: null, problem: null });
  });

  it('names a level this build does not have, and the ones it has', () => {
    expect(roomLevel(levels, 'hindsight')).toEqual({ levelId: null, problem: 'level=hindsight is not a level of this game (it has apache-snafu, chat-down); offering the saved level' });
    expect(roomLevel([], 'x').problem).toContain('it has none that passed their checks');
  });
});

describe('the game version in every export', () => {
  it('is package.json’s', () => {
    expect(GAME_VERSION).toBe((JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version);
  });
});
