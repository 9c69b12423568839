// Checks the hosts and groups a line names against the level, and turns them into the simulation's
// host list (`web-017`, `@web`, `-@php7`), so a typo is caught with a suggestion before anything runs.

import type { TerminalContext } from './terminal-context';
import { closest, closestHost, meant } from './terminal-suggest';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** `web,api` and `-g web -g api` both name two groups; empty pieces (`web,`) are dropped. */
export function splitCommas(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).filter((piece) => piece !== '');
}

/** A group or tier, with or without its `@`, as `@web`. */
export function checkGroup(name: string, context: TerminalContext): Checked<string> {
  const bare = name.startsWith('@') ? name.slice(1) : name;
  const group = findIgnoringCase(bare, context.groups);
  if (group !== null) return { ok: true, value: `@${group}` };
  if (findIgnoringCase(bare, context.hostNames) !== null) return { ok: false, message: `${bare} is a host, not a group: name hosts with -m ${bare}` };
  return { ok: false, message: `no group named ${bare}${meant(closest(bare, context.groups))}; groups: ${context.groups.join(', ')}` };
}

/** One host by name, or a group when it says `@group`. */
export function checkHost(name: string, context: TerminalContext): Checked<string> {
  if (name.startsWith('@')) return checkGroup(name, context);
  const host = findIgnoringCase(name, context.hostNames);
  if (host !== null) return { ok: true, value: host };
  if (findIgnoringCase(name, context.groups) !== null) return { ok: false, message: `${name} is a group, not a host: name groups as @${name} (or dsh -g ${name})` };
  return { ok: false, message: `no host named ${name}${meant(closestHost(name, context.hostNames))}` };
}

/** A host, or a bare group name where either may be meant (`-x php7`, `lb drain web-017`). */
export function checkHostOrGroup(name: string, context: TerminalContext): Checked<string> {
  if (name.startsWith('@')) return checkGroup(name, context);
  const host = findIgnoringCase(name, context.hostNames);
  if (host !== null) return { ok: true, value: host };
  const group = findIgnoringCase(name, context.groups);
  if (group !== null) return { ok: true, value: `@${group}` };
  const guess = closestHost(name, context.hostNames) ?? closest(name, context.groups);
  return { ok: false, message: `no host or group named ${name}${meant(guess)}` };
}

/** Checks every name; the first problem wins, since one fix at a time reads best. */
export function checkAll(names: readonly string[], check: (name: string) => Checked<string>): Checked<string[]> {
  const values: string[] = [];
  for (const name of names) {
    const checked = check(name);
    if (!checked.ok) return checked;
    values.push(checked.value);
  }
  return { ok: true, value: values };
}

/** `@web except @php7`, `web-001, web-002 and 3 more`: short enough for one echo line. */
export function describeHosts(hosts: readonly string[]): string {
  const picked = hosts.filter((entry) => !entry.startsWith('-'));
  const left = hosts.filter((entry) => entry.startsWith('-')).map((entry) => entry.slice(1));
  const named = listShort(picked);
  return left.length === 0 ? named : `${named} except ${listShort(left)}`;
}

function listShort(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

function findIgnoringCase(name: string, candidates: readonly string[]): string | null {
  if (candidates.includes(name)) return name;
  const lower = name.toLowerCase();
  return candidates.find((candidate) => candidate.toLowerCase() === lower) ?? null;
}
