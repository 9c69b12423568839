// The other tools: curl, knife, yum, staging, the load balancer, flags, the pager, chat and the status
// page. Each reads like its real counterpart, and refuses with a fix rather than a shrug.

import { describe, expect, it } from 'vitest';
import { terminalReader, testTerminalContext } from '../support/terminal-context';

const context = testTerminalContext();

const { read: parse, commandOf, errorOf } = terminalReader(context);

describe('out-of-band looks', () => {
  it('curl a host asks whether its Apache answers, however the URL is written', () => {
    for (const line of ['curl web-017', 'curl http://web-017/', 'curl -sI http://web-017:80/server-status', 'curl -H "Host: www" web-017']) {
      expect(commandOf(line)).toEqual({ type: 'check-host', host: 'web-017', method: 'curl' });
    }
  });

  it('curl www or shop looks at the site as a customer', () => {
    for (const line of ['curl www', 'curl shop', 'curl https://www.example.com/', 'curl -s http://shop/']) expect(commandOf(line)).toEqual({ type: 'view-site' });
  });

  it('curl of an unknown host suggests one and mentions www', () => {
    expect(errorOf('curl web-17')).toBe('curl: no host named web-17 (did you mean web-017?); curl www looks at the shop');
  });

  it('yum list httpd asks the mirror', () => {
    expect(commandOf('yum list httpd')).toEqual({ type: 'check-mirror' });
    expect(commandOf('yum --showduplicates list httpd')).toEqual({ type: 'check-mirror' });
    expect(errorOf('yum install httpd-2.2.21')).toContain("installing is Chef's job");
  });

  it('lb stats reads the load balancer', () => {
    expect(commandOf('lb stats')).toEqual({ type: 'read-lb-stats' });
  });
});

describe('Chef and the cookbook', () => {
  it('knife pin without hosts pins the fleet, with hosts makes a canary', () => {
    expect(commandOf('knife pin 2.2.21')).toEqual({ type: 'set-pin', version: '2.2.21' });
    expect(commandOf('knife pin 2.2.22 web-017 @php7')).toEqual({ type: 'set-pin', version: '2.2.22', hosts: ['web-017', '@php7'] });
  });

  it('knife pin wants the version first, and a version at that', () => {
    expect(errorOf('knife pin web-017')).toContain('the version comes first');
    expect(errorOf('knife pin latest')).toContain("'latest' is not a version");
    expect(errorOf('knife pin')).toContain('versions here: 2.2.21, 2.2.22');
  });

  it('knife upload apache-fix uploads the fix forward', () => {
    expect(commandOf('knife upload apache-fix')).toEqual({ type: 'fix-cookbook' });
    expect(commandOf('knife cookbook upload apache-fix')).toEqual({ type: 'fix-cookbook' });
    expect(errorOf('knife upload apache-fx')).toContain('did you mean apache-fix?');
  });

  it('knife pause and resume parse even where the level has no switch, so the world can explain', () => {
    expect(commandOf('knife pause')).toEqual({ type: 'pause-chef' });
    expect(commandOf('knife resume')).toEqual({ type: 'resume-chef' });
    expect(errorOf('knife pase')).toContain('did you mean pause?');
  });

  it('staging test VERSION tries a version on staging', () => {
    expect(commandOf('staging test 2.2.22')).toEqual({ type: 'test-in-staging', version: '2.2.22' });
    expect(errorOf('staging test')).toContain('e.g. staging test 2.2.22');
  });
});

describe('kill switches', () => {
  it('lb drain and restore take hosts, groups and leave-outs', () => {
    expect(commandOf('lb drain web-017 web-018')).toEqual({ type: 'drain', hosts: ['web-017', 'web-018'] });
    expect(commandOf('lb restore @web -@php7')).toEqual({ type: 'restore', hosts: ['@web', '-@php7'] });
    expect(errorOf('lb drain')).toContain('which hosts?');
    expect(errorOf('lb drian web-017')).toContain('did you mean drain?');
  });

  it('flag off and on switch a feature, and a misspelt flag gets a suggestion', () => {
    expect(commandOf('flag off recommendations')).toEqual({ type: 'set-feature-flag', flag: 'recommendations', on: false });
    expect(commandOf('flag activity-feed on')).toEqual({ type: 'set-feature-flag', flag: 'activity-feed', on: true });
    expect(errorOf('flag off recomendations')).toBe('flag: no feature flag named recomendations (did you mean recommendations?); flags: recommendations, activity-feed');
  });
});

describe('people', () => {
  it('ack alone acknowledges every open page, ack ID one', () => {
    expect(commandOf('ack')).toEqual({ type: 'ack-page' });
    expect(commandOf('ack 3')).toEqual({ type: 'ack-page', pageId: 3 });
    expect(commandOf('ack #4')).toEqual({ type: 'ack-page', pageId: 4 });
    expect(errorOf('ack three')).toContain('a page id is a number');
  });

  it('say posts to a channel by id or label, quoted or not', () => {
    expect(commandOf("say ops Apache's down on web, looking")).toEqual({ type: 'post-message', channel: 'ops', text: "Apache's down on web, looking", intent: 'tell-channel' });
  });

  it('say keeps quoted text as typed and finds a channel by its label', () => {
    expect(commandOf('say #ops "two  spaces"')).toEqual({ type: 'post-message', channel: 'ops', text: 'two  spaces', intent: 'tell-channel' });
    expect(commandOf("say '#ops-backup' chat is down")).toMatchObject({ channel: 'backup' });
    expect(commandOf('say irc chat is down')).toMatchObject({ channel: 'backup' });
  });

  it('say refuses an unknown channel with a suggestion, and an empty message', () => {
    expect(errorOf('say #opps hello')).toContain('did you mean #ops?');
    expect(errorOf('say ops')).toContain('say something');
  });

  it('say takes the kind of post the menu offers, so a typed post counts the same as a picked one', () => {
    expect(commandOf('say ops --summary "Second run fixes a host"')).toMatchObject({ intent: 'summary', text: 'Second run fixes a host' });
    expect(commandOf('say ops --ask-help Who can take Chef?')).toMatchObject({ intent: 'ask-help', text: 'Who can take Chef?' });
    expect(errorOf('say ops --sumary hello')).toContain('did you mean --summary?');
  });

  it('status updates the status page, and a misspelt status gets a suggestion', () => {
    expect(commandOf('status degraded "Checkout is slow; we are on it"')).toEqual({
      type: 'update-status-page',
      status: 'degraded',
      text: 'Checkout is slow; we are on it',
      intent: 'update',
    });
    expect(commandOf('status degraded --holding "We are looking into it"')).toMatchObject({ intent: 'looking-into-it', text: 'We are looking into it' });
    expect(commandOf('status partial Some shops are slow')).toMatchObject({ status: 'partial-outage' });
    expect(errorOf('status degarded slow')).toContain('did you mean degraded?');
    expect(errorOf('status operational')).toContain('tell customers something');
  });

  it('end-incident ends the incident', () => {
    expect(commandOf('end-incident')).toEqual({ type: 'end-incident' });
  });
});

describe('the terminal itself', () => {
  it('an empty line or a comment does nothing, clear clears', () => {
    expect(parse('   ')).toEqual({ kind: 'empty' });
    expect(parse('# just a note')).toEqual({ kind: 'empty' });
    expect(parse('clear')).toEqual({ kind: 'clear' });
  });

  it('an unknown command gets a suggestion and a pointer to help', () => {
    expect(errorOf('chf-client')).toBe("unknown command 'chf-client' — did you mean chef-client? type help");
    expect(errorOf('dhs -g web chef-client')).toBe("unknown command 'dhs' — did you mean dsh? type help");
    expect(errorOf('frobnicate')).toBe("unknown command 'frobnicate' type help");
  });

  it('a remote command typed at the prompt is pointed at the hosts', () => {
    expect(errorOf('chef-client')).toContain('put it after ssh HOST or dsh -g GROUP');
    expect(errorOf('web-017')).toContain('ssh web-017');
  });

  it('an unclosed quote says how to close it', () => {
    expect(errorOf('say ops "half a thought')).toBe('unclosed double quote: add a closing "');
  });
});
