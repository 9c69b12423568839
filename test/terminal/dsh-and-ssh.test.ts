// The hands-on-hosts commands read the way an SRE types them: dsh fans a remote command out over groups
// and hosts, ssh does it on one host, and a slip gets a suggestion instead of a surprise.

import { describe, expect, it } from 'vitest';
import { terminalReader, testTerminalContext } from '../support/terminal-context';

const context = testTerminalContext();

const { read: parse, commandOf, errorOf } = terminalReader(context);

describe('dsh', () => {
  it('dsh -g web -F 25 chef-client runs Chef on the web group 25 at a time', () => {
    const result = parse('dsh -g web -F 25 chef-client');
    expect(result).toEqual({ kind: 'command', command: { type: 'run-chef', hosts: ['@web'], concurrency: 25 }, echo: 'dsh: chef-client on @web, 25 at a time' });
  });

  it('runs one host after another unless -F says otherwise, as dsh does', () => {
    expect(commandOf('dsh -g api chef-client')).toMatchObject({ concurrency: 1 });
  });

  it('takes groups, hosts and leave-outs together, with or without --', () => {
    expect(commandOf('dsh -g web,api -x php7 -x web-017 -F 30 -- systemctl stop chef-client')).toEqual({
      type: 'stop-chef',
      hosts: ['@web', '@api', '-@php7', '-web-017'],
      concurrency: 30,
    });
    expect(commandOf('dsh -m web-001,web-002 -m api-01 chef-client')).toMatchObject({ hosts: ['web-001', 'web-002', 'api-01'] });
  });

  it('reads getopt spellings: attached values, long options, @ on groups', () => {
    expect(commandOf('dsh -gweb -F25 chef-client')).toEqual({ type: 'run-chef', hosts: ['@web'], concurrency: 25 });
    expect(commandOf('dsh --group=@api --forklimit 5 chef-client')).toEqual({ type: 'run-chef', hosts: ['@api'], concurrency: 5 });
  });

  it('maps each remote command to its action, in systemctl, service and init.d spellings', () => {
    const typeOf = (remote: string) => commandOf(`dsh -g web -- ${remote}`).type;
    expect(typeOf('chef-client')).toBe('run-chef');
    expect(typeOf('systemctl stop chef-client')).toBe('stop-chef');
    expect(typeOf('service chef-client stop')).toBe('stop-chef');
    expect(typeOf('systemctl start chef-client.service')).toBe('start-chef');
    expect(typeOf('systemctl start httpd')).toBe('start-apache');
    expect(typeOf('systemctl restart httpd')).toBe('start-apache');
    expect(typeOf('service httpd start')).toBe('start-apache');
    expect(typeOf('/etc/init.d/httpd restart')).toBe('start-apache');
    expect(typeOf('rm /etc/httpd/conf.d/welcome.conf')).toBe('remove-default-config');
    expect(typeOf('rm -f /etc/httpd/conf.d/welcome.conf')).toBe('remove-default-config');
    expect(typeOf('rm -f conf.d/welcome.conf')).toBe('remove-default-config');
    expect(typeOf('repair-chef')).toBe('repair-chef');
  });

  it('lets sudo and a quoted remote command through', () => {
    expect(commandOf('dsh -g web -F 20 -- "sudo systemctl stop chef-client"')).toEqual({ type: 'stop-chef', hosts: ['@web'], concurrency: 20 });
    expect(commandOf('dsh -g web sudo chef-client').type).toBe('run-chef');
  });

  it('says -F needs a number, with an example', () => {
    expect(errorOf('dsh -g web -F lots chef-client')).toBe('dsh: -F needs a number, e.g. dsh -g web -F 25 chef-client');
    expect(errorOf('dsh -g web -F')).toContain('-F needs a number');
    expect(errorOf('dsh -g web -F 0 chef-client')).toContain('1 or more');
  });

  it('asks which hosts when none are named, and what to run when nothing follows', () => {
    expect(errorOf('dsh chef-client')).toContain('which hosts?');
    expect(errorOf('dsh -x php7 chef-client')).toContain('-x only leaves hosts out');
    expect(errorOf('dsh -g web')).toContain('what should run');
  });

  it('a misspelt group or host gets a suggestion', () => {
    expect(errorOf('dsh -g wbe chef-client')).toBe('dsh: no group named wbe (did you mean web?); groups: all, web, php7, api, tools');
    expect(errorOf('dsh -m web-17 chef-client')).toBe('dsh: no host named web-17 (did you mean web-017?)');
    expect(errorOf('dsh -m web-php7-1 chef-client')).toContain('did you mean web-php7-01?');
    expect(errorOf('dsh -g web -x phpp7 chef-client')).toContain('did you mean php7?');
  });

  it('says when a host is given as a group, or a group as a host', () => {
    expect(errorOf('dsh -g web-017 chef-client')).toContain('web-017 is a host, not a group');
    expect(errorOf('dsh -m web chef-client')).toContain('web is a group, not a host');
  });

  it('lists the remote commands it understands when given another', () => {
    const message = errorOf('dsh -g web -- reboot');
    expect(message).toContain('chef-client');
    expect(message).toContain('systemctl stop|start chef-client');
    expect(message).toContain('repair-chef');
    expect(errorOf('dsh -g web chf-client')).toContain('did you mean chef-client?');
  });

  it('refuses a chain of commands and an rm of anything but welcome.conf', () => {
    expect(errorOf('dsh -g web -- "rm -f /etc/httpd/conf.d/welcome.conf && systemctl start httpd"')).toContain('one remote command per line');
    expect(errorOf('dsh -g web rm -rf /')).toContain('/etc/httpd/conf.d/welcome.conf');
  });

  it('names an unknown option and the ones it knows', () => {
    expect(errorOf('dsh -c -g web chef-client')).toBe('dsh: unknown option -c; dsh here knows -g, -m, -x and -F (help dsh)');
  });

  it('echoes long host lists short', () => {
    const result = parse('dsh -m web-001,web-002,web-003,web-004,web-005 chef-client');
    expect(result).toMatchObject({ echo: 'dsh: chef-client on web-001, web-002 and 3 more, one at a time' });
  });
});

describe('ssh', () => {
  it('ssh alone looks at the host', () => {
    expect(commandOf('ssh web-017')).toEqual({ type: 'check-host', host: 'web-017', method: 'ssh' });
  });

  it('runs a remote command as dsh -m HOST would, one at a time', () => {
    expect(commandOf('ssh web-017 chef-client')).toEqual({ type: 'run-chef', hosts: ['web-017'], concurrency: 1 });
    expect(commandOf('ssh -t root@web-017 -- sudo service httpd start')).toEqual({ type: 'start-apache', hosts: ['web-017'], concurrency: 1 });
    expect(commandOf('ssh api-02 repair-chef')).toEqual({ type: 'repair-chef', hosts: ['api-02'], concurrency: 1 });
  });

  it('a misspelt host gets a suggestion', () => {
    expect(errorOf('ssh web-17')).toBe('ssh: no host named web-17 (did you mean web-017?)');
    expect(errorOf('ssh wbe-017')).toContain('did you mean web-017?');
  });

  it('points groups at dsh, since ssh takes one host', () => {
    expect(errorOf('ssh @web')).toContain('dsh -g web');
    expect(errorOf('ssh web')).toContain('dsh -g web');
    expect(errorOf('ssh')).toContain('which host?');
  });
});
