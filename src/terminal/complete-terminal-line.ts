// Tab completion for the terminal: the word under the cursor (the end of the line) is completed from
// what fits there: command names, groups after -g, hosts after -m or ssh, remote commands after the
// hosts, flags, channels and versions. One fit completes in full; several extend to what they share.

import { INVESTIGATION_TOPICS, STATUS_PAGE_STATUSES, WATCH_TARGETS } from '../sim/commands';
import { MESSAGE_INTENTS } from '../sim/message-intents';
import { REMOTE_PHRASES } from './remote-command';
import type { TerminalContext } from './terminal-context';
import { COMMAND_NAMES } from './terminal-help';
import { splitWords } from './terminal-words';

export interface Completion {
  line: string;
  /** What fits at the cursor, sorted, at most 20. */
  options: string[];
}

const MAX_OPTIONS = 20;
const MAX_LINE_LENGTH = 2000;
const DSH_FLAGS = ['--', '-F', '-g', '-m', '-x'];
const DSH_VALUE_FLAGS: Record<string, string> = { '-g': '-g', '-m': '-m', '-x': '-x', '-F': '-F', '--group': '-g', '--machine': '-m', '--exclude': '-x', '--forklimit': '-F' };
const SSH_OPTION = /^-[tTAqvX46]+$/;

/** What may go at the cursor: `head` is the part of the word kept as typed (`web,` in `-g api,web,we`). */
interface Fit {
  head: string;
  items: readonly string[];
}

/**
 * Whether Tab completes the line: only while the player is typing it, having entered the terminal with
 * its key (T) or typed in it since the focus came. An empty line, or one left there and reached later by
 * Tab through the page, gets the page's Tab, which moves the focus on: the terminal never keeps the
 * keyboard (WCAG 2.1.2), and `help` lists the commands instead.
 */
export function tabCompletes(line: string, typingHere: boolean): boolean {
  return typingHere && line.trim() !== '';
}

export function completeTerminalLine(line: string, context: TerminalContext): Completion {
  try {
    return complete(line, context);
  } catch {
    // Completion is a convenience: a bug here leaves the line as it was rather than breaking typing.
    return { line, options: [] };
  }
}

function complete(line: string, context: TerminalContext): Completion {
  const unchanged = { line, options: [] };
  if (typeof line !== 'string' || line.length > MAX_LINE_LENGTH) return unchanged;
  const split = splitWords(line);
  if (!split.ok) return unchanged;
  const atWordEnd = split.words.length > 0 && !split.endsInSpace;
  const current = atWordEnd ? split.words[split.words.length - 1]! : null;
  if (current?.quoted) return unchanged;
  const partial = current?.text ?? '';
  const before = (atWordEnd ? split.words.slice(0, -1) : split.words).map((word) => word.text);
  const fit = fitsAt(before, partial, context);
  if (fit === null || !partial.startsWith(fit.head)) return unchanged;

  const rest = partial.slice(fit.head.length);
  const matches = [...new Set(fit.items)].filter((item) => item.startsWith(rest)).sort();
  if (matches.length === 0) return unchanged;
  const kept = line.slice(0, current?.start ?? line.length) + fit.head;
  if (matches.length === 1) return { line: `${kept}${matches[0]} `, options: matches };
  const shared = commonPrefix(matches);
  return { line: shared.length > rest.length ? kept + shared : line, options: matches.slice(0, MAX_OPTIONS) };
}

function fitsAt(before: readonly string[], partial: string, context: TerminalContext): Fit | null {
  const [name, ...args] = before;
  const hosts = context.hostNames;
  const groups = context.groups.map((group) => `@${group}`);
  if (name === undefined) return { head: '', items: COMMAND_NAMES };
  switch (name) {
    case 'dsh':
      return dshFit(args, partial, context);
    case 'ssh': {
      const words = args.filter((arg) => !SSH_OPTION.test(arg));
      if (words.length === 0) return { head: '', items: hosts };
      return remoteFit(words[1] === '--' ? words.slice(2) : words.slice(1));
    }
    case 'curl': {
      if (args.some((arg) => !arg.startsWith('-'))) return null;
      const scheme = /^https?:\/\//.exec(partial)?.[0] ?? '';
      return { head: scheme, items: [...hosts, 'www', ...(scheme === '' ? ['shop'] : [])] };
    }
    case 'knife':
      if (args.length === 0) return { head: '', items: ['pin', 'upload', 'pause', 'resume'] };
      if (args[0] === 'pin') return args.length === 1 ? { head: '', items: context.pinVersions } : listFit(partial, [...hosts, ...groups]);
      if (args[0] === 'upload' && args.length === 1) return { head: '', items: ['apache-fix'] };
      return null;
    case 'yum':
      return args.includes('list') ? (args.at(-1) === 'list' ? { head: '', items: ['httpd'] } : null) : { head: '', items: ['list', '--showduplicates'] };
    case 'staging':
      if (args.length === 0) return { head: '', items: ['test'] };
      return args.length === 1 && args[0] === 'test' ? { head: '', items: context.pinVersions } : null;
    case 'lb':
      if (args.length === 0) return { head: '', items: ['drain', 'restore', 'stats'] };
      return args[0] === 'drain' || args[0] === 'restore' ? listFit(partial, [...hosts, ...groups]) : null;
    case 'flag':
      if (args.length === 0) return { head: '', items: ['off', 'on'] };
      return args.length === 1 && (args[0] === 'off' || args[0] === 'on') ? { head: '', items: context.featureFlags } : null;
    case 'say':
      if (args.length === 0) return { head: '', items: channelNames(context) };
      return args.length === 1 && partial.startsWith('-') ? { head: '', items: MESSAGE_INTENTS.map((intent) => `--${intent}`) } : null;
    case 'status':
      if (args.length === 0) return { head: '', items: STATUS_PAGE_STATUSES };
      return args.length === 1 && partial.startsWith('-') ? { head: '', items: ['--holding'] } : null;
    case 'page':
    case 'stop':
    case 'no':
      return args.length === 0 ? { head: '', items: context.responders.map((responder) => responder.id) } : null;
    case 'job':
      if (args.length === 0) return { head: '', items: context.responders.map((responder) => responder.id) };
      if (args.length === 1)
        return { head: '', items: ['investigate', 'watch', ...COMMAND_NAMES.filter((name) => !['job', 'page', 'stop', 'no', 'approve', 'hold', 'help', 'clear'].includes(name))] };
      if (args.length === 2 && args[1] === 'investigate') return { head: '', items: INVESTIGATION_TOPICS };
      if (args.length === 2 && args[1] === 'watch') return { head: '', items: WATCH_TARGETS };
      return null;
    case 'help':
    case 'man':
      return args.length === 0 ? { head: '', items: COMMAND_NAMES } : null;
    default:
      return null;
  }
}

/** dsh: a flag's value, a flag, or the remote command once the hosts are named. */
function dshFit(args: readonly string[], partial: string, context: TerminalContext): Fit | null {
  let expecting: string | null = null;
  let named = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (expecting !== null) {
      named ||= expecting === '-g' || expecting === '-m';
      expecting = null;
    } else if (arg === '--') {
      return remoteFit(args.slice(index + 1));
    } else if (arg.startsWith('-') && arg.length > 1) {
      const flag = DSH_VALUE_FLAGS[arg] ?? null;
      if (flag !== null) expecting = flag;
      else named ||= /^-[gm]./.test(arg) || /^--(group|machine)=./.test(arg);
    } else {
      return remoteFit(args.slice(index));
    }
  }
  const groups = context.groups;
  const hosts = context.hostNames;
  if (expecting === '-g') return listFit(partial, groups);
  if (expecting === '-m') return listFit(partial, hosts);
  if (expecting === '-x') return listFit(partial, [...groups, ...hosts]);
  if (expecting === '-F') return null;
  // `-gweb`: getopt's attached value.
  const attached = /^-([gmx])/.exec(partial);
  if (attached && partial.length > 2) {
    const fit = listFit(partial.slice(2), attached[1] === 'g' ? groups : attached[1] === 'm' ? hosts : [...groups, ...hosts]);
    return { head: partial.slice(0, 2) + fit.head, items: fit.items };
  }
  if (partial.startsWith('-') || !named) return { head: '', items: DSH_FLAGS };
  return remoteFit([]);
}

/** The next word of a remote command, given the words typed so far. */
function remoteFit(typed: readonly string[]): Fit | null {
  const words = typed.filter((word, index) => !(word === 'sudo' && typed.slice(0, index).every((earlier) => earlier === 'sudo')));
  const items = REMOTE_PHRASES.filter((phrase) => words.length < phrase.length && words.every((word, index) => phrase[index] === word)).map((phrase) => phrase[words.length]!);
  return items.length === 0 ? null : { head: '', items };
}

/** Comma lists (`web,api`) complete their last piece; a leading `-` (leave out) stays as typed. */
function listFit(partial: string, items: readonly string[]): Fit {
  const comma = partial.lastIndexOf(',') + 1;
  const piece = partial.slice(comma);
  const head = partial.slice(0, comma) + (piece.startsWith('-') ? '-' : '');
  return { head, items };
}

function channelNames(context: TerminalContext): string[] {
  const labelWords = context.channels.flatMap((channel) => channel.label.split(/\s+/).filter((word) => word.startsWith('#')));
  return [...context.channels.map((channel) => channel.id), ...labelWords];
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
