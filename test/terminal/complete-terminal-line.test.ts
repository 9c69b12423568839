// Tab completion: one fit completes in full with a space after it, several extend to what they share
// and are listed (sorted, at most 20), and what fits depends on where the cursor is in the command.

import { describe, expect, it } from 'vitest';
import { completeTerminalLine } from '../../src/terminal/complete-terminal-line';
import { testTerminalContext } from '../support/terminal-context';

const context = testTerminalContext(30);

const complete = (line: string) => completeTerminalLine(line, context);
const lineAfter = (line: string) => complete(line).line;

describe('tab completion', () => {
  it('completes a command word in full, with a space', () => {
    expect(complete('kn')).toEqual({ line: 'knife ', options: ['knife'] });
    expect(lineAfter('end')).toBe('end-incident ');
  });

  it('lists the commands that share a start, and keeps the line when they share nothing more', () => {
    expect(complete('s')).toEqual({ line: 's', options: ['say', 'ssh', 'staging', 'status', 'stop'] });
    expect(complete('st')).toEqual({ line: 'st', options: ['staging', 'status', 'stop'] });
    expect(complete('sta')).toEqual({ line: 'sta', options: ['staging', 'status'] });
  });

  it('completes groups after dsh -g, also after a comma and attached to the flag', () => {
    expect(lineAfter('dsh -g w')).toBe('dsh -g web ');
    expect(lineAfter('dsh -g api,p')).toBe('dsh -g api,php7 ');
    expect(lineAfter('dsh -gto')).toBe('dsh -gtools ');
    expect(complete('dsh -g ').options).toEqual(['all', 'api', 'php7', 'tools', 'web']);
  });

  it('completes hosts after dsh -m and ssh, groups and hosts after -x', () => {
    expect(lineAfter('dsh -m web-01')).toBe('dsh -m web-01');
    expect(complete('dsh -m web-01').options).toHaveLength(10);
    expect(lineAfter('ssh web-p')).toBe('ssh web-php7-0');
    expect(lineAfter('dsh -g web -x ph')).toBe('dsh -g web -x php7 ');
  });

  it('offers at most 20 options, sorted, but extends to what all of them share', () => {
    const result = complete('ssh web-');
    expect(result.options).toHaveLength(20);
    expect(result.options).toEqual([...result.options].sort());
    expect(result.options[0]).toBe('web-001');
    expect(complete('ssh w').line).toBe('ssh web-');
  });

  it('offers dsh options before the hosts are named, and remote commands after', () => {
    expect(complete('dsh ').options).toEqual(['--', '-F', '-g', '-m', '-x']);
    expect(complete('dsh -g web ').options).toEqual(['chef-client', 'repair-chef', 'rm', 'service', 'systemctl']);
    expect(complete('dsh -g web -F 25 -- ').options).toContain('chef-client');
    expect(lineAfter('dsh -g web -F 25 -- ch')).toBe('dsh -g web -F 25 -- chef-client ');
  });

  it('completes a remote command word by word, sudo or not', () => {
    expect(complete('ssh web-017 systemctl st').options).toEqual(['start', 'stop']);
    expect(lineAfter('ssh web-017 systemctl stop c')).toBe('ssh web-017 systemctl stop chef-client ');
    expect(lineAfter('dsh -g web -- sudo service h')).toBe('dsh -g web -- sudo service httpd ');
    expect(lineAfter('dsh -g web rm -f /e')).toBe('dsh -g web rm -f /etc/httpd/conf.d/welcome.conf ');
  });

  it('completes hosts after curl, with or without http://, and offers www', () => {
    expect(lineAfter('curl ap')).toBe('curl api-0');
    expect(lineAfter('curl http://web-00')).toBe('curl http://web-00');
    expect(lineAfter('curl http://web-php7-01')).toBe('curl http://web-php7-01 ');
    expect(lineAfter('curl ww')).toBe('curl www ');
  });

  it('completes knife subcommands, versions after knife pin and staging test, hosts after the version', () => {
    expect(lineAfter('knife u')).toBe('knife upload ');
    expect(lineAfter('knife upload ')).toBe('knife upload apache-fix ');
    expect(complete('knife pin ')).toEqual({ line: 'knife pin 2.2.2', options: ['2.2.21', '2.2.22'] });
    expect(lineAfter('knife pin 2.2.22 @p')).toBe('knife pin 2.2.22 @php7 ');
    expect(lineAfter('staging test 2.2.21')).toBe('staging test 2.2.21 ');
  });

  it('completes flags, channels, statuses, the load balancer and help topics', () => {
    expect(lineAfter('flag off r')).toBe('flag off recommendations ');
    expect(complete('say ').options).toEqual(['#ops', '#ops-backup', 'backup', 'ops']);
    expect(lineAfter('say #ops-')).toBe('say #ops-backup ');
    expect(lineAfter('status maj')).toBe('status major-outage ');
    expect(lineAfter('lb dr')).toBe('lb drain ');
    expect(lineAfter('lb drain -@ph')).toBe('lb drain -@php7 ');
    expect(lineAfter('yum l')).toBe('yum list ');
    expect(lineAfter('yum list ')).toBe('yum list httpd ');
    expect(lineAfter('help kn')).toBe('help knife ');
  });

  it('leaves the line alone where nothing fits: free text, quotes, unknown commands', () => {
    for (const line of ['say ops hel', 'say ops "hel', 'frob ', 'ack ', 'dsh -g web -F ', 'dsh -g zz']) expect(complete(line)).toEqual({ line, options: [] });
  });
});
