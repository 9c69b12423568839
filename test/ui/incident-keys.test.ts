// The incident screen's keys are one table: every key the player can press is bound, listed in the help
// and the briefing, on the action bar when it sends something into the world, and refused while a
// recorded run is watched again unless it only changes the clock or the view.

import { describe, expect, it } from 'vitest';
import { KnownWorld } from '../../src/session/known-world';
import { playerView } from '../../src/session/player-view';
import { createState } from '../../src/sim/create-state';
import type { Chooser } from '../../src/ui/chooser';
import { duringDiscussion, FACILITATOR_KEYS, HAND_OVER_KEY, INCIDENT_KEYS, incidentBindings, incidentKeyListHtml, type IncidentControls } from '../../src/ui/incident-keys';
import type { LiveControls } from '../../src/ui/live-controls';
import { bundledLevel } from '../support/level-files';

const level = bundledLevel();
const view = playerView(level.sim, createState(level.sim, 1), new KnownWorld());

/** Controls that write down what each key asked for; a menu's question is written down and cancelled. */
function recordingControls(): { controls: IncidentControls; calls: string[] } {
  const calls: string[] = [];
  const chooser = {
    ask: (question: string) => {
      calls.push(`menu:${question}`);
      return Promise.resolve(null);
    },
  } as unknown as Chooser;
  const controls: IncidentControls = {
    actions: {
      level,
      view: () => view,
      selectedHost: () => null,
      chooser,
      submit: (command, typed) => calls.push(`submit:${command.type}:${typed}`),
      note: (text) => calls.push(`note:${text}`),
    },
    submit: (command, typed) => calls.push(`submit:${command.type}:${typed}`),
    toggleAlertNoise: () => calls.push('noise'),
    toggleChatBots: () => calls.push('bots'),
    toggleMute: () => calls.push('mute'),
    focusTerminal: () => calls.push('terminal'),
    togglePause: () => calls.push('pause'),
    changeSpeed: (step) => calls.push(`speed:${step}`),
    toggleMenu: (which) => calls.push(`overlay:${which}`),
    live: {
      toggleDiscussion: () => calls.push('live:discuss'),
      toggleHints: () => calls.push('live:hints'),
      inject: () => Promise.resolve(void calls.push('live:inject')),
    } as unknown as LiveControls,
  };
  return { controls, calls };
}

function pressed(key: string, facilitator = false): string[] {
  const { controls, calls } = recordingControls();
  let ran = false;
  const bindings = incidentBindings((action, press) => {
    ran = true;
    action.run(controls, press);
  }, facilitator);
  bindings[key]?.();
  return ran ? calls : ['unbound'];
}

describe('the incident keys', () => {
  it('binds every key each entry names, and no key twice', () => {
    const presses = INCIDENT_KEYS.flatMap((action) => action.presses);
    expect(new Set(presses.map((press) => press.toLowerCase())).size).toBe(presses.length);
    expect(Object.keys(incidentBindings(() => {})).sort()).toEqual([...presses].sort());
  });

  it('sends the quick looks and the acknowledgement straight into the world, as the terminal line that would type them', () => {
    expect(pressed('4')).toEqual(['submit:view-site:curl https://www.shop/']);
    expect(pressed('5')).toEqual(['submit:read-lb-stats:lb stats']);
    expect(pressed('k')).toEqual(['submit:ack-page:ack']);
  });

  it('opens a menu for every action that needs a choice', () => {
    expect(pressed('1')).toEqual(['menu:chef-client: the kill switch']);
    expect(pressed('2')).toEqual(['menu:Run Chef on which hosts?']);
    expect(pressed('3')).toEqual(['menu:Look at which host? (or click a tile first)']);
    expect(pressed('6')).toEqual(['menu:Switch which feature?']);
    expect(pressed('7')).toEqual(['menu:Cookbook and packages']);
    expect(pressed('8')).toEqual(['menu:Post to the external status page']);
    expect(pressed('9')).toEqual(['menu:Post in #ops']);
    expect(pressed('c')).toEqual(['menu:Your team']);
    // At the start the graphs show a site that has not been whole for long: asked once before ending.
    expect(pressed('h')[0]).toMatch(/^menu:Hand over/);
  });

  it('changes the view and the clock with the screen keys: filter, bots, mute, terminal, pause, speed, help, pause menu', () => {
    expect(pressed('f')).toEqual(['noise']);
    expect(pressed('b')).toEqual(['bots']);
    expect(pressed('m')).toEqual(['mute']);
    expect(pressed('t')).toEqual(['terminal']);
    expect(pressed('p')).toEqual(['pause']);
    expect(pressed('+')).toEqual(['speed:1']);
    expect(pressed('=')).toEqual(['speed:1']);
    expect(pressed('-')).toEqual(['speed:-1']);
    expect(pressed('?')).toEqual(['overlay:help']);
    expect(pressed('Escape')).toEqual(['overlay:pause']);
    expect(pressed('z')).toEqual(['unbound']);
  });

  it('says no with N and stops with X, and says so when there is nothing to answer or stop', () => {
    expect(pressed('n')).toEqual(['note:No cat is about to do anything on their own.']);
    expect(pressed('x')).toEqual(['note:Nothing is running that can be stopped: no cat has a job under way, and no fan-out has hosts left to reach.']);
  });

  it('lets only the clock and the view answer while a recorded run is watched again', () => {
    const watching = INCIDENT_KEYS.filter((action) => action.whileWatching).map((action) => action.key);
    expect(watching).toEqual(['F', 'B', 'M', 'P', '+ / -', '?', 'Esc']);
    // Nothing that sends a command into the world answers while watching.
    for (const action of INCIDENT_KEYS.filter((candidate) => candidate.whileWatching)) {
      const { controls, calls } = recordingControls();
      action.run(controls, action.presses[0]!);
      expect(
        calls.some((call) => call.startsWith('submit') || call.startsWith('menu')),
        action.key,
      ).toBe(false);
    }
  });

  it('puts every action that reaches the world on the action bar, hand-over included', () => {
    const onBar = INCIDENT_KEYS.filter((action) => action.short).map((action) => action.key);
    expect(onBar).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'K', 'C', HAND_OVER_KEY]);
    expect(INCIDENT_KEYS.filter((action) => action.short).every((action) => !action.whileWatching)).toBe(true);
  });

  it('lists every key, with what it does, for the help and the briefing', () => {
    const html = incidentKeyListHtml('key-list');
    expect(html.startsWith('<ul class="key-list">')).toBe(true);
    for (const action of INCIDENT_KEYS) expect(html).toContain(`<kbd>${action.key}</kbd>`);
    expect(html.match(/<li>/g)).toHaveLength(INCIDENT_KEYS.length);
    expect(incidentKeyListHtml().startsWith('<ul>')).toBe(true);
  });
});

describe("the facilitator's keys", () => {
  it('are bound only with live controls on: D discusses, G shows hints, I injects', () => {
    for (const key of ['d', 'g', 'i']) expect(pressed(key)).toEqual(['unbound']);
    expect(pressed('d', true)).toEqual(['live:discuss']);
    expect(pressed('g', true)).toEqual(['live:hints']);
    expect(pressed('i', true)).toEqual(['live:inject']);
  });

  it("never take a key the player's screen already uses", () => {
    const player = new Set(INCIDENT_KEYS.flatMap((action) => action.presses.map((press) => press.toLowerCase())));
    for (const action of FACILITATOR_KEYS) for (const press of action.presses) expect(player.has(press.toLowerCase()), press).toBe(false);
  });

  it('are listed in the help only when they are on', () => {
    expect(incidentKeyListHtml()).not.toContain('Facilitator');
    expect(incidentKeyListHtml(undefined, true)).toContain('<kbd>D</kbd> Facilitator: pause for discussion');
  });
});

describe('while the room is paused for discussion', () => {
  const answer = (key: string): string => duringDiscussion([...INCIDENT_KEYS, ...FACILITATOR_KEYS].find((action) => action.key === key)!);

  it("answers only the card's own keys: D ends it, G shows the hint on it, M is sound, Esc closes it like every overlay", () => {
    expect(['D', 'G', 'M'].map(answer)).toEqual(['run', 'run', 'run']);
    expect(answer('Esc')).toBe('close');
  });

  it('lets no other key act behind the card: no command, no menu, no clock, no help', () => {
    const others = [...INCIDENT_KEYS, ...FACILITATOR_KEYS].filter((action) => !['D', 'G', 'M', 'Esc'].includes(action.key));
    expect(others.map((action) => action.key)).toContain('I');
    for (const action of others) expect(duringDiscussion(action), action.key).toBe('ignore');
  });
});
