// The team from the terminal: page someone for help, and give one of them a job, which can be anything
// the terminal understands, done at their own desk. The team menu echoes these same lines.

import { describe, expect, it } from 'vitest';
import { completeTerminalLine } from '../../src/terminal/complete-terminal-line';
import { hasRunningTask, interruptLine } from '../../src/terminal/parse-stops';
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

describe('saying no and stopping', () => {
  it('stop stops your newest fan-out, or task N, or someone’s job', () => {
    expect(commandOf('stop')).toEqual({ type: 'stop-task' });
    expect(commandOf('stop 12')).toEqual({ type: 'stop-task', taskId: 12 });
    expect(commandOf('stop #12')).toEqual({ type: 'stop-task', taskId: 12 });
    expect(commandOf('stop Biscuit')).toEqual({ type: 'stop-job', responder: 'biscuit' });
    expect(errorOf('stop garfield')).toContain('nobody called garfield');
    expect(errorOf('stop biscuit now')).toMatch(/^stop: /);
  });

  it('no NAME says no to what they said they would do', () => {
    expect(commandOf('no miso')).toEqual({ type: 'refuse-intent', responder: 'miso' });
    expect(errorOf('no')).toMatch(/^no: /);
    expect(errorOf('no Mso')).toContain('did you mean Miso?');
  });

  it('neither is a job for someone else', () => {
    expect(errorOf('job miso stop')).toContain('one action');
    expect(errorOf('job miso no biscuit')).toContain('one action');
  });

  it('Ctrl-C stops a fan-out of yours while one runs, and otherwise only shows ^C', () => {
    expect(interruptLine(true)).toMatchObject({ kind: 'command', command: { type: 'stop-task' } });
    const line = interruptLine(true);
    expect(line.kind === 'command' && line.echo.startsWith('^C')).toBe(true);
    expect(interruptLine(false)).toEqual({ kind: 'empty' });
    expect(hasRunningTask({ tasks: [{ by: 'Biscuit' }] }, 'player')).toBe(false);
    expect(hasRunningTask({ tasks: [{ by: 'Biscuit' }, { by: 'player' }] }, 'player')).toBe(true);
  });

  it('completes names', () => {
    expect(completeTerminalLine('stop bis', context).line).toBe('stop biscuit ');
    expect(completeTerminalLine('no m', context).line).toBe('no miso ');
  });
});
