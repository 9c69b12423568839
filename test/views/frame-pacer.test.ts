// The canvas draws the world's changes at most every so often, what the player does at once, and never
// drops a change it owes.

import { describe, expect, it } from 'vitest';
import { FramePacer } from '../../src/views/frame-pacer';

function pacer(): { pacer: FramePacer; drawn: number[]; at: { now: number } } {
  const drawn: number[] = [];
  const at = { now: 0 };
  return { pacer: new FramePacer(() => drawn.push(at.now), 200), drawn, at };
}

describe('the frame pacer', () => {
  it('draws a change at once when the last frame is old enough, and spaces out the next ones', () => {
    const { pacer: p, drawn, at } = pacer();
    for (at.now = 0; at.now <= 1000; at.now += 16) {
      // The world changes every frame (a fast clock).
      p.ask(at.now);
    }
    expect(drawn[0]).toBe(0);
    expect(drawn.length).toBe(5);
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]! - drawn[i - 1]!).toBeGreaterThanOrEqual(200);
  });

  it('owes a change asked for too soon, and draws it once the spacing has passed', () => {
    const { pacer: p, drawn, at } = pacer();
    p.ask(0);
    at.now = 50;
    p.ask(50);
    expect(drawn).toEqual([0]);
    for (at.now = 66; at.now < 400; at.now += 16) p.settle(at.now);
    expect(drawn).toEqual([0, 210]);
  });

  it('draws what the player did in the next frame, whatever the spacing', () => {
    const { pacer: p, drawn, at } = pacer();
    p.ask(0);
    at.now = 20;
    p.askNow(20);
    expect(drawn).toEqual([0, 20]);
  });

  it('draws nothing when nothing changed', () => {
    const { pacer: p, drawn, at } = pacer();
    for (at.now = 0; at.now < 1000; at.now += 16) p.settle(at.now);
    expect(drawn).toEqual([]);
  });
});
