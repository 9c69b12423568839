// What a screen reader hears on the incident screen, on the real level played with nobody intervening,
// at speed 8 (eight game seconds to a wall-clock second): a page interrupts at once in the alert feed's
// words; alerts and people's lines wait their turn, a burst summed up as one line; the Chef bot, the
// dev-VM noise and the player's own lines are never read out; the same words are not said twice within
// a while; and nothing is said about the site while the graphs are dark.

import { describe, expect, it } from 'vitest';
import { playRun } from '../../src/replay/play-run';
import { Announcements, POLITE_GAP_MS, REPEAT_AFTER_MS, type Announcement } from '../../src/session/announcements';
import { KnownWorld } from '../../src/session/known-world';
import { playerView, type PlayerView } from '../../src/session/player-view';
import type { SimEvent } from '../../src/sim/events';
import { bundledLevel } from '../support/level-files';

const level = bundledLevel();
const MS_PER_TICK = 125;

interface Said extends Announcement {
  tick: number;
  atMs: number;
}

interface Heard {
  said: Said[];
  events: SimEvent[];
  views: Map<number, PlayerView>;
}

/** Plays the level as the scene does: each tick's events heard, the view seen, and what is due said. */
function listen(untilTick: number): Heard {
  const known = new KnownWorld();
  const announcements = new Announcements();
  const said: Said[] = [];
  const views = new Map<number, PlayerView>();
  const { events } = playRun(level.sim, 1, [], {
    untilTick,
    onTick: (state, tickEvents) => {
      known.learn(tickEvents);
      known.sample(state);
      const view = playerView(level.sim, state, known);
      views.set(state.tick, view);
      announcements.hear(tickEvents);
      announcements.see(view);
      const atMs = state.tick * MS_PER_TICK;
      for (const line of announcements.due(atMs)) said.push({ ...line, tick: state.tick, atMs });
    },
  });
  return { said, events, views };
}

const run = listen(900);

describe('a page to the player', () => {
  it('is said at once, assertively, in the words of the alert feed', () => {
    const page = run.events.find((event) => event.type === 'page-sent')!;
    const first = run.said.find((line) => line.politeness === 'assertive')!;
    expect(first.text).toBe(`PAGE #1: ${page.type === 'page-sent' ? page.summary : ''}.`);
    // Said on the tick after the page's own (the scene hears a tick's events once the step is done).
    expect(first.tick - page.tick).toBeLessThanOrEqual(1);
  });

  it('is said again only after a while, when the very same page comes back', () => {
    const announcements = new Announcements();
    const page = run.events.find((event) => event.type === 'page-sent')!;
    announcements.hear([page]);
    expect(announcements.due(0).map((line) => `${line.politeness}: ${line.text}`)).toEqual([`assertive: PAGE #1: ${page.type === 'page-sent' ? page.summary : ''}.`]);
    announcements.hear([page]);
    expect(announcements.due(REPEAT_AFTER_MS - 1)).toEqual([]);
    announcements.hear([page]);
    expect(announcements.due(REPEAT_AFTER_MS + 1).map((line) => line.politeness)).toEqual(['assertive']);
  });
});

describe('alerts and chat', () => {
  it('are polite, and one polite line waits for the gap after the last', () => {
    const polite = run.said.filter((line) => line.politeness === 'polite');
    expect(polite.length).toBeGreaterThan(5);
    for (let index = 1; index < polite.length; index++) expect(polite[index]!.atMs - polite[index - 1]!.atMs).toBeGreaterThanOrEqual(POLITE_GAP_MS);
  });

  it('a burst of alerts is one line that counts them and names the first two', () => {
    const announcements = new Announcements();
    const burst = run.events.filter((event) => event.type === 'alert-raised' && event.pagesOnCall);
    expect(burst.length).toBeGreaterThan(20);
    announcements.hear(burst);
    const [line, ...rest] = announcements.due(0);
    expect(rest).toEqual([]);
    expect(line!.politeness).toBe('polite');
    expect(line!.text).toMatch(new RegExp(`^${burst.length} new alerts: CRITICAL \\S+: HTTP check failed\\. CRITICAL \\S+: HTTP check failed\\. And ${burst.length - 2} more\\.$`));
  });

  it("reads a person's line in chat and across the desk, politely", () => {
    const robin = run.said.filter((line) => line.text.includes('Robin'));
    expect(robin.some((line) => line.text.includes('Robin, across the desk:'))).toBe(true);
    expect(robin.some((line) => line.text.includes('Robin in chat:'))).toBe(true);
    expect(robin.every((line) => line.politeness === 'polite')).toBe(true);
  });

  it('reads out the review its author asks for, where the level has one (Hindsight), politely', () => {
    const hindsight = bundledLevel('hindsight');
    const announcements = new Announcements();
    const { events } = playRun(hindsight.sim, 1, [], { untilTick: 120 });
    const asked = events.find((event) => event.type === 'change-review-asked')!;
    announcements.hear([asked]);
    const said = announcements.due(0);
    expect(said.map((line) => line.politeness)).toEqual(['polite']);
    expect(said[0]!.text).toMatch(/asks you to look at the change first/);
  });

  it("never reads out the Chef bot, the dev-VM noise or the player's own lines", () => {
    expect(run.events.some((event) => event.type === 'message-posted' && event.from === 'chef-bot')).toBe(true);
    const everything = run.said.map((line) => line.text).join('\n');
    expect(everything).not.toContain('chef-client failed');
    expect(everything).not.toContain('(dev VM)');
    const announcements = new Announcements();
    announcements.hear([{ type: 'message-posted', channel: 'ops', from: 'player', text: 'Looking into it', intent: null, tick: 1 }]);
    expect(announcements.due(0)).toEqual([]);
  });
});

describe('the site, as the graphs show it', () => {
  it('going down interrupts at once; coming back waits its turn', () => {
    const announcements = new Announcements();
    const healthy = run.views.get(5)!;
    const withSite = (status: PlayerView['site']['status']): PlayerView => ({ ...healthy, site: { ...healthy.site, status } });
    announcements.see(healthy);
    expect(announcements.due(0)).toEqual([]);
    announcements.see(withSite('down'));
    expect(announcements.due(10)).toEqual([{ politeness: 'assertive', text: 'Site DOWN, from the graphs.' }]);
    announcements.see(withSite('degraded'));
    expect(announcements.due(20)).toEqual([{ politeness: 'polite', text: 'Site up again but degraded, from the graphs.' }]);
    announcements.see(withSite('healthy'));
    expect(announcements.due(30)).toEqual([]);
    expect(announcements.due(30 + POLITE_GAP_MS)).toEqual([{ politeness: 'polite', text: 'Site OK again, from the graphs.' }]);
  });

  it('is not mentioned while the graphs are dark', () => {
    const dark = run.events.find((event) => event.type === 'tool-went-down' && event.service === 'dashboards')!;
    expect(dark).toBeDefined();
    const blindLines = run.said.filter((line) => line.tick > dark.tick + 1);
    expect(blindLines.length).toBeGreaterThan(0);
    expect(blindLines.filter((line) => line.text.includes('Site'))).toEqual([]);
  });
});
