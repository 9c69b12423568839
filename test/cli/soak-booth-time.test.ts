// How much booth time the soak's accelerated day stands for (scripts/soak-booth-time.ts): counted from
// what the page simulated, at the booth's real pace, never from the wall clock; a phase still under way,
// a board a visitor cut short and a briefing read count for nothing.

import { describe, expect, it } from 'vitest';
import { boothTime, totalSeconds, type BoothPace, type PhaseSpan } from '../../scripts/soak-booth-time';

const PACE: BoothPace = { gameSecondsPerRealSecond: 3, watchSpeed: 8, attractEndPauseSeconds: 1.2, boardSeconds: 15, idleSeconds: 70 };

const span = (phase: PhaseSpan['phase'], next: PhaseSpan['next'], runs: PhaseSpan['runs'] = [], lastScreen = 'incident'): PhaseSpan => ({ phase, next, runs, lastScreen });

describe('booth time', () => {
  it('counts an attract loop played out as its replay at watch speed, plus the end pause, and a board that ran out in full', () => {
    const time = boothTime([span('attract', 'board', [{ tick: 780, ended: true }]), span('board', 'attract', [], 'kiosk-board')], PACE);
    // 780 game seconds at 3 a real second, watched at speed 8: 32.5 s.
    expect(time.attractSeconds).toBeCloseTo(33.7, 9);
    expect(time.boardSeconds).toBe(15);
    expect(time).toMatchObject({ attractLoopsCompleted: 1, attractLoopsCut: 0, boardsShown: 1 });
  });

  it('counts an attract loop cut short by a visitor up to where it got, and a board cut short not at all', () => {
    const time = boothTime([span('attract', 'visitor', [{ tick: 240, ended: false }]), span('board', 'visitor', [], 'kiosk-board')], PACE);
    expect(time.attractSeconds).toBeCloseTo(10, 9);
    expect(time.boardSeconds).toBe(0);
    expect(time).toMatchObject({ attractLoopsCompleted: 0, attractLoopsCut: 1, boardsShown: 0 });
  });

  it('counts a visitor as the game time they played at speed 1, every game of theirs, and the idle minute after an end screen', () => {
    const walkedAway = span('visitor', 'attract', [{ tick: 450, ended: false }]);
    const finished = span(
      'visitor',
      'attract',
      [
        { tick: 1200, ended: true },
        { tick: 30, ended: false },
      ],
      'incident',
    );
    const leftFromTheEnd = span('visitor', 'attract', [{ tick: 1200, ended: true }], 'end');
    expect(boothTime([walkedAway], PACE).visitorSeconds).toBe(150);
    expect(boothTime([finished], PACE).visitorSeconds).toBe(410);
    expect(boothTime([leftFromTheEnd], PACE).visitorSeconds).toBe(470);
    expect(boothTime([walkedAway, finished, leftFromTheEnd], PACE)).toMatchObject({ visitors: 3, shiftsFinished: 2 });
  });

  it('leaves out the phase still under way, and adds the rest up', () => {
    const spans = [span('attract', 'board', [{ tick: 780, ended: true }]), span('board', 'attract', [], 'kiosk-board'), span('attract', null, [{ tick: 600, ended: false }])];
    const time = boothTime(spans, PACE);
    expect(totalSeconds(time)).toBeCloseTo(48.7, 9);
    expect(time.attractLoopsCut).toBe(0);
  });
});
