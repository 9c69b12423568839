// The help is the terminal's manual and must stay true: every example in it parses, every line fits the
// panel, and the level's own groups, versions, flags and channels are the ones it lists. The context a
// level gives the terminal, and the commands the terminal makes, must match what the simulation knows.

import { describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/create-state';
import { resolveHosts } from '../../src/sim/host-names';
import { parseTerminalLine } from '../../src/terminal/parse-terminal-line';
import { terminalContextFor } from '../../src/terminal/terminal-context';
import { HELP_TOPICS, HELP_WIDTH, helpFor, helpOverview } from '../../src/terminal/terminal-help';
import { bundledLevel } from '../support/level-files';
import { tinyLevel } from '../support/tiny-level';
import { testTerminalContext } from '../support/terminal-context';
import type { TerminalContext } from '../../src/terminal/terminal-context';

const context = testTerminalContext();

const examples = HELP_TOPICS.flatMap((topic) => topic.examples);

describe('help', () => {
  it('help lists every command, one line per form', () => {
    const result = parseTerminalLine('help', context);
    expect(result.kind).toBe('help');
    const text = result.kind === 'help' ? result.lines.join('\n') : '';
    for (const topic of HELP_TOPICS) expect(text).toContain(`  ${topic.name}`);
  });

  it.each(examples)('every command in help parses: %s', (example) => {
    expect(parseTerminalLine(example, context).kind).not.toBe('error');
  });

  it('help dsh, dsh --help and man dsh show the same page, with the level groups and every remote', () => {
    const page = parseTerminalLine('help dsh', context);
    expect(parseTerminalLine('dsh --help', context)).toEqual(page);
    expect(parseTerminalLine('man dsh', context)).toEqual(page);
    const text = page.kind === 'help' ? page.lines.join('\n') : '';
    expect(text).toContain('groups here: all, web, php7, api, tools');
    for (const remote of ['chef-client', 'systemctl stop chef-client', 'systemctl start httpd', 'welcome.conf', 'repair-chef']) expect(text).toContain(remote);
    expect(text).toContain('Default 1');
  });

  it('help for a remote command shows dsh, where it runs', () => {
    expect(parseTerminalLine('help chef-client', context)).toEqual(parseTerminalLine('help dsh', context));
  });

  it('a misspelt help topic gets a suggestion', () => {
    expect(parseTerminalLine('help knfie', context)).toEqual({ kind: 'error', message: 'help: no command named knfie (did you mean knife?); type help for the list' });
  });

  it('says when the level has no Chef pause', () => {
    const lines = (fleetPause: boolean) => helpFor('knife', { ...context, hasFleetPause: fleetPause });
    expect(JSON.stringify(lines(false))).toContain('no Chef pause');
    expect(JSON.stringify(lines(true))).not.toContain('no Chef pause');
  });

  it('keeps every line within the panel, even with the real level and long lists', () => {
    const crowded = { ...context, groups: Array.from({ length: 40 }, (_, index) => `group-${index}`), featureFlags: ['x'.repeat(90)] };
    const pages = [helpOverview(), ...HELP_TOPICS.flatMap((topic) => [helpFor(topic.name, crowded), helpFor(topic.name, realContext())])];
    for (const page of pages) {
      const lines = Array.isArray(page) ? page : page.ok ? page.lines : [];
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(HELP_WIDTH);
    }
  });
});

function realContext(): TerminalContext {
  const level = bundledLevel().sim;
  return terminalContextFor(
    level,
    createState(level, 1).hosts.map((host) => host.name),
  );
}

describe('the terminal context of a level', () => {
  it('has every host, the groups then the tiers, the flags, channels and the versions worth pinning', () => {
    const level = tinyLevel();
    const names = createState(level, 1).hosts.map((host) => host.name);
    const made = terminalContextFor(level, names);
    expect(made.hostNames).toEqual(names);
    expect(made.groups).toEqual(['all', 'web', 'api', 'tools', 'db', 'dev', 'staging', 'php7', 'graphite', 'nagios-web']);
    expect(made.featureFlags).toEqual(['recommendations']);
    expect(made.channels).toEqual([
      { id: 'ops', label: '#ops' },
      { id: 'backup', label: 'IRC #ops-backup' },
    ]);
    expect(made.hasFleetPause).toBe(false);
    expect(made.pinVersions).toEqual(['2.2.21', '2.2.22']);
  });

  it('makes host lists the simulation resolves, on the real level', () => {
    const level = bundledLevel().sim;
    const hosts = createState(level, 1).hosts;
    const real = realContext();
    const lines = ['dsh -g web,api -x php7 -F 25 chef-client', 'dsh -g tools -x web-017 repair-chef', 'ssh web-017 chef-client', 'lb drain @web -@php7', 'knife pin 2.2.22 web-017 @php7'];
    for (const line of lines) {
      const result = parseTerminalLine(line, real);
      expect(result.kind, line).toBe('command');
      const command = result.kind === 'command' ? result.command : null;
      const names = command && 'hosts' in command && command.hosts ? command.hosts : [];
      expect(resolveHosts(level, hosts, names).ok, line).toBe(true);
    }
    expect(parseTerminalLine('ssh web-99', real)).toEqual({ kind: 'error', message: 'ssh: no host named web-99 (did you mean web-099?)' });
  });
});
