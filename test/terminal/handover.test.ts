// Handing over is how a shift ends: `handover` (or its older name `end-incident`) asks the world to close
// the incident, and the world refuses, with the reason, until the site is whole. Help and Tab know both.

import { describe, expect, it } from 'vitest';
import { completeTerminalLine } from '../../src/terminal/complete-terminal-line';
import { parseTerminalLine } from '../../src/terminal/parse-terminal-line';
import { helpOverview } from '../../src/terminal/terminal-help';
import { terminalReader, testTerminalContext } from '../support/terminal-context';

const context = testTerminalContext();
const { commandOf, errorOf } = terminalReader(context);

describe('handover in the terminal', () => {
  it('hands over, under its new name and its old one', () => {
    expect(commandOf('handover')).toEqual({ type: 'end-incident' });
    expect(commandOf('end-incident')).toEqual({ type: 'end-incident' });
    expect(parseTerminalLine('handover', context)).toMatchObject({ kind: 'command', echo: 'handover: handing the shift over' });
  });

  it('takes nothing after it, and says so', () => {
    expect(errorOf('handover now')).toBe('handover takes nothing after it: type just handover');
    expect(errorOf('end-incident now')).toBe('end-incident takes nothing after it: type just end-incident');
  });

  it('is in the help, which says when it is refused and names the key and the old name', () => {
    expect(helpOverview().some((line) => line.startsWith('  handover '))).toBe(true);
    const page = parseTerminalLine('help handover', context);
    expect(page.kind).toBe('help');
    const text = page.kind === 'help' ? page.lines.join('\n') : '';
    expect(text).toContain('Refused until every serving host is back and healthy');
    expect(text).toContain('The H key does the same; end-incident is another name for it.');
    expect(parseTerminalLine('help end-incident', context)).toEqual(page);
    expect(parseTerminalLine('handover --help', context)).toEqual(page);
  });

  it('completes with Tab, both names', () => {
    expect(completeTerminalLine('han', context).line).toBe('handover ');
    expect(completeTerminalLine('end', context).line).toBe('end-incident ');
    expect(completeTerminalLine('h', context).options).toEqual(['handover', 'help', 'hold']);
    expect(completeTerminalLine('help han', context).line).toBe('help handover ');
  });
});
