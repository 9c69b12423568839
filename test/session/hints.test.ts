// The hints a facilitator can show on the projector: what an experienced on-call would point at now,
// read from the player's view only, the most urgent thing first.

import { describe, expect, it } from 'vitest';
import { hintFor, type HintRule } from '../../src/session/hints';
import { KnownWorld } from '../../src/session/known-world';
import { playerView, type PlayerView } from '../../src/session/player-view';
import type { Command } from '../../src/sim/commands';
import { bundledLevel } from '../support/level-files';
import { World } from '../support/run-sim';

const level = bundledLevel('apache-snafu');

/** Plays the level, learning what the player learns, and says the hint after each tick. */
class Room {
  readonly world = new World(level.sim, 1);
  private readonly known = new KnownWorld();
  private seen = 0;

  /** Answers every page as it comes, as a player who has learned the pager would. */
  constructor(private readonly answersPages = false) {}

  play(seconds: number, commands: Command[] = []): this {
    for (let i = 0; i < seconds; i++) {
      const answer: Command[] = this.answersPages && this.world.state.pages.some((page) => page.ackedAtTick === null) ? [{ type: 'ack-page' }] : [];
      this.world.run(1, [...(i === 0 ? commands : []), ...answer]);
      this.known.learn(this.world.events.slice(this.seen));
      this.seen = this.world.events.length;
      this.known.sample(this.world.state);
    }
    return this;
  }

  view(): PlayerView {
    return playerView(level.sim, this.world.state, this.known);
  }

  rule(): HintRule {
    return hintFor(level.sim, this.view()).rule;
  }

  /** Plays until the hint's rule is `rule`, and says when. */
  playUntil(rule: HintRule, limit = 1800): number {
    for (let i = 0; i < limit && this.rule() !== rule; i++) this.play(1);
    expect(this.rule()).toBe(rule);
    return this.world.state.tick;
  }
}

describe('hints for the room', () => {
  it('say nothing is urgent on a calm screen, before the change has done anything', () => {
    const room = new Room().play(5);
    expect(room.rule()).toBe('calm');
  });

  it('point at the Chef server when the player ran Chef everywhere at once', () => {
    const room = new Room(true).play(30);
    room.play(1, [{ type: 'run-chef', hosts: ['@web'], concurrency: 1000 }]);
    room.playUntil('chef-server-overloaded', 120);
    expect(room.view().chefServer.overloaded).toBe(true);
    expect(hintFor(level.sim, room.view()).text).toMatch(/Chef server is overloaded/);
  });

  it('ask for the open page to be answered, and stop asking once it is', () => {
    const room = new Room();
    room.playUntil('page-open');
    room.play(1, [{ type: 'ack-page' }]);
    expect(room.view().pager.pages.every((page) => page.ackedAtTick !== null)).toBe(true);
    expect(room.rule()).not.toBe('page-open');
  });

  it('send a blind player to look as a customer, until the look is old', () => {
    const room = new Room(true);
    const blindAt = room.playUntil('blind');
    expect(room.view().fleet.blind).toBe(true);
    room.play(1, [{ type: 'view-site' }]);
    room.play(60);
    expect(room.rule()).not.toBe('blind');
    // Five game minutes after the visit came back, it no longer says what the site is like now.
    const lookedAt = room.view().looks.site!.atTick;
    expect(lookedAt).toBeGreaterThan(blindAt);
    room.play(lookedAt + 301 - room.world.state.tick);
    expect(room.rule()).toBe('blind');
  });

  it('never know more than the screen: the same view gives the same hint, whatever the truth behind it', () => {
    const room = new Room().play(200);
    const view = room.view();
    const before = hintFor(level.sim, view);
    // The truth moves on; the view the room saw does not.
    room.world.run(600);
    expect(hintFor(level.sim, view)).toEqual(before);
  });

  it('come with a question for the room for every rule', () => {
    const room = new Room();
    const questions = new Set<string>();
    for (let i = 0; i < 60; i++) {
      room.play(30);
      const hint = hintFor(level.sim, room.view());
      expect(hint.text.length).toBeGreaterThan(20);
      // Three lines of the card over the traffic picture, which must not run over the legend under it.
      if (hint.rule !== 'cat-about-to-act') expect(hint.text.length, hint.text).toBeLessThanOrEqual(130);
      expect(hint.question).toMatch(/\?$/);
      questions.add(hint.rule);
    }
    expect(questions.size).toBeGreaterThan(2);
  });
});
