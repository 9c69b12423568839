// Whatever lands in the terminal (typos, pasted logs, binary noise, half a quote), the parser answers
// and completion returns a line: neither may ever throw, and every command they make is well formed.

import { describe, expect, it } from 'vitest';
import { STATUS_PAGE_STATUSES } from '../../src/sim/commands';
import { completeTerminalLine } from '../../src/terminal/complete-terminal-line';
import { parseTerminalLine } from '../../src/terminal/parse-terminal-line';
import type { TerminalContext } from '../../src/terminal/terminal-context';

const context: TerminalContext = {
  hostNames: ['web-001', 'web-002', 'web-017', 'web-php7-01', 'api-01'],
  groups: ['all', 'web', 'php7', 'api', 'tools'],
  featureFlags: ['recommendations'],
  channels: [{ id: 'ops', label: '#ops' }],
  hasFleetPause: true,
  pinVersions: ['2.2.21', '2.2.22'],
  responders: [{ id: 'miso', name: 'Miso' }],
};

// Pieces a player (or a cat on the keyboard) might produce, mixed with raw characters.
const PIECES = [
  'job',
  'page',
  'miso',
  'investigate',
  'watch',
  'dsh',
  'ssh',
  'curl',
  'knife',
  'yum',
  'lb',
  'flag',
  'say',
  'status',
  'ack',
  'help',
  '-g',
  '-m',
  '-x',
  '-F',
  '--',
  '@',
  ',',
  '"',
  "'",
  '\\',
  ' ',
  '  ',
  '\t',
  'web',
  'web-017',
  '@php7',
  'chef-client',
  'systemctl',
  'rm',
  'welcome.conf',
  'pin',
  '2.2.22',
  'http://',
  '/',
  '=',
  '#',
  '__proto__',
  'constructor',
  '🐈',
  '\u0000',
  'é',
  '0',
  '99999999999999999999',
];

/** A small seeded generator, so a failure is the same on every run. */
function randomLines(seed: number, count: number): string[] {
  let state = seed;
  const next = (below: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
  return Array.from({ length: count }, () => {
    let line = '';
    const parts = next(12);
    for (let index = 0; index < parts; index++) {
      line += next(3) === 0 ? String.fromCharCode(next(0x3000)) : PIECES[next(PIECES.length)]!;
      if (next(2) === 0) line += ' ';
    }
    return line;
  });
}

const KINDS = ['command', 'help', 'clear', 'error', 'empty'];

describe('no input throws', () => {
  it('parses thousands of random garbage lines into an answer', () => {
    for (const line of randomLines(7, 4000)) {
      const result = parseTerminalLine(line, context);
      expect(KINDS, line).toContain(result.kind);
      // The parser's last guard catches bugs; it must never be what answered.
      if (result.kind === 'error') expect(result.message, line).not.toMatch(/^could not read that line/);
      if (result.kind === 'command') {
        expect(result.echo.length, line).toBeGreaterThan(0);
        const command = result.command;
        if ('hosts' in command && command.hosts !== undefined) expect(command.hosts.length, line).toBeGreaterThan(0);
        if (command.type === 'update-status-page') expect(STATUS_PAGE_STATUSES).toContain(command.status);
      }
    }
  });

  it('completes thousands of random garbage lines into a line', () => {
    for (const line of randomLines(11, 4000)) {
      const result = completeTerminalLine(line, context);
      expect(typeof result.line, line).toBe('string');
      expect(result.options.length, line).toBeLessThanOrEqual(20);
    }
  });

  it('refuses a huge paste rather than working through it', () => {
    const result = parseTerminalLine(`say ops ${'a'.repeat(100_000)}`, context);
    expect(result).toEqual({ kind: 'error', message: 'that line is too long (over 2000 characters)' });
  });

  it('answers odd but possible lines plainly', () => {
    for (const line of [
      'dsh -g',
      'dsh -m ,,,',
      'dsh -g web -x',
      'ssh ""',
      "curl ''",
      'knife',
      'lb',
      'flag',
      'say',
      'status',
      'ack 1 2',
      'end-incident now',
      'dsh -- chef-client',
      'dsh -g web --forklimit=',
      'status __proto__ x',
      'dsh --constructor web',
    ]) {
      expect(parseTerminalLine(line, context).kind, line).toBe('error');
    }
  });
});
