// The key moments come from what the run did, read from its events: a switch that covered nothing, a
// "canary" that changed nothing and a look at the php7 boxes are no moments; the real ones land where the
// events say, with whether the player was graph-blind just then.

import { describe, expect, it, vi } from 'vitest';
import { readRunFile, type LoadedRun } from '../../src/facilitator/run-file';
import { momentsOf } from '../../src/facilitator/moments-of';
import { graphBlindAt } from '../../src/facilitator/graph-blind';
import type { TimedCommand } from '../../src/replay/play-run';
import type { Command } from '../../src/sim/commands';
import { buildContext, commandsExportText, referenceExportText } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

const context = buildContext();

function load(name: string, text: string): LoadedRun {
  const result = readRunFile(`${name}.json`, text, context);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.run;
}

function run(key: string, commands: Array<[number, Command]>): LoadedRun {
  const timed: TimedCommand[] = commands.map(([atTick, command]) => ({ atTick, command }));
  return load(key, commandsExportText(key, timed));
}

describe('gestures are no moments', () => {
  it('a "canary" on a host whose Chef fails harmlessly changed nothing: no canary, and the php7 box was not touched', () => {
    const moments = momentsOf(run('gesture-canary', [[60, { type: 'run-chef', hosts: ['web-php7-01'] }]])).moments;
    expect(moments.canary).toBeNull();
    expect(moments.php7).toBeNull();
  });

  it('one host tried, but the fan-out did not wait for it: no canary', () => {
    const moments = momentsOf(
      run('hasty-canary', [
        [420, { type: 'run-chef', hosts: ['web-017'] }],
        [421, { type: 'run-chef', hosts: ['@web', '-@php7'], concurrency: 25 }],
      ]),
    ).moments;
    expect(moments.canary).toBeNull();
  });

  it('stopping chef-client only where the change cannot reach is no kill switch', () => {
    const moments = momentsOf(run('gesture-switch', [[30, { type: 'stop-chef', hosts: ['@php7'] }]])).moments;
    expect(moments['kill-switch']).toBeNull();
  });

  it('a look at a php7 box over ssh is no touch', () => {
    const moments = momentsOf(run('gesture-look', [[60, { type: 'check-host', host: 'web-php7-01', method: 'ssh' }]])).moments;
    expect(moments.php7).toBeNull();
  });

  it('doing nothing has no moment but the one Chef brought about on its own', () => {
    const { moments } = momentsOf(load('nothing', referenceExportText('nothing', null)));
    expect([moments['kill-switch'], moments.canary, moments['status-page'], moments.help, moments.php7]).toEqual([null, null, null, null, null]);
  });
});

describe('the moments of real runs', () => {
  it('the skilled run: a switch, a canary of one host, help, the status page, resolved; php7 left alone', () => {
    const loaded = load('skilled', referenceExportText('skilled'));
    const { moments, php7BeforeHealthy } = momentsOf(loaded);
    const stop = loaded.events.find((event) => event.type === 'chef-daemon-stopped')!;
    expect(moments['kill-switch']!.tick).toBe(stop.tick);
    const canary = loaded.events.find((event) => event.type === 'task-started' && event.action === 'run-chef')!;
    expect(canary).toMatchObject({ hostCount: 1, hosts: ['web-017'] });
    expect(moments.canary!.tick).toBe(canary.tick);
    expect(moments['status-page']!.tick).toBe(loaded.events.find((event) => event.type === 'status-page-updated')!.tick);
    expect(moments.help!.tick).toBe(loaded.events.find((event) => event.type === 'responder-called')!.tick);
    expect(moments.resolved!.tick).toBe(loaded.state.incident.resolvedAtTick);
    expect(moments.php7).toBeNull();
    expect(php7BeforeHealthy).toBe(false);
  });

  it('the historical run: no switch and no help asked, one host tried before the fan-out', () => {
    const { moments } = momentsOf(load('historical', referenceExportText('historical')));
    expect(moments['kill-switch']).toBeNull();
    expect(moments.help).toBeNull();
    expect(moments.canary!.tick).toBeGreaterThanOrEqual(420);
    expect(moments.canary!.tick).toBeLessThan(600);
  });

  it('mending Chef on the php7 boxes early touches them before the rest is healthy, blind or not as the monitoring was', () => {
    const loaded = run('php7-early', [[200, { type: 'repair-chef', hosts: ['@php7'] }]]);
    const { moments, php7BeforeHealthy } = momentsOf(loaded);
    expect(moments.php7).not.toBeNull();
    expect(php7BeforeHealthy).toBe(true);
    const repaired = loaded.events.find((event) => event.type === 'chef-repaired' && event.host.startsWith('web-php7'))!;
    expect(moments.php7!.tick).toBeLessThanOrEqual(repaired.tick);
    const down = loaded.events.find((event) => event.type === 'tool-went-down' && event.service === 'host-status');
    const back = loaded.events.find((event) => event.type === 'tool-came-back' && event.service === 'host-status');
    const blind = down !== undefined && down.tick < moments.php7!.tick && (back === undefined || back.tick >= moments.php7!.tick);
    expect(moments.php7!.graphBlind).toBe(blind);
  });
});

describe('graph-blind', () => {
  it('is the monitoring down just before the moment, not at it', () => {
    const blind = graphBlindAt([
      { type: 'tool-went-down', service: 'host-status', tick: 100 },
      { type: 'tool-went-down', service: 'deploys', tick: 150 },
      { type: 'tool-came-back', service: 'host-status', tick: 300 },
    ]);
    expect([blind(100), blind(101), blind(300), blind(301)]).toEqual([false, true, true, false]);
  });
});
