// Talk mode: the story's historical run on the incident screen, moved on by the presenter a beat at a
// time. The beats come from the simulation as it plays; the same tick can reach two; "back one beat"
// replays the run to the tick that reached the beat before, and lands on the same beats.

import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/level-catalog';
import type { Level } from '../../src/levels/level';
import { LiveSession } from '../../src/session/live-session';
import type { SimEvent } from '../../src/sim/events';
import { TalkBeats } from '../../src/talk/talk-beats';
import { loadTalkRun, talkLevelId, type TalkRun } from '../../src/talk/talk-run';

const { levels } = loadCatalog();

async function storyRun(asked: string | null = null): Promise<{ run: TalkRun; level: Level; notice: string | null }> {
  const loaded = await loadTalkRun(levels, asked, 1);
  if (!loaded.ok) throw new Error(loaded.problem);
  return { run: loaded.run, level: levels.find((level) => level.meta.id === loaded.run.levelId)!, notice: loaded.notice };
}

/** Plays the run tick by tick as the incident screen would, feeding the beats; stops after `until` ticks or at the end. */
function play(run: TalkRun, level: Level, beats: TalkBeats, until = Infinity): LiveSession {
  const session = new LiveSession(level, run.seed, run.commands);
  session.onEvents((events: readonly SimEvent[]) => void beats.take(events, session.state.tick));
  while (!session.state.incident.outcome && session.state.tick < until) session.tick();
  return session;
}

describe('talk mode’s story', () => {
  it('is the conference cut’s historical run, unless the page names a level that has one', async () => {
    expect((await storyRun()).run.levelId).toBe('conference-cut');
    expect((await storyRun('apache-snafu')).run.levelId).toBe('apache-snafu');
    const fallback = await storyRun('chat-down');
    expect(fallback.run.levelId).toBe('conference-cut');
    expect(fallback.notice).toContain('"chat-down" has no historical replay');
    expect(talkLevelId(['chat-down'], [], null)).toBeNull();
  });

  it('reaches every beat of the true story in order, from the simulation itself', async () => {
    const { run, level } = await storyRun();
    const beats = new TalkBeats();
    const session = play(run, level, beats);
    expect(session.state.incident.outcome).not.toBeNull();
    const order: string[] = [];
    for (let shown = beats.showNext(); shown; shown = beats.showNext()) order.push(shown.beat);
    // As on the day: the pin, the break, the php7 hosts, the page, a second Chef run, the graphs dark, resolved.
    expect(order).toEqual(['pin', 'breaking', 'php7', 'paged', 'second-run', 'graphs-dark', 'resolved']);
    expect(new Set(order).size).toBe(order.length);
  });
});

describe('the presenter’s keys', () => {
  it('stop the run at each beat it reaches, and show two beats of one tick one press at a time', () => {
    const beats = new TalkBeats();
    expect(beats.current).toBeNull();
    expect(beats.showNext()).toBeNull();
    const pin: SimEvent = { tick: 3, type: 'pin-changed', version: '2.4.25', hosts: null, by: 'robin' };
    const broke: SimEvent = { tick: 40, type: 'apache-failed-to-start', host: 'web001', reason: 'no config', by: 'chef' };
    const paged: SimEvent = { tick: 40, type: 'page-sent', alert: 'web', to: 'player' } as unknown as SimEvent;
    expect(beats.take([pin], 4)).toBe(true);
    expect(beats.showNext()).toEqual({ beat: 'pin', tick: 4 });
    expect(beats.take([pin], 5)).toBe(false);
    expect(beats.take([broke, paged], 41)).toBe(true);
    expect(beats.showNext()?.beat).toBe('breaking');
    expect(beats.waiting).toBe(true);
    expect(beats.showNext()?.beat).toBe('paged');
    expect(beats.number).toBe(3);
    expect(beats.previous).toEqual({ beat: 'breaking', tick: 41 });
  });

  it('go back one beat by replaying the run to the tick that reached it, landing on the same beats', async () => {
    const { run, level } = await storyRun();
    const ahead = new TalkBeats();
    play(run, level, ahead);
    for (let i = 0; i < 4; i++) ahead.showNext();
    const previous = ahead.previous!;
    // Replayed from the start to that tick, the run has reached exactly the beats up to it.
    const back = new TalkBeats();
    const session = play(run, level, back, previous.tick);
    expect(session.state.tick).toBe(previous.tick);
    back.markShown(ahead.number - 1);
    expect(back.current).toEqual(previous);
    expect(back.number).toBe(3);
  });
});
