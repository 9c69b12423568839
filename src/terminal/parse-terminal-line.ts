// Reads one line typed in the game's terminal and turns it into one simulation command, help, a clear
// or an error that says how to fix it. Pure: the same line and context always give the same answer,
// and no input throws.

import { parseDsh, parseSsh } from './parse-fan-out';
import { parseAck, parseHandOver, parseSay, parseStatus } from './parse-people';
import { parseApprove, parseHold } from './parse-review';
import { parseNo, parseStop } from './parse-stops';
import { parseJob, parsePage } from './parse-team';
import { parseCurl, parseFlag, parseKnife, parseLb, parseStaging, parseYum } from './parse-tools';
import { REMOTE_WORDS } from './remote-command';
import type { TerminalContext } from './terminal-context';
import { COMMAND_NAMES, helpFor, helpOverview } from './terminal-help';
import { errorResult, type TerminalResult } from './terminal-result';
import { closest } from './terminal-suggest';
import { splitWords } from './terminal-words';

export type { TerminalResult } from './terminal-result';

// Past this, a line is pasted noise rather than a command; refusing it keeps every step cheap.
const MAX_LINE_LENGTH = 2000;

export function parseTerminalLine(line: string, context: TerminalContext): TerminalResult {
  try {
    return parseLine(line, context);
  } catch {
    // A last guard: a bug here must never take the terminal (or the game) down with it.
    return errorResult('could not read that line; type help for the commands');
  }
}

function parseLine(line: string, context: TerminalContext): TerminalResult {
  if (typeof line !== 'string') return errorResult('could not read that line; type help for the commands');
  if (line.length > MAX_LINE_LENGTH) return errorResult(`that line is too long (over ${MAX_LINE_LENGTH} characters)`);
  const trimmed = line.trim();
  // A shell comment is nothing to do, as in a real terminal.
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'empty' };
  const split = splitWords(trimmed);
  if (!split.ok) return errorResult(split.message);
  const [name = '', ...args] = split.words.map((word) => word.text);
  if (name === '') return { kind: 'empty' };
  // `dsh --help` and `man dsh` are what people try first.
  if (COMMAND_NAMES.includes(name) && (args[0] === '--help' || args[0] === '-h')) return help(name, context);

  switch (name) {
    case 'dsh':
      return parseDsh(args, context);
    case 'ssh':
      return parseSsh(args, context);
    case 'curl':
      return parseCurl(args, context);
    case 'knife':
      return parseKnife(args, context);
    case 'yum':
      return parseYum(args);
    case 'staging':
      return parseStaging(args, context);
    case 'lb':
      return parseLb(args, context);
    case 'flag':
      return parseFlag(args, context);
    case 'ack':
      return parseAck(args);
    case 'say':
      return parseSay(args, context);
    case 'status':
      return parseStatus(args);
    case 'page':
      return parsePage(args, context);
    case 'stop':
      return parseStop(args, context);
    case 'no':
      return parseNo(args, context);
    case 'approve':
      return parseApprove(args);
    case 'hold':
      return parseHold(args);
    case 'job':
      // A job's action is any other line: read it the same way, but not another job, a page, or saying no and stopping (the lead's).
      return parseJob(args, context, (words) =>
        REVIEW_WORDS.includes(words[0] ?? '')
          ? errorResult('saying yes or no to the change is yours to do: type approve or hold yourself')
          : LEAD_WORDS.includes(words[0] ?? '')
            ? errorResult('a job is one action, not calling, directing or stopping others')
            : parseLine(words.map(quoteIfNeeded).join(' '), context),
      );
    case 'handover':
    case 'end-incident':
      return parseHandOver(name, args);
    case 'help':
    case 'man':
      return args[0] === undefined ? { kind: 'help', lines: helpOverview() } : help(args[0], context);
    case 'clear':
      return { kind: 'clear' };
    default:
      return unknownCommand(name, context);
  }
}

/** Lines that direct or stop others: never a job for someone else. */
const LEAD_WORDS: readonly string[] = ['job', 'page', 'stop', 'no'];

/** The answer to the change's author is the on-call's own, never a job either. */
const REVIEW_WORDS: readonly string[] = ['approve', 'hold'];

/** Words already split are joined back into a line; one with spaces keeps them by being quoted again. */
function quoteIfNeeded(word: string): string {
  return /\s/.test(word) ? `"${word.replace(/"/g, '')}"` : word;
}

function help(topic: string, context: TerminalContext): TerminalResult {
  const found = helpFor(topic, context);
  return found.ok ? { kind: 'help', lines: found.lines } : errorResult(found.message);
}

function unknownCommand(name: string, context: TerminalContext): TerminalResult {
  // Typed here, a remote command would run on the player's own laptop: point it at the hosts.
  if (REMOTE_WORDS.includes(name)) return errorResult(`${name} runs on the hosts, not here: put it after ssh HOST or dsh -g GROUP (help dsh)`);
  if (context.hostNames.includes(name)) return errorResult(`${name} is a host: ssh ${name} to look around, or curl ${name}`);
  const guess = closest(name, [...COMMAND_NAMES, ...REMOTE_WORDS]);
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return errorResult(`unknown command '${shown}'${guess === null ? '' : ` — did you mean ${guess}?`} type help`);
}
