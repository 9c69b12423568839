// Answering the change's author from the terminal: `approve` and `hold [REASON]`, documented in help,
// completed with Tab, and never a job for someone else.

import { describe, expect, it } from 'vitest';
import { completeTerminalLine } from '../../src/terminal/complete-terminal-line';
import { parseTerminalLine } from '../../src/terminal/parse-terminal-line';
import { testTerminalContext } from '../support/terminal-context';

const context = testTerminalContext();
const commandOf = (line: string) => {
  const result = parseTerminalLine(line, context);
  return result.kind === 'command' ? result.command : result;
};

describe('approve and hold in the terminal', () => {
  it('approve lets the change go out; it takes nothing after it', () => {
    expect(commandOf('approve')).toEqual({ type: 'approve-change' });
    expect(parseTerminalLine('approve 2.2.22', context)).toEqual({ kind: 'error', message: 'approve takes nothing after it: type just approve (or hold REASON to keep the change back)' });
  });

  it('hold keeps it back, with the reason as typed, quoted or not', () => {
    expect(commandOf('hold')).toEqual({ type: 'hold-change' });
    expect(commandOf('hold "staging: Apache fails after the upgrade"')).toEqual({ type: 'hold-change', reason: 'staging: Apache fails after the upgrade' });
    expect(commandOf('hold let me try it first')).toEqual({ type: 'hold-change', reason: 'let me try it first' });
    expect(parseTerminalLine('hold it', context)).toMatchObject({ kind: 'command', echo: 'hold: please keep the change back: it' });
  });

  it('is the on-call’s own answer, never a job', () => {
    expect(parseTerminalLine('job miso hold', context)).toEqual({ kind: 'error', message: 'job: saying yes or no to the change is yours to do: type approve or hold yourself' });
    expect(parseTerminalLine('job miso approve', context).kind).toBe('error');
  });

  it('has a help page and completes with Tab', () => {
    const help = parseTerminalLine('help hold', context);
    expect(help.kind === 'help' && help.lines.join('\n')).toContain('Holding on what a try showed');
    expect(parseTerminalLine('approve --help', context).kind).toBe('help');
    expect(completeTerminalLine('appr', context).line).toBe('approve ');
    expect(completeTerminalLine('job miso ', context).options).not.toContain('hold');
  });
});
