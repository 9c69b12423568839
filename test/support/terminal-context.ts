// A terminal context built by hand for the terminal's tests: twenty web hosts (so the help's web-017
// examples exist), two php7 nodes and four api hosts, and the groups, flags and channels around them.

import type { Command } from '../../src/sim/commands';
import { parseTerminalLine } from '../../src/terminal/parse-terminal-line';
import type { TerminalContext } from '../../src/terminal/terminal-context';

export const numbered = (prefix: string, count: number, digits: number): string[] => Array.from({ length: count }, (_, index) => `${prefix}-${String(index + 1).padStart(digits, '0')}`);

export function testTerminalContext(webHosts = 20): TerminalContext {
  return {
    hostNames: [...numbered('web', webHosts, 3), ...numbered('web-php7', 2, 2), ...numbered('api', 4, 2)],
    groups: ['all', 'web', 'php7', 'api', 'tools'],
    featureFlags: ['recommendations', 'activity-feed'],
    channels: [
      { id: 'ops', label: '#ops' },
      { id: 'backup', label: 'IRC #ops-backup' },
    ],
    hasFleetPause: false,
    pinVersions: ['2.2.21', '2.2.22'],
    responders: [
      { id: 'miso', name: 'Miso' },
      { id: 'biscuit', name: 'Biscuit' },
    ],
  };
}

/** Reads typed lines against a context, expecting a command or an error, and failing loudly otherwise. */
export function terminalReader(context: TerminalContext = testTerminalContext()) {
  const read = (line: string) => parseTerminalLine(line, context);
  return {
    read,
    commandOf: (line: string): Command => {
      const result = read(line);
      if (result.kind !== 'command') throw new Error(`${line} gave ${JSON.stringify(result)}`);
      return result.command;
    },
    errorOf: (line: string): string => {
      const result = read(line);
      if (result.kind !== 'error') throw new Error(`${line} gave ${JSON.stringify(result)}`);
      return result.message;
    },
  };
}
