// The commands for people rather than machines: ack the pager, talk in chat, tell customers on the
// status page, and hand over at the end of the shift.

import { STATUS_PAGE_STATUSES, type StatusIntent, type StatusPageStatus } from '../sim/commands';
import { MESSAGE_INTENTS, isMessageIntent, type MessageIntent } from '../sim/message-intents';
import type { TerminalContext } from './terminal-context';
import { commandResult, errorResult, type TerminalResult } from './terminal-result';
import { closest, meant } from './terminal-suggest';

type Channel = TerminalContext['channels'][number];

// Short forms people type for the status page's states.
const STATUS_ALIASES = new Map<string, StatusPageStatus>([
  ['ok', 'operational'],
  ['partial', 'partial-outage'],
  ['major', 'major-outage'],
]);

export function parseAck(args: readonly string[]): TerminalResult {
  const [id, ...rest] = args;
  if (id === undefined || id === 'all') return commandResult({ type: 'ack-page' }, 'ack: every open page');
  const number = id.replace(/^#/, '');
  if (rest.length > 0 || !/^\d{1,9}$/.test(number)) return errorResult('ack: a page id is a number, e.g. ack 3 (or just ack for every open page)');
  return commandResult({ type: 'ack-page', pageId: Number(number) }, `ack: page #${Number(number)}`);
}

/**
 * What a post is for, as a flag before the text (`say ops --summary …`); a post without one tells the
 * channel what is happening. The intents are the same as the post menu's wordings (sim/message-intents),
 * so a typed post counts exactly like a picked one.
 */
function takeIntent(words: string[]): { intent: MessageIntent } | { problem: string } {
  if (!words[0]?.startsWith('--')) return { intent: 'tell-channel' };
  const flag = words.shift()!.slice(2).toLowerCase();
  if (isMessageIntent(flag)) return { intent: flag };
  return { problem: `say: --${flag} is not a kind of post${meant(prefixed(closest(flag, MESSAGE_INTENTS)))}; kinds: ${MESSAGE_INTENTS.map((intent) => `--${intent}`).join(' ')}` };
}

function prefixed(intent: string | null): string | null {
  return intent === null ? null : `--${intent}`;
}

export function parseSay(args: readonly string[], context: TerminalContext): TerminalResult {
  const [name, ...words] = args;
  const known = context.channels.map((channel) => `${channel.label} (${channel.id})`).join(', ');
  if (name === undefined) return errorResult(`say: which channel? e.g. say ops "Looking at it"; channels: ${known}`);
  const channel = findChannel(name, context.channels);
  if (channel === null) {
    const names = context.channels.flatMap((candidate) => [candidate.id, candidate.label]);
    return errorResult(`say: no channel named ${name}${meant(closest(name, names))}; channels: ${known}`);
  }
  const kind = takeIntent(words);
  if ('problem' in kind) return errorResult(kind.problem);
  const text = words.join(' ').trim();
  if (text === '') return errorResult(`say: say something, e.g. say ${channel.id} "Apache is down on web; looking"`);
  return commandResult({ type: 'post-message', channel: channel.id, text, intent: kind.intent }, `${channel.label}${kind.intent === 'tell-channel' ? '' : ` (${kind.intent})`}: ${text}`);
}

/** By id (`ops`), label (`#ops`), or one word of a label (`irc`, `#ops-backup`), case aside. */
function findChannel(name: string, channels: readonly Channel[]): Channel | null {
  const lower = name.toLowerCase();
  const exact = channels.find((channel) => channel.id.toLowerCase() === lower || channel.label.toLowerCase() === lower);
  if (exact) return exact;
  const byWord = channels.filter((channel) =>
    channel.label
      .toLowerCase()
      .split(/\s+/)
      .some((word) => word === lower || word.replace(/^#/, '') === lower.replace(/^#/, '')),
  );
  return byWord.length === 1 ? byWord[0]! : null;
}

export function parseStatus(args: readonly string[]): TerminalResult {
  const [typed, ...words] = args;
  const statuses = STATUS_PAGE_STATUSES.join('|');
  if (typed === undefined) return errorResult(`status: try status ${statuses} "what customers should know"`);
  const status = STATUS_PAGE_STATUSES.find((candidate) => candidate === typed.toLowerCase()) ?? STATUS_ALIASES.get(typed.toLowerCase());
  if (status === undefined) return errorResult(`status: '${typed}' is not a status${meant(closest(typed, STATUS_PAGE_STATUSES))}; use ${statuses}`);
  // A holding line ("we are looking into it") is marked so: it tells customers less than an update.
  const holding = words[0] === '--holding';
  if (holding) words.shift();
  const intent: StatusIntent = holding ? 'looking-into-it' : 'update';
  const text = words.join(' ').trim();
  if (text === '') return errorResult(`status: tell customers something, e.g. status ${status} "Checkout is slow; we are on it"`);
  return commandResult({ type: 'update-status-page', status, text, intent }, `status page: ${status}${holding ? ' (holding line)' : ''}: ${text}`);
}

/** `handover`, or its older name `end-incident`: the world refuses it, with the reason, until the site is whole. */
export function parseHandOver(name: string, args: readonly string[]): TerminalResult {
  if (args.length > 0) return errorResult(`${name} takes nothing after it: type just ${name}`);
  return commandResult({ type: 'end-incident' }, `${name}: handing the shift over`);
}
