// Answering the change's author, from the terminal: `approve` lets the change go out (they push it to the
// whole fleet), `hold` asks them to keep it, with the reason after it if you give one. The world refuses
// either, with the reason, where nobody has asked for a look or the change is already out.

import { commandResult, errorResult, type TerminalResult } from './terminal-result';

export function parseApprove(args: readonly string[]): TerminalResult {
  if (args.length > 0) return errorResult('approve takes nothing after it: type just approve (or hold REASON to keep the change back)');
  return commandResult({ type: 'approve-change' }, 'approve: the change can go out');
}

export function parseHold(args: readonly string[]): TerminalResult {
  const reason = args.join(' ').trim();
  if (reason === '') return commandResult({ type: 'hold-change' }, 'hold: please keep the change back for now');
  return commandResult({ type: 'hold-change', reason }, `hold: please keep the change back: ${reason}`);
}
