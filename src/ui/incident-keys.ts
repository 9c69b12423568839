// The incident screen's actions, listed once as data: the key, what it does, its short label on the action
// bar, whether it answers while a recorded run is watched again, and what it runs. The key bindings, the
// action bar, the help overlay, the briefing's list and the watch-mode rule all read this one table, so a
// key cannot be added in one place and forgotten in another.

import type { Command } from '../sim/commands';
import * as actions from './incident-actions';
import type { LiveControls } from './live-controls';
import { soonestIntent, stopChoices } from './stop-choices';
import { teamMenu } from './team-actions';
import { escapeHtml } from './ui-layer';

/** The hand-over key: the top bar names it when the site is whole. */
export const HAND_OVER_KEY = 'H';

/** What an action can reach on the incident screen; the scene provides it. */
export interface IncidentControls {
  /** The menus' context: what the player can know, the chooser, and how a chosen command is sent. */
  actions: actions.ActionContext;
  submit: (command: Command, typed: string) => void;
  toggleAlertNoise: () => void;
  toggleChatBots: () => void;
  toggleMute: () => void;
  focusTerminal: () => void;
  togglePause: () => void;
  changeSpeed: (step: 1 | -1) => void;
  toggleMenu: (which: 'pause' | 'help') => void;
  /** The facilitator's live controls, when the page asked for them (`?facilitator=1`). */
  live: LiveControls | null;
}

export interface IncidentKey {
  /** As shown to the player: `1`, `K`, `+ / -`, `Esc`. */
  key: string;
  /** The KeyboardEvent.key values that trigger it (letters match either case). */
  presses: readonly string[];
  does: string;
  /** Its label on the action bar; actions without one live on their panels or in the help. */
  short?: string;
  /** Whether it answers while a recorded run is watched again (the run itself is already written). */
  whileWatching: boolean;
  /** `pressed` tells apart the keys of one entry (`+` from `-`). */
  run: (controls: IncidentControls, pressed: string) => void;
}

export const INCIDENT_KEYS: readonly IncidentKey[] = [
  { key: '1', presses: ['1'], short: 'Chef switch', whileWatching: false, does: 'Chef on/off: stop or start chef-client (the kill switch)', run: (c) => void actions.chefSwitch(c.actions) },
  { key: '2', presses: ['2'], short: 'Run Chef', whileWatching: false, does: 'Run Chef on hosts (a dsh fan-out)', run: (c) => void actions.runChef(c.actions) },
  { key: '3', presses: ['3'], short: 'Look', whileWatching: false, does: 'Look at a host out of band (ssh)', run: (c) => void actions.lookAtHost(c.actions) },
  { key: '4', presses: ['4'], short: 'Site', whileWatching: false, does: 'Visit the site as a customer', run: (c) => c.submit({ type: 'view-site' }, 'curl https://www.shop/') },
  { key: '5', presses: ['5'], short: 'LB', whileWatching: false, does: "Read the load balancer's own stats", run: (c) => c.submit({ type: 'read-lb-stats' }, 'lb stats') },
  { key: '6', presses: ['6'], short: 'Shed load', whileWatching: false, does: 'Shed load: switch a feature off or on', run: (c) => void actions.shedLoad(c.actions) },
  { key: '7', presses: ['7'], short: 'Cookbook', whileWatching: false, does: 'Cookbook: mirror, fix forward, staging, canary', run: (c) => void actions.cookbook(c.actions) },
  { key: '8', presses: ['8'], short: 'Status', whileWatching: false, does: 'Update the external status page', run: (c) => void actions.statusPage(c.actions) },
  { key: '9', presses: ['9'], short: 'Post', whileWatching: false, does: 'Post in the team channel', run: (c) => void actions.postMessage(c.actions) },
  { key: 'K', presses: ['k'], short: 'Ack', whileWatching: false, does: 'Acknowledge pages', run: (c) => c.submit({ type: 'ack-page' }, 'ack') },
  { key: 'C', presses: ['c'], short: 'Team', whileWatching: false, does: 'Your team: ask for help, give one a clear job', run: (c) => void teamMenu(c.actions) },
  { key: 'R', presses: ['r'], whileWatching: false, does: 'Review the change you were asked to look at: hold it, try it, or let it go', run: (c) => void actions.reviewChange(c.actions) },
  { key: 'N', presses: ['n'], whileWatching: false, does: 'Say no to what a cat is about to do on their own', run: (c) => sayNo(c) },
  { key: 'X', presses: ['x'], whileWatching: false, does: "Stop a cat's job or a fan-out (yours: Ctrl-C in the terminal)", run: (c) => void stopMenu(c) },
  { key: HAND_OVER_KEY, presses: ['h'], short: 'Hand over', whileWatching: false, does: 'Hand over the shift, once the site is whole', run: (c) => void actions.handOver(c.actions) },
  { key: 'F', presses: ['f'], whileWatching: true, does: 'Filter the dev-VM noise out of the alerts', run: (c) => c.toggleAlertNoise() },
  { key: 'B', presses: ['b'], whileWatching: true, does: "Hide the Chef bot's lines in chat", run: (c) => c.toggleChatBots() },
  { key: 'T', presses: ['t'], whileWatching: false, does: 'Type in the terminal (try: help)', run: (c) => c.focusTerminal() },
  { key: 'M', presses: ['m'], whileWatching: true, does: 'Sound off or on', run: (c) => c.toggleMute() },
  { key: 'P', presses: ['p'], whileWatching: true, does: 'Pause or resume the clock', run: (c) => c.togglePause() },
  { key: '+ / -', presses: ['+', '=', '-'], whileWatching: true, does: 'Faster or slower', run: (c, pressed) => c.changeSpeed(pressed === '-' ? -1 : 1) },
  { key: '?', presses: ['?'], whileWatching: true, does: 'Help: every key', run: (c) => c.toggleMenu('help') },
  { key: 'Esc', presses: ['Escape'], whileWatching: true, does: 'Pause menu', run: (c) => c.toggleMenu('pause') },
];

/** The facilitator's keys, bound only with live controls on; the help lists them then. */
export const FACILITATOR_KEYS: readonly IncidentKey[] = [
  { key: 'D', presses: ['d'], whileWatching: true, does: 'Facilitator: pause for discussion, with a question for the room', run: (c) => c.live?.toggleDiscussion() },
  { key: 'G', presses: ['g'], whileWatching: true, does: 'Facilitator: show or hide hints', run: (c) => c.live?.toggleHints() },
  { key: 'I', presses: ['i'], whileWatching: false, does: 'Facilitator: inject an event the level allows', run: (c) => void c.live?.inject() },
];

/** What a key does while the room is paused for discussion (the facilitator's D card, a modal dialog). */
export type DuringDiscussion = 'run' | 'close' | 'ignore';

/** The card's own keys: D ends it, G shows or hides the hint on it, M is sound; Esc closes it as it closes every overlay. The rest wait behind it. */
const DISCUSSION_KEYS = new Set(['D', 'G', 'M']);

export function duringDiscussion(action: IncidentKey): DuringDiscussion {
  if (action.key === 'Esc') return 'close';
  return DISCUSSION_KEYS.has(action.key) ? 'run' : 'ignore';
}

/** N: no to the plan that starts soonest (the card over the traffic picture shows it). */
function sayNo(controls: IncidentControls): void {
  const plan = soonestIntent(controls.actions.view(), controls.actions.level.sim.responders);
  if (!plan) return controls.actions.note('No cat is about to do anything on their own.');
  controls.submit({ type: 'refuse-intent', responder: plan.responder.id }, `no ${plan.responder.name}`);
}

/** X: a numbered list of what can be stopped now. */
async function stopMenu(controls: IncidentControls): Promise<void> {
  const choices = stopChoices(controls.actions.view(), controls.actions.level.sim.responders);
  if (choices.length === 0) return controls.actions.note('Nothing is running that can be stopped: no cat has a job under way, and no fan-out has hosts left to reach.');
  const chosen = await controls.actions.chooser.ask('Stop what?', choices.slice(0, 9));
  if (chosen) controls.submit(chosen.command, chosen.typed);
}

/** The bindings for the screen's keys: every press of every entry, handed to `press` with the key pressed. */
export function incidentBindings(press: (action: IncidentKey, pressed: string) => void, facilitator = false): Record<string, () => void> {
  const bindings: Record<string, () => void> = {};
  for (const action of screenKeys(facilitator)) for (const pressed of action.presses) bindings[pressed] = () => press(action, pressed);
  return bindings;
}

/** The keys as a list, for the briefing and the help overlay (with the facilitator's, when they are on). */
export function incidentKeyListHtml(className?: string, facilitator = false): string {
  return `<ul${className ? ` class="${className}"` : ''}>${screenKeys(facilitator)
    .map((action) => `<li><kbd>${escapeHtml(action.key)}</kbd> ${escapeHtml(action.does)}</li>`)
    .join('')}</ul>`;
}

function screenKeys(facilitator: boolean): readonly IncidentKey[] {
  return facilitator ? [...INCIDENT_KEYS, ...FACILITATOR_KEYS] : INCIDENT_KEYS;
}
