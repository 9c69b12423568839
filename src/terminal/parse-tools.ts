// The ops tools beside the hosts: curl for an out-of-band look, knife for the cookbook and its pin,
// yum for the mirror, staging, the load balancer and the feature flags.

import type { TerminalContext } from './terminal-context';
import { commandResult, errorResult, type TerminalResult } from './terminal-result';
import { closest, closestHost, meant } from './terminal-suggest';
import { checkAll, checkHostOrGroup, describeHosts, splitCommas } from './terminal-targets';

const VERSION = /^\d+(\.\d+)*$/;
const FIX_COOKBOOK = 'apache-fix';
// curl options that take a value, so the value is not read as the host.
const CURL_VALUE_OPTIONS = new Set(['-H', '-o', '-X', '-m', '-A', '-u', '-d', '--header', '--output', '--request', '--max-time', '--data']);

export function parseCurl(args: readonly string[], context: TerminalContext): TerminalResult {
  const targets = args.filter((arg, index) => !arg.startsWith('-') && !CURL_VALUE_OPTIONS.has(args[index - 1] ?? ''));
  const [target] = targets;
  if (target === undefined) return errorResult('curl: which host? e.g. curl web-017, or curl www to see the shop');
  if (targets.length > 1) return errorResult('curl: one host at a time, e.g. curl web-017');
  // http://web-017:80/status → web-017
  const name = target
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^[^@/]*@/, '')
    .split(/[/:?#]/)[0]!
    .toLowerCase();
  if (name === 'www' || name === 'shop' || name.startsWith('www.') || name.startsWith('shop.')) {
    return commandResult({ type: 'view-site' }, 'curl: the shop, as a customer sees it');
  }
  if (name === 'localhost' || name === '127.0.0.1') return errorResult('curl: localhost is your own laptop; try curl web-017, or curl www');
  const host = context.hostNames.find((candidate) => candidate.toLowerCase() === name || name.startsWith(`${candidate.toLowerCase()}.`));
  if (host === undefined) return errorResult(`curl: no host named ${name}${meant(closestHost(name, context.hostNames))}; curl www looks at the shop`);
  return commandResult({ type: 'check-host', host, method: 'curl' }, `curl ${host}: does Apache answer?`);
}

export function parseKnife(args: readonly string[], context: TerminalContext): TerminalResult {
  const [sub = '', ...rest] = args;
  switch (sub) {
    case 'pin':
      return parsePin(rest, context);
    case 'upload':
      return parseUpload(rest);
    case 'cookbook':
      if (rest[0] === 'upload') return parseUpload(rest.slice(1));
      break;
    case 'pause':
    case 'resume':
      if (rest.length > 0) return errorResult(`knife ${sub} takes nothing after it: it is fleet-wide`);
      return sub === 'pause' ? commandResult({ type: 'pause-chef' }, 'knife: pausing Chef on every node') : commandResult({ type: 'resume-chef' }, 'knife: resuming Chef on every node');
  }
  const guess = sub === '' ? null : closest(sub, ['pin', 'upload', 'pause', 'resume']);
  return errorResult(`knife: ${sub === '' ? 'what should knife do?' : `unknown subcommand '${sub}'${meant(guess)};`} knife here does pin, upload, pause and resume (help knife)`);
}

function parsePin(args: readonly string[], context: TerminalContext): TerminalResult {
  const [version, ...names] = args;
  const known = versionsHint(context);
  if (version === undefined) return errorResult(`knife pin: which version? e.g. knife pin ${context.pinVersions[0] ?? '2.2.22'}${known}`);
  if (!VERSION.test(version)) {
    if (checkHostOrGroup(version, context).ok) return errorResult(`knife pin: the version comes first, e.g. knife pin ${context.pinVersions[0] ?? '2.2.22'} ${version}`);
    return errorResult(`knife pin: '${version}' is not a version${meant(closest(version, context.pinVersions))}${known}`);
  }
  if (names.length === 0) return commandResult({ type: 'set-pin', version }, `knife: Apache pinned to ${version} for every node (each applies it on its next Chef run)`);
  const hosts = checkAll(splitCommas(names), (name) => checkHostOrGroup(name, context));
  if (!hosts.ok) return errorResult(`knife pin: ${hosts.message}`);
  return commandResult({ type: 'set-pin', version, hosts: hosts.value }, `knife: Apache pinned to ${version} on ${describeHosts(hosts.value)} only (an override)`);
}

function parseUpload(args: readonly string[]): TerminalResult {
  const [cookbook] = args;
  if (cookbook === FIX_COOKBOOK && args.length === 1) {
    return commandResult({ type: 'fix-cookbook' }, `knife: uploading ${FIX_COOKBOOK} (removes welcome.conf before Apache starts)`);
  }
  if (cookbook === undefined) return errorResult(`knife upload: which cookbook? the fix forward is ${FIX_COOKBOOK}`);
  return errorResult(`knife upload: the cookbook to upload is ${FIX_COOKBOOK}${meant(closest(cookbook, [FIX_COOKBOOK]))}`);
}

export function parseYum(args: readonly string[]): TerminalResult {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const [sub, ...rest] = words;
  const packages = rest.filter((word) => word !== 'available' && word !== 'all');
  if (sub === 'list' || sub === 'info') {
    if (packages.length === 0) return errorResult('yum: name the package: yum list httpd');
    if (packages.every((name) => /^httpd(\*|-.*)?$/.test(name))) return commandResult({ type: 'check-mirror' }, 'yum: asking the mirror which httpd versions it has');
    return errorResult(`yum: only httpd matters today: yum list httpd`);
  }
  if (sub === 'install' || sub === 'update' || sub === 'upgrade' || sub === 'downgrade' || sub === 'remove') {
    return errorResult("yum: this terminal only reads the mirror (yum list httpd); installing is Chef's job");
  }
  return errorResult('yum: try yum list httpd (add --showduplicates to see every version)');
}

export function parseStaging(args: readonly string[], context: TerminalContext): TerminalResult {
  const [sub, version, ...rest] = args;
  if (sub !== 'test') return errorResult(`staging: try staging test VERSION, e.g. staging test ${context.pinVersions.at(-1) ?? '2.2.22'}`);
  if (version === undefined || !VERSION.test(version) || rest.length > 0) {
    return errorResult(`staging test: name one version, e.g. staging test ${context.pinVersions.at(-1) ?? '2.2.22'}${versionsHint(context)}`);
  }
  return commandResult({ type: 'test-in-staging', version }, `staging: testing Apache ${version} (staging takes a while to get ready)`);
}

export function parseLb(args: readonly string[], context: TerminalContext): TerminalResult {
  const [sub = '', ...names] = args;
  if (sub === 'stats' || sub === 'status' || sub === 'show') {
    return commandResult({ type: 'read-lb-stats' }, "lb: reading the load balancer's own numbers");
  }
  if (sub === 'drain' || sub === 'restore') {
    const hosts = checkAll(splitCommas(names), (name) =>
      name.startsWith('-') && name.length > 1 ? prefixLeftOut(checkHostOrGroup(name.slice(1), context)) : checkHostOrGroup(name, context),
    );
    if (!hosts.ok) return errorResult(`lb ${sub}: ${hosts.message}`);
    if (!hosts.value.some((entry) => !entry.startsWith('-'))) return errorResult(`lb ${sub}: which hosts? e.g. lb ${sub} web-017 (or @web)`);
    const verb = sub === 'drain' ? 'draining' : 'restoring';
    return commandResult({ type: sub, hosts: hosts.value }, `lb: ${verb} ${describeHosts(hosts.value)} ${sub === 'drain' ? 'out of' : 'into'} the pool`);
  }
  return errorResult(
    `lb: ${sub === '' ? 'what should the load balancer do?' : `unknown subcommand '${sub}'${meant(closest(sub, ['drain', 'restore', 'stats']))};`} try lb drain HOST, lb restore HOST or lb stats`,
  );
}

function prefixLeftOut(checked: ReturnType<typeof checkHostOrGroup>): ReturnType<typeof checkHostOrGroup> {
  return checked.ok ? { ok: true, value: `-${checked.value}` } : checked;
}

export function parseFlag(args: readonly string[], context: TerminalContext): TerminalResult {
  // `flag off recommendations` reads best, but `flag recommendations off` is typed too.
  const [first, second, ...rest] = args;
  const [state, name] = first === 'on' || first === 'off' ? [first, second] : [second, first];
  const flags = context.featureFlags.length === 0 ? 'this level has no feature flags' : `flags: ${context.featureFlags.join(', ')}`;
  if ((state !== 'on' && state !== 'off') || name === undefined || rest.length > 0) return errorResult(`flag: try flag off NAME or flag on NAME; ${flags}`);
  const flag = context.featureFlags.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (flag === undefined) return errorResult(`flag: no feature flag named ${name}${meant(closest(name, context.featureFlags))}; ${flags}`);
  const on = state === 'on';
  return commandResult({ type: 'set-feature-flag', flag, on }, `flag: ${flag} ${state}${on ? '' : ' (sheds its load)'}`);
}

function versionsHint(context: TerminalContext): string {
  return context.pinVersions.length === 0 ? '' : `; versions here: ${context.pinVersions.join(', ')}`;
}
