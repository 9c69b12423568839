// Saying no and stopping, from the terminal: `stop` stops your newest fan-out (as Ctrl-C stops dsh),
// `stop N` task N, `stop NAME` someone's job and their fan-outs, and `no NAME` says no to what a
// responder has just said they will do on their own. Ctrl-C itself comes through `interruptLine`.

import { findResponder, unknownResponder } from './parse-team';
import type { TerminalContext } from './terminal-context';
import { commandResult, errorResult, type TerminalResult } from './terminal-result';

export function parseStop(args: readonly string[], context: TerminalContext): TerminalResult {
  const [what, ...rest] = args;
  if (rest.length > 0) return errorResult('stop: stop (your newest fan-out), stop N (task N) or stop NAME (their job)');
  if (what === undefined) return commandResult({ type: 'stop-task' }, 'stop: stopping your newest fan-out; hosts it has not reached are left alone');
  const number = /^#?(\d{1,9})$/.exec(what);
  if (number) return commandResult({ type: 'stop-task', taskId: Number(number[1]) }, `stop: stopping task #${number[1]}; hosts it has not reached are left alone`);
  const responder = findResponder(what, context);
  if (!responder) return unknownResponder('stop', what, context);
  return commandResult({ type: 'stop-job', responder: responder.id }, `stop: asking ${responder.name} to stop their job`);
}

export function parseNo(args: readonly string[], context: TerminalContext): TerminalResult {
  const [name, ...rest] = args;
  if (name === undefined || rest.length > 0) return errorResult('no: no NAME says no to what they just said they would do');
  const responder = findResponder(name, context);
  if (!responder) return unknownResponder('no', name, context);
  return commandResult({ type: 'refuse-intent', responder: responder.id }, `no: telling ${responder.name} not to`);
}

/**
 * Ctrl-C in the terminal: while a fan-out of the player's runs, it stops it (the same as typing `stop`);
 * otherwise it only shows ^C, as a shell at its prompt does. The UI says whether one runs
 * (`hasRunningTask(state, 'player')`).
 */
export function interruptLine(fanOutRunning: boolean): TerminalResult {
  if (!fanOutRunning) return { kind: 'empty' };
  return commandResult({ type: 'stop-task' }, '^C stopping your fan-out; hosts it has not reached are left alone');
}

/** Whether `by` has a hand task still running (a fan-out, an ssh), for Ctrl-C. */
export function hasRunningTask(state: { tasks: readonly { by: string }[] }, by: string): boolean {
  return state.tasks.some((task) => task.by === by);
}
