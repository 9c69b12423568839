// Which sounds the incident makes: the director maps the simulation's events to cues, merges the ones
// that pile up within a frame, and keeps the dev-VM noise and the bots quiet.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CueDirector, MAX_CUES_PER_FRAME, mashingCues, moodFor } from '../../src/audio/cue-director';
import { ALL_CUES } from '../../src/audio/cues';
import type { SimEvent } from '../../src/sim/events';
import { KnownWorld } from '../../src/session/known-world';
import { playerView, type PlayerView } from '../../src/session/player-view';
import { repoPath } from '../support/level-files';
import { World } from '../support/run-sim';
import { tinyLevel } from '../support/tiny-level';

const at = (tick: number, body: Record<string, unknown>): SimEvent => ({ tick, ...body }) as SimEvent;
const viewOf = (world: World): PlayerView => playerView(world.config, world.state, new KnownWorld());

describe('the cue director', () => {
  it('beeps the pager for a page, and rings an alert only for hosts that page someone', () => {
    const director = new CueDirector(tinyLevel());
    director.take([at(1, { type: 'page-sent', pageId: 1, tier: 'web', summary: 'web: 3 hosts down' }), at(1, { type: 'alert-raised', host: 'dev-01', tier: 'dev', pagesOnCall: false })]);
    expect(director.flush().map((cue) => cue.name)).toEqual(['pager']);
    director.take([at(2, { type: 'alert-raised', host: 'web-01', tier: 'web', pagesOnCall: true })]);
    expect(director.flush()).toEqual([{ name: 'alert', caption: 'Alert: web-01' }]);
  });

  it('merges a storm into one sound per kind, most important first, a few at most', () => {
    const director = new CueDirector(tinyLevel());
    const storm = Array.from({ length: 50 }, (_, i) => at(5, { type: 'apache-failed-to-start', host: `web-${i}`, reason: 'x', by: 'chef' }));
    director.take([
      ...storm,
      at(5, { type: 'message-posted', channel: 'ops', from: 'Miso', text: 'hi', intent: null }),
      at(5, { type: 'chef-run-started', host: 'web-01', trigger: 'manual', by: 'player' }),
      at(5, { type: 'page-sent', pageId: 2, tier: 'web', summary: 'web down' }),
    ]);
    const cues = director.flush().map((cue) => cue.name);
    expect(cues).toEqual(['pager', 'apache-fail', 'chat-ping']);
    expect(cues.length).toBe(MAX_CUES_PER_FRAME);
    expect(director.flush()).toEqual([]);
  });

  it('gives each cat its own meow and keyboard, and leaves the bots and the player silent in chat', () => {
    const director = new CueDirector(tinyLevel());
    director.take([at(1, { type: 'responder-joined', responder: 'miso', name: 'Miso' }), at(1, { type: 'job-assigned', responder: 'biscuit', name: 'Biscuit', job: 'x', by: 'player' })]);
    expect(
      director
        .flush()
        .map((cue) => cue.name)
        .sort(),
    ).toEqual(['keys-cream', 'meow-ginger-tabby']);
    director.take([
      at(2, { type: 'message-posted', channel: 'ops', from: 'chef-bot', text: 'failed', intent: null }),
      at(2, { type: 'message-posted', channel: 'ops', from: 'player', text: 'hi', intent: null }),
    ]);
    expect(director.flush()).toEqual([]);
  });

  it('sounds a stinger when customers start to hurt and when the site is healthy again', () => {
    const director = new CueDirector(tinyLevel());
    director.take([at(1, { type: 'customers-affected' })]);
    expect(director.flush()[0]!.name).toBe('failure');
    director.take([at(2, { type: 'incident-resolved' })]);
    expect(director.flush()[0]!.name).toBe('success');
  });

  it('sets a tense mood while the dashboards show customers hurting and a calm one otherwise, and hears whoever is typing', () => {
    const world = new World(tinyLevel());
    expect(moodFor(world.config, viewOf(world))).toBe('calm');
    world.runUntilEvent('customers-affected');
    world.run(5);
    expect(viewOf(world).dashboards.visible).toBe(true);
    expect(moodFor(world.config, viewOf(world))).toBe('tense');
    expect(mashingCues(world.config, viewOf(world).team)).toEqual([]);
    world.give({ type: 'ask-for-help', responder: 'miso' });
    world.runUntilEvent('responder-caught-up');
    world.give({ type: 'assign-job', responder: 'miso', job: { type: 'view-site' } });
    expect(mashingCues(world.config, viewOf(world).team).map((cue) => cue.name)).toEqual(['keys-ginger-tabby']);
  });

  it('blind, takes its mood from the pager and the last visit to the site, not from the truth', () => {
    const world = new World(tinyLevel());
    world.runUntilState((state) => !state.toolsUp.dashboards);
    const blind = viewOf(world);
    expect(blind.site.status).toBe('unknown');
    expect(moodFor(world.config, blind)).toBe('tense');
    const quiet = { ...blind, pager: { open: 0, pages: [] } };
    expect(moodFor(world.config, { ...quiet, site: { ...quiet.site, lastVisit: { loaded: true, latencyMs: 150, atTick: blind.tick } } })).toBe('calm');
    expect(moodFor(world.config, { ...quiet, site: { ...quiet.site, lastVisit: { loaded: false, latencyMs: 30_000, atTick: blind.tick } } })).toBe('tense');
  });

  it('blind, makes no sound for the site turning bad or healthy: the screens cannot show it', () => {
    const director = new CueDirector(tinyLevel());
    director.take([at(1, { type: 'customers-affected' }), at(1, { type: 'incident-resolved' })], false);
    expect(director.flush()).toEqual([]);
  });
});

describe('the sound files', () => {
  it('hold every cue the game can ask for, and nothing else', () => {
    const sprite = JSON.parse(readFileSync(repoPath('assets/audio/effects.sprite.json'), 'utf8')) as Record<string, [number, number]>;
    expect(Object.keys(sprite).sort()).toEqual([...ALL_CUES].sort());
    for (const [startMs, lengthMs] of Object.values(sprite)) expect(startMs >= 0 && lengthMs > 0).toBe(true);
  });
});
