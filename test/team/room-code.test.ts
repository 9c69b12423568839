// Room codes are hard to guess, easy to read out, and forgiving to type; the flood guard lets people
// through and stops floods.

import { describe, expect, it } from 'vitest';
import { CommandGate } from '../../server/command-gate';
import { newRoomCode, readRoomCode, ROOM_CODE_BITS, spokenRoomCode } from '../../server/room-code';
import { teamLink } from '../../src/team-client/team-page-options';

describe('a room code', () => {
  it('stands for at least 30 bits of guessing, and no two in a thousand are alike', () => {
    expect(ROOM_CODE_BITS).toBeGreaterThanOrEqual(30);
    const codes = new Set(Array.from({ length: 1_000 }, () => newRoomCode()));
    expect(codes.size).toBe(1_000);
  });

  it('has no letters that read alike', () => {
    for (let i = 0; i < 200; i++) expect(newRoomCode()).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('reads back as typed, in any case and with a dash, and refuses what is not a code', () => {
    expect(readRoomCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(readRoomCode(spokenRoomCode('ABCDEFGH'))).toBe('ABCDEFGH');
    expect(readRoomCode('ABCDEFG0')).toBeNull();
    expect(readRoomCode('ABC')).toBeNull();
  });

  it('makes a join link on the game’s address', () => {
    expect(teamLink('http://192.168.1.20:4173/?level=apache-snafu', 'ABCDEFGH')).toBe('http://192.168.1.20:4173/team.html?team=ABCDEFGH');
    expect(teamLink('http://192.168.1.20:4173/team.html?seat=ops#x', 'ABCDEFGH')).toBe('http://192.168.1.20:4173/team.html?team=ABCDEFGH');
  });
});

describe('the flood guard', () => {
  it('lets a burst through, then the steady rate, and refuses the rest', () => {
    const gate = new CommandGate({ perSecond: 5, burst: 10 }, 0);
    const burst = Array.from({ length: 20 }, () => gate.admit(0)).filter(Boolean).length;
    expect(burst).toBe(10);
    expect(gate.admit(100)).toBe(false);
    expect(gate.admit(200)).toBe(true);
    expect(gate.refused).toBe(11);
  });

  it('tells a flooding client once a second at most', () => {
    const gate = new CommandGate({ perSecond: 5, burst: 10 }, 0);
    expect([gate.shouldTell(0), gate.shouldTell(500), gate.shouldTell(1_000)]).toEqual([true, false, true]);
  });
});
