// What a typed line becomes: a simulation command with a line to echo, help to print, a clear, a
// readable error, or nothing at all.

import type { Command } from '../sim/commands';

export type TerminalResult =
  { kind: 'command'; command: Command; echo: string } | { kind: 'help'; lines: string[] } | { kind: 'clear' } | { kind: 'error'; message: string } | { kind: 'empty' };

export function commandResult(command: Command, echo: string): TerminalResult {
  return { kind: 'command', command, echo };
}

export function errorResult(message: string): TerminalResult {
  return { kind: 'error', message };
}
