// The commands dsh and ssh can run on a host, written as an SRE would type them (`chef-client`,
// `systemctl stop chef-client`, `service httpd start`, `rm -f …/welcome.conf`), each mapped to the one
// simulation action it stands for.

import { closest, meant } from './terminal-suggest';

export type RemoteAction = 'run-chef' | 'stop-chef' | 'start-chef' | 'start-apache' | 'remove-default-config' | 'repair-chef';

export type RemoteParse = { ok: true; action: RemoteAction; text: string } | { ok: false; message: string };

export const DEFAULT_CONFIG_PATH = '/etc/httpd/conf.d/welcome.conf';

/** Every remote command in full, for completion and help: the first form of each is the one we teach. */
export const REMOTE_PHRASES: readonly (readonly string[])[] = [
  ['chef-client'],
  ['systemctl', 'stop', 'chef-client'],
  ['systemctl', 'start', 'chef-client'],
  ['systemctl', 'start', 'httpd'],
  ['systemctl', 'restart', 'httpd'],
  ['service', 'chef-client', 'stop'],
  ['service', 'chef-client', 'start'],
  ['service', 'httpd', 'start'],
  ['service', 'httpd', 'restart'],
  ['rm', '-f', DEFAULT_CONFIG_PATH],
  ['rm', DEFAULT_CONFIG_PATH],
  ['repair-chef'],
];

export const REMOTE_WORDS: readonly string[] = ['chef-client', 'systemctl', 'service', 'rm', 'repair-chef', 'apachectl'];

const UNDERSTOOD = `chef-client, systemctl stop|start chef-client, systemctl start httpd, rm -f ${DEFAULT_CONFIG_PATH}, repair-chef`;

/** The words after the hosts; a quoted remote (`-- "sudo chef-client"`) is split again. */
export function parseRemote(typed: readonly string[]): RemoteParse {
  let words =
    typed.length === 1
      ? typed[0]!
          .trim()
          .split(/\s+/)
          .filter((word) => word !== '')
      : [...typed];
  if (words.some((word) => /^(&&|\|\||;|\|)$/.test(word) || /;$/.test(word))) {
    return { ok: false, message: 'one remote command per line: run each part as its own dsh or ssh' };
  }
  // sudo is what anyone would type; the game's hands have root anyway.
  while (words[0] === 'sudo') words = words.slice(1);
  const [first = '', ...rest] = words;
  const text = words.join(' ');
  switch (first) {
    case 'chef-client':
      if (rest.every((word) => word === '--once' || word === '-o')) return { ok: true, action: 'run-chef', text: 'chef-client' };
      return { ok: false, message: `chef-client takes no options here: just chef-client` };
    case 'repair-chef':
      return rest.length === 0 ? { ok: true, action: 'repair-chef', text: 'repair-chef' } : { ok: false, message: 'repair-chef takes nothing after it' };
    case 'systemctl':
      return serviceAction(rest[1], rest[0], rest.length === 2, text);
    case 'service':
      return serviceAction(rest[0], rest[1], rest.length === 2, text);
    case 'apachectl':
      return serviceAction('httpd', rest[0] === 'graceful' ? 'restart' : rest[0], rest.length === 1, text);
    case 'rm':
      return removeFile(rest, text);
    default: {
      if (first.startsWith('/etc/init.d/')) return serviceAction(first.slice('/etc/init.d/'.length), rest[0], rest.length === 1, text);
      if (first === '') return { ok: false, message: `what should run? try ${UNDERSTOOD}` };
      const guess = closest(first, REMOTE_WORDS);
      return { ok: false, message: `'${text}' is not a remote command here${meant(guess)}; try ${UNDERSTOOD}` };
    }
  }
}

function serviceAction(unitTyped: string | undefined, verb: string | undefined, wellFormed: boolean, text: string): RemoteParse {
  const unit = (unitTyped ?? '').replace(/\.service$/, '');
  const starts = verb === 'start' || verb === 'restart';
  if (wellFormed && unit === 'chef-client' && verb === 'stop') return { ok: true, action: 'stop-chef', text: 'systemctl stop chef-client' };
  if (wellFormed && unit === 'chef-client' && starts) return { ok: true, action: 'start-chef', text: `systemctl ${verb} chef-client` };
  if (wellFormed && unit === 'httpd' && starts) return { ok: true, action: 'start-apache', text: `systemctl ${verb} httpd` };
  if (unit === 'apache2' || unit === 'apache') return { ok: false, message: `this fleet runs Red Hat: Apache's service is httpd (systemctl start httpd)` };
  if (unit === 'httpd' && verb === 'stop') return { ok: false, message: 'stopping Apache only hurts here: to take a host out of traffic, lb drain it' };
  return { ok: false, message: `'${text}' is not understood; services here: systemctl stop|start chef-client, systemctl start|restart httpd` };
}

function removeFile(args: readonly string[], text: string): RemoteParse {
  const paths = args.filter((arg) => !arg.startsWith('-'));
  const path = paths[0];
  if (paths.length === 1 && path !== undefined && path.endsWith('welcome.conf')) {
    return { ok: true, action: 'remove-default-config', text: `rm -f ${path}` };
  }
  if (paths.length === 0) return { ok: false, message: `rm what? the file worth deleting is ${DEFAULT_CONFIG_PATH}` };
  return { ok: false, message: `'${text}': the only file worth deleting here is ${DEFAULT_CONFIG_PATH}` };
}
