// The guide's progress is read from the run's events: a step is done when what it asks for happened (by
// the player unless it says otherwise, as often as it says), a canary only when one host ran Chef alone
// and well before any wider run, and the card shows the first step still open. And a guide a trainer got
// wrong is refused with the step, the field and what to write instead.

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   the schema tests break the tutorial's JSON on purpose, untyped by design. */

import { describe, expect, it } from 'vitest';
import type { LevelGuide } from '../../src/levels/guide-schema';
import { parseLevel } from '../../src/levels/parse-level';
import { guideProgress } from '../../src/session/guide-progress';
import type { SimEvent, SimEventBody } from '../../src/sim/events';
import { levelJson } from '../support/level-variants';

let tick = 0;
/** Events in time order, a game second apart unless `at` says otherwise. */
function ev(body: SimEventBody, at = ++tick): SimEvent {
  tick = at;
  return { ...body, tick: at };
}

const stopped = (host: string, by = 'player'): SimEvent => ev({ type: 'chef-daemon-stopped', host, by });

function guide(...steps: Array<Pick<LevelGuide['steps'][number], 'doneWhen'> & { id?: string }>): LevelGuide {
  return { steps: steps.map((step, index) => ({ id: step.id ?? `step-${index + 1}`, title: `Step ${index + 1}`, text: 'Press something.', doneWhen: step.doneWhen })) };
}

describe('an event condition', () => {
  it('is done by the player’s event, not a cat’s or Chef’s, unless it says anyone', () => {
    const mine = guide({ doneWhen: [{ event: 'chef-daemon-stopped' }] });
    const anyone = guide({ doneWhen: [{ event: 'chef-daemon-stopped', by: 'anyone' }] });
    const events = [stopped('web-01', 'Miso')];
    expect(guideProgress(mine, events).steps[0]!.status).toBe('open');
    expect(guideProgress(anyone, events).steps[0]).toMatchObject({ status: 'done', atTick: events[0]!.tick });
    expect(guideProgress(mine, [...events, stopped('web-02')]).steps[0]!.status).toBe('done');
  });

  it('reads a post’s author from `from`, and needs no author for an event that names none', () => {
    const post = guide({ doneWhen: [{ event: 'message-posted' }] });
    expect(guideProgress(post, [ev({ type: 'message-posted', channel: 'ops', from: 'Robin', text: 'hi', intent: null })]).steps[0]!.status).toBe('open');
    expect(guideProgress(post, [ev({ type: 'message-posted', channel: 'ops', from: 'player', text: 'hi', intent: 'update' })]).steps[0]!.status).toBe('done');
    expect(guideProgress(guide({ doneWhen: [{ event: 'incident-resolved' }] }), [ev({ type: 'incident-resolved' })]).steps[0]!.status).toBe('done');
  });

  it('needs every field filter: a value, any of a list, a range, or one of a list field’s items', () => {
    const started = ev({ type: 'task-started', taskId: 4, action: 'run-chef', hostCount: 11, hosts: ['web-01', 'web-02'], concurrency: 10, by: 'player' });
    const done = (where: NonNullable<LevelGuide['steps'][number]['doneWhen'][number]['where']>): string =>
      guideProgress(guide({ doneWhen: [{ event: 'task-started', where }] }), [started]).steps[0]!.status;
    expect(done({ action: 'run-chef' })).toBe('done');
    expect(done({ action: 'stop-chef' })).toBe('open');
    expect(done({ action: ['stop-chef', 'run-chef'] })).toBe('done');
    expect(done({ hostCount: { atLeast: 2 } })).toBe('done');
    expect(done({ hostCount: { atMost: 1 } })).toBe('open');
    expect(done({ hosts: 'web-02' })).toBe('done');
    expect(done({ hosts: 'web-03' })).toBe('open');
    expect(done({ action: 'run-chef', concurrency: 25 })).toBe('open');
  });

  it('counts `times` matching events, and is done at the last one needed', () => {
    const step = guide({ doneWhen: [{ event: 'chef-daemon-stopped', times: 3 }] });
    const events = [stopped('web-01'), stopped('web-02'), stopped('web-03', 'Miso'), stopped('web-04'), stopped('web-05')];
    expect(guideProgress(step, events.slice(0, 3)).steps[0]!.status).toBe('open');
    expect(guideProgress(step, events).steps[0]).toMatchObject({ status: 'done', atTick: events[3]!.tick });
  });
});

describe('a step with several conditions, and the guide as a whole', () => {
  const wrapUp = guide(
    { id: 'switch', doneWhen: [{ event: 'chef-daemon-stopped' }] },
    {
      id: 'all-clear',
      doneWhen: [
        { event: 'status-page-updated', where: { status: 'operational' } },
        { event: 'message-posted', where: { intent: 'all-clear' } },
      ],
    },
  );

  it('is done only when all of them have happened, in any order, at the last of them', () => {
    const clear = ev({ type: 'message-posted', channel: 'ops', from: 'player', text: 'All clear', intent: 'all-clear' });
    const operational = ev({ type: 'status-page-updated', status: 'operational', text: 'Fixed', intent: 'update', by: 'player' });
    expect(guideProgress(wrapUp, [clear]).steps[1]!.status).toBe('open');
    expect(guideProgress(wrapUp, [clear, operational]).steps[1]).toMatchObject({ status: 'done', atTick: operational.tick });
  });

  it('shows the first open step next, even when a later one was done first, and is finished when none is open', () => {
    const clear = ev({ type: 'message-posted', channel: 'ops', from: 'player', text: 'All clear', intent: 'all-clear' });
    const operational = ev({ type: 'status-page-updated', status: 'operational', text: 'Fixed', intent: 'update', by: 'player' });
    expect(guideProgress(wrapUp, [])).toMatchObject({ next: 0, done: 0, finished: false });
    expect(guideProgress(wrapUp, [clear, operational])).toMatchObject({ next: 0, done: 1, finished: false });
    expect(guideProgress(wrapUp, [clear, operational, stopped('web-01')])).toMatchObject({ next: null, done: 2, finished: true });
  });
});

describe('the canary effect', () => {
  const canary = guide({ doneWhen: [{ effect: 'canary' }] });
  const task = (taskId: number, hosts: string[], by = 'player'): SimEvent => ev({ type: 'task-started', taskId, action: 'run-chef', hostCount: hosts.length, hosts, concurrency: 10, by });
  const runStarted = (host: string, taskId: number | null, trigger: 'manual' | 'schedule' = 'manual', by = 'player'): SimEvent => ev({ type: 'chef-run-started', host, trigger, by, taskId });
  const runFinished = (host: string, result: 'ok' | 'failed' = 'ok'): SimEvent =>
    ev({ type: 'chef-run-finished', host, result, reason: result === 'ok' ? null : 'service[httpd] failed to restart' });
  const status = (events: SimEvent[]) => guideProgress(canary, events).steps[0]!;

  it('is done when the player’s one-host Chef run finished well there, before any wider run', () => {
    const events = [task(7, ['web-03']), runStarted('web-03', 7), runFinished('web-03')];
    expect(status(events)).toMatchObject({ status: 'done', atTick: events[2]!.tick });
    expect(status([...events, task(9, ['web-01', 'web-02'])]).status).toBe('done');
  });

  it('is not done by a run that has not finished, a failed run, a scheduled run, or a cat’s run', () => {
    expect(status([task(7, ['web-03']), runStarted('web-03', 7)]).status).toBe('open');
    expect(status([task(7, ['web-03']), runStarted('web-03', 7), runFinished('web-03', 'failed')]).status).toBe('open');
    expect(status([task(7, ['web-03']), runStarted('web-03', null, 'schedule', 'chef'), runFinished('web-03')]).status).toBe('open');
    expect(status([task(7, ['web-03'], 'Miso'), runStarted('web-03', 7, 'manual', 'Miso'), runFinished('web-03')]).status).toBe('open');
  });

  it('is still open after a failed lone run, and done by the next lone run that works', () => {
    const events = [task(7, ['web-03']), runStarted('web-03', 7), runFinished('web-03', 'failed'), task(8, ['web-03']), runStarted('web-03', 8), runFinished('web-03')];
    expect(status(events).status).toBe('done');
  });

  it('is missed when a wider run of the player’s started first, or before the lone one finished', () => {
    expect(status([task(7, ['web-01', 'web-02']), task(8, ['web-03']), runStarted('web-03', 8), runFinished('web-03')]).status).toBe('missed');
    const overlapping = [task(7, ['web-03']), runStarted('web-03', 7), task(8, ['web-01', 'web-02']), runFinished('web-03')];
    expect(status(overlapping)).toMatchObject({ status: 'missed', atTick: overlapping[2]!.tick });
  });

  it('lets the guide move past a missed step', () => {
    const progress = guideProgress(guide({ doneWhen: [{ effect: 'canary' }] }, { doneWhen: [{ event: 'page-acked' }] }), [task(7, ['web-01', 'web-02'])]);
    expect(progress).toMatchObject({ next: 1, done: 0, finished: false });
  });
});

describe('a guide a trainer got wrong', () => {
  const FILE = 'levels/a-quiet-shift.json';
  const messages = (change: (guide: Record<string, any>) => void): string[] => {
    const json = levelJson('a-quiet-shift');
    change(json.guide as Record<string, any>);
    const parsed = parseLevel(json, FILE);
    if (parsed.ok) throw new Error('expected the level to be refused');
    return parsed.problems.map((problem) => `${problem.path}: ${problem.message}`);
  };

  it('the shipped tutorial’s guide is not one', () => {
    const parsed = parseLevel(levelJson('a-quiet-shift'), FILE);
    expect(parsed.ok).toBe(true);
  });

  it('names an unknown event, a misspelt field, a field the event lacks and an author the event cannot name', () => {
    expect(
      messages((guide) => {
        guide.steps[0].doneWhen[0].event = 'host-check';
        guide.steps[1].doneWhen[0].wehre = { host: 'web-01' };
        guide.steps[2].doneWhen[0].where = { hots: 'web-01' };
        guide.steps[3].doneWhen = [{ event: 'incident-resolved', by: 'player' }];
      }),
    ).toEqual([
      expect.stringMatching(/^\$\.guide\.steps\[0\]\.doneWhen\[0\]\.event: expected one of .*"host-checked"/),
      '$.guide.steps[1].doneWhen[0].wehre: unknown field "wehre" (did you mean "where"?)',
      '$.guide.steps[2].doneWhen[0].where.hots: event "page-acked" has no field "hots" (the fields of "page-acked" are by)',
      `$.guide.steps[3].doneWhen[0].by: event "incident-resolved" does not say who acted, so it cannot be "by": "player": use "anyone", or wait for an event of the player's (a task-started, say)`,
    ]);
  });

  it('wants an event or an effect, not both, and no filters on an effect', () => {
    expect(messages((guide) => (guide.steps[0].doneWhen = [{}]))).toEqual([
      '$.guide.steps[0].doneWhen[0]: expected either "event" (an event type to wait for) or "effect" (one of "canary"), not both and not neither',
    ]);
    expect(messages((guide) => (guide.steps[0].doneWhen = [{ effect: 'canary', times: 2 }]))).toEqual([
      '$.guide.steps[0].doneWhen[0].times: "times" goes with "event", not with "effect" (an effect says itself who acts and how often)',
    ]);
  });

  it('wants each step’s own id, some conditions, and a count of at least one', () => {
    expect(
      messages((guide) => {
        guide.steps[1].id = guide.steps[0].id;
        guide.steps[2].doneWhen = [];
        guide.steps[3].doneWhen[0].times = 0;
      }),
    ).toEqual([
      '$.guide.steps[2].doneWhen: expected a list of conditions, all needed for the step to be done (at least 1), got an empty list',
      '$.guide.steps[3].doneWhen[0].times: expected a whole number from 1 to 10000, got 0',
      '$.guide.steps[1].id: the step id "look" is used by an earlier step: give each step its own id',
    ]);
  });
});
