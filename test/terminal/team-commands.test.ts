// The team from the terminal: page someone for help, and give one of them a job, which can be anything
// the terminal understands, done at their own desk. The team menu echoes these same lines.

import { describe, expect, it } from 'vitest';
import { completeTerminalLine } from '../../src/terminal/complete-terminal-line';
import { terminalReader, testTerminalContext } from '../support/terminal-context';

const context = testTerminalContext();
const { commandOf, errorOf } = terminalReader(context);

describe('page', () => {
  it('asks everyone, or one person by id or name', () => {
    expect(commandOf('page')).toEqual({ type: 'ask-for-help' });
    expect(commandOf('page Miso')).toEqual({ type: 'ask-for-help', responder: 'miso' });
    expect(errorOf('page Mso')).toContain('did you mean Miso?');
  });
});

describe('job', () => {
  it('gives an investigation or a watch', () => {
    expect(commandOf('job miso investigate broken-host')).toEqual({ type: 'assign-job', responder: 'miso', job: { type: 'investigate', topic: 'broken-host' } });
    expect(commandOf('job biscuit watch chef-server')).toEqual({ type: 'assign-job', responder: 'biscuit', job: { type: 'watch', target: 'chef-server' } });
    expect(errorOf('job miso investigate the-moon')).toContain('investigate what?');
  });

  it('gives any other terminal line as the job, read the same way', () => {
    expect(commandOf('job biscuit dsh -g web -x php7 -F 25 chef-client')).toEqual({
      type: 'assign-job',
      responder: 'biscuit',
      job: { type: 'run-chef', hosts: ['@web', '-@php7'], concurrency: 25 },
    });
    expect(commandOf('job miso status degraded --holding "We are looking into it"')).toMatchObject({
      job: { type: 'update-status-page', intent: 'looking-into-it', text: 'We are looking into it' },
    });
    expect(errorOf('job miso dsh -g nowhere chef-client')).toMatch(/^job: /);
    expect(errorOf('job miso page biscuit')).toContain('one action');
    expect(errorOf('job garfield watch site')).toContain('nobody called garfield');
  });

  it('completes names, then what to do', () => {
    expect(completeTerminalLine('job mi', context).line).toBe('job miso ');
    expect(completeTerminalLine('job miso inv', context).line).toBe('job miso investigate ');
    expect(completeTerminalLine('job miso watch s', context).line).toBe('job miso watch site ');
  });
});
