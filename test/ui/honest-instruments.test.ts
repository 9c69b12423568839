// The top bar and the dashboards show one figure for the site, from one computation: the graphs'
// average over the last game minute, which both say. The status page line follows whoever posted it.

import { describe, expect, it } from 'vitest';
import type { MetricSample } from '../../src/session/metric-history';
import { KnownWorld } from '../../src/session/known-world';
import { playerView, type KnownDashboards, type PlayerView } from '../../src/session/player-view';
import { siteFigures } from '../../src/session/site-figures';
import { StatusPageNews } from '../../src/session/status-page-news';
import type { SimEvent } from '../../src/sim/events';
import { chatHintHtml } from '../../src/ui/chat-roster';
import { bundledLevel } from '../support/level-files';
import { World } from '../support/run-sim';

function sample(tick: number, errorRate: number, p50: number): MetricSample {
  return { tick, webP50Ms: p50, webErrorRate: errorRate, ordersPerMinute: 1000 - tick, webServing: 120 - tick / 10, apiServing: 60 };
}

describe('the site’s figures', () => {
  const samples = [sample(10, 0.01, 150), sample(20, 0.02, 200), sample(70, 0.1, 800), sample(80, 0.2, 1000)];
  const visible: KnownDashboards = { visible: true, samples, darkSinceTick: null };

  it('average the last game minute of the graphs, and count hosts serving at the newest sample', () => {
    const figures = siteFigures(visible)!;
    // 20 is 60 s before 80: out of the window; 70 and 80 are in.
    expect(figures.fromTick).toBe(70);
    expect(figures.toTick).toBe(80);
    expect(figures.errorRate).toBeCloseTo(0.15);
    expect(figures.p50Ms).toBeCloseTo(900);
    expect(figures.webServing).toBe(112);
  });

  it('are none while the graphs are dark or have drawn nothing', () => {
    expect(siteFigures({ ...visible, visible: false, darkSinceTick: 75 })).toBeNull();
    expect(siteFigures({ visible: true, samples: [], darkSinceTick: null })).toBeNull();
  });
});

describe('the status page line', () => {
  const level = bundledLevel('chat-down');
  const names = new Map(level.sim.responders.map((responder) => [responder.id, responder.name]));

  /** Plays the level with `commands` at given ticks, feeding the line as the scene does, and returns what it said each tick. */
  function follow(until: number, commands: Record<number, Parameters<World['run']>[1]>): Map<number, string> {
    const world = new World(level.sim, 1);
    const news = new StatusPageNews(names, level.sim.actionSeconds.updateStatusPage);
    const known = new KnownWorld();
    const said = new Map<number, string>();
    let seen = 0;
    while (world.state.tick < until) {
      world.run(1, commands[world.state.tick] ?? []);
      const events: SimEvent[] = world.events.slice(seen);
      seen = world.events.length;
      news.learn(events);
      const view: PlayerView = playerView(level.sim, world.state, known);
      news.see(view);
      said.set(world.state.tick, news.line(view));
    }
    return said;
  }

  it('follows a cat’s update from the desk to the page, never "not updated" once the cat says it is done', () => {
    const said = follow(420, {
      5: [{ type: 'ask-for-help', responder: 'marmalade' }],
      200: [{ type: 'assign-job', responder: 'marmalade', job: { type: 'update-status-page', status: 'degraded', text: 'Slow pages; next update in 15 minutes.', intent: 'update' } }],
    });
    const lines = [...said.values()];
    expect(lines).toContain('Status page: not updated · Marmalade is writing “degraded”');
    expect(lines).toContain('Status page: Marmalade is publishing “degraded”…');
    expect(lines.at(-1)).toMatch(/^Status page: degraded by Marmalade, (just now|\d+ min ago)$/);
    const publishing = lines.indexOf('Status page: Marmalade is publishing “degraded”…');
    expect(lines.slice(publishing).some((line) => line.includes('not updated'))).toBe(false);
  });

  it('says "by you" for the player’s own update', () => {
    const said = follow(60, { 5: [{ type: 'update-status-page', status: 'degraded', text: 'Slow pages; next update in 15 minutes.', intent: 'update' }] });
    expect([...said.values()].at(-1)).toBe('Status page: degraded by you, just now');
  });
});

describe('who is on which channel', () => {
  const channels = bundledLevel('chat-down').sim.channels;

  it('names the team and its channel while it works', () => {
    expect(chatHintHtml({ channels, channelsUp: { ops: true, backup: true }, shown: 'ops', teamChannel: 'ops', present: ['Miso', 'Noodle'] })).toBe(
      'Team in #ops: Miso, Noodle. <kbd>9</kbd> post a message',
    );
  });

  it('says the team is stuck in a channel that is down, and how to bring them over', () => {
    const down = { ops: false, backup: true };
    expect(chatHintHtml({ channels, channelsUp: down, shown: 'ops', teamChannel: 'ops', present: ['Miso'] })).toBe(
      'This channel is down: nobody reads it. Press <kbd>9</kbd> to post in IRC #ops-backup instead: “Everyone to IRC #ops-backup” brings the team over (Miso).',
    );
    expect(chatHintHtml({ channels, channelsUp: down, shown: 'backup', teamChannel: 'ops', present: [] })).toMatch(/^Team stuck in #ops \(down\), unread: nobody yet\./);
    expect(chatHintHtml({ channels, channelsUp: down, shown: 'backup', teamChannel: 'backup', present: ['Miso'] })).toBe('Team in IRC #ops-backup: Miso. <kbd>9</kbd> post a message');
  });

  it('keeps to the key alone where the level has one channel', () => {
    expect(chatHintHtml({ channels: channels.slice(0, 1), channelsUp: { ops: true }, shown: 'ops', teamChannel: 'ops', present: ['Miso'] })).toBe('<kbd>9</kbd> post a message');
  });
});
