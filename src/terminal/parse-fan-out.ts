// dsh and ssh: the hands-on-hosts commands. dsh fans one remote command out over groups and hosts,
// `-F` at a time (one after another by default, as dsh does); ssh is the same on one host, or a
// look around when no command follows.

import type { Command } from '../sim/commands';
import { parseRemote } from './remote-command';
import type { TerminalContext } from './terminal-context';
import { commandResult, errorResult, type TerminalResult } from './terminal-result';
import { checkAll, checkGroup, checkHost, checkHostOrGroup, describeHosts, splitCommas } from './terminal-targets';

const EXAMPLE = 'e.g. dsh -g web -F 25 chef-client';
const LONG_FLAGS: Record<string, string> = { '--group': '-g', '--machine': '-m', '--exclude': '-x', '--forklimit': '-F' };
const WHAT: Record<string, string> = { '-g': 'a group', '-m': 'a host', '-x': 'a host or group to leave out', '-F': 'a number' };

/** The words after `dsh`. */
export function parseDsh(args: readonly string[], context: TerminalContext): TerminalResult {
  const groups: string[] = [];
  const machines: string[] = [];
  const excluded: string[] = [];
  let forks: number | undefined;
  let index = 0;
  for (; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      index++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    // getopt style: `-F 25`, `-F25`, `--forklimit=25` and `--forklimit 25` all say the same.
    const [long, longValue] = arg.split(/=(.*)/s) as [string, string | undefined];
    const flag = LONG_FLAGS[long] ?? arg.slice(0, 2);
    const attached = LONG_FLAGS[long] !== undefined ? longValue : arg.slice(2) || undefined;
    if (!(flag in WHAT)) return errorResult(`dsh: unknown option ${arg}; dsh here knows -g, -m, -x and -F (help dsh)`);
    const value = attached ?? args[++index];
    if (value === undefined || value === '' || value.startsWith('-')) {
      return errorResult(`dsh: ${flag} needs ${WHAT[flag]}, ${flag === '-F' ? EXAMPLE : `e.g. dsh ${flag} ${flag === '-m' ? 'web-017' : 'web'} chef-client`}`);
    }
    if (flag === '-g') groups.push(value);
    else if (flag === '-m') machines.push(value);
    else if (flag === '-x') excluded.push(value);
    else {
      if (!/^\d{1,6}$/.test(value)) return errorResult(`dsh: -F needs a number, ${EXAMPLE}`);
      forks = Number(value);
      if (forks < 1) return errorResult(`dsh: -F 0 would run nothing: use 1 or more, ${EXAMPLE}`);
    }
  }

  const picked = checkAll(splitCommas(groups), (name) => checkGroup(name, context));
  if (!picked.ok) return errorResult(`dsh: ${picked.message}`);
  const named = checkAll(splitCommas(machines), (name) => checkHost(name, context));
  if (!named.ok) return errorResult(`dsh: ${named.message}`);
  const left = checkAll(splitCommas(excluded), (name) => checkHostOrGroup(name.replace(/^-/, ''), context));
  if (!left.ok) return errorResult(`dsh: ${left.message}`);
  const hosts = [...picked.value, ...named.value];
  if (hosts.length === 0) {
    return errorResult(
      left.value.length > 0 ? 'dsh: -x only leaves hosts out: pick them first, e.g. dsh -g web -x php7 chef-client' : `dsh: which hosts? add -g GROUP or -m HOST, ${EXAMPLE}`,
    );
  }

  const remoteWords = args.slice(index);
  if (remoteWords.length === 0) return errorResult(`dsh: what should run on them? ${EXAMPLE} (help dsh lists the commands)`);
  const remote = parseRemote(remoteWords);
  if (!remote.ok) return errorResult(`dsh: ${remote.message}`);
  const width = forks ?? 1;
  const targets = [...hosts, ...left.value.map((entry) => `-${entry}`)];
  const command = { type: remote.action, hosts: targets, concurrency: width } satisfies Command;
  return commandResult(command, `dsh: ${remote.text} on ${describeHosts(targets)}, ${width === 1 ? 'one at a time' : `${width} at a time`}`);
}

/** The words after `ssh`: a host, then perhaps a remote command. */
export function parseSsh(args: readonly string[], context: TerminalContext): TerminalResult {
  // Options that change nothing here (-t, -A, -q…) are let through, as muscle memory types them.
  let index = 0;
  while (index < args.length && /^-[tTAqvX46]+$/.test(args[index]!)) index++;
  const [target, ...rest] = args.slice(index);
  if (target === undefined) return errorResult('ssh: which host? e.g. ssh web-017 (Tab lists hosts)');
  if (target.startsWith('-')) return errorResult(`ssh: ${target} is not needed here: just ssh HOST, e.g. ssh web-017`);
  // `ssh root@web-017` is the same host.
  const name = /^[^@]+@./.test(target) ? target.slice(target.indexOf('@') + 1) : target;
  if (name.startsWith('@')) return errorResult(`ssh: one host at a time; for a group use dsh -g ${name.slice(1)} ...`);
  if (context.groups.includes(name) && !context.hostNames.includes(name)) {
    return errorResult(`ssh: ${name} is a group; ssh takes one host (e.g. dsh -g ${name} chef-client for them all)`);
  }
  const host = checkHost(name, context);
  if (!host.ok) return errorResult(`ssh: ${host.message}`);
  const remoteWords = rest[0] === '--' ? rest.slice(1) : rest;
  if (remoteWords.length === 0) return commandResult({ type: 'check-host', host: host.value, method: 'ssh' }, `ssh ${host.value}: looking around (Apache, Chef, the config)`);
  const remote = parseRemote(remoteWords);
  if (!remote.ok) return errorResult(`ssh ${host.value}: ${remote.message}`);
  return commandResult({ type: remote.action, hosts: [host.value], concurrency: 1 }, `ssh ${host.value}: ${remote.text}`);
}
