// The team from the terminal: page one person (or everyone) for help, and give one of them a job. A job
// is something to find out (investigate TOPIC), something to watch (watch TARGET), or any other line the
// terminal understands, which they then do at their own keyboard: `job biscuit dsh -g web -F 25 chef-client`.

import { INVESTIGATION_TOPICS, WATCH_TARGETS, type Job } from '../sim/commands';
import type { TerminalContext } from './terminal-context';
import { commandResult, errorResult, type TerminalResult } from './terminal-result';
import { closest, meant } from './terminal-suggest';

type Responder = TerminalContext['responders'][number];

export function findResponder(name: string, context: TerminalContext): Responder | null {
  const lower = name.toLowerCase();
  return context.responders.find((responder) => responder.id.toLowerCase() === lower || responder.name.toLowerCase() === lower) ?? null;
}

export function unknownResponder(command: string, name: string, context: TerminalContext): TerminalResult {
  if (context.responders.length === 0) return errorResult(`${command}: nobody else is around on this shift`);
  const names = context.responders.map((responder) => responder.name);
  return errorResult(`${command}: nobody called ${name}${meant(closest(name, names))}; the team: ${names.join(', ')}`);
}

export function parsePage(args: readonly string[], context: TerminalContext): TerminalResult {
  const [name, ...rest] = args;
  if (rest.length > 0) return errorResult('page: page one person by name, or everyone with just page');
  if (name === undefined || name === 'all') return commandResult({ type: 'ask-for-help' }, 'page: asking the whole team for help');
  const responder = findResponder(name, context);
  if (!responder) return unknownResponder('page', name, context);
  return commandResult({ type: 'ask-for-help', responder: responder.id }, `page: asking ${responder.name} for help`);
}

/** `parseLine` reads the job's own command line, so a job can be anything the terminal can type. */
export function parseJob(args: readonly string[], context: TerminalContext, parseLine: (words: readonly string[]) => TerminalResult): TerminalResult {
  const [name, verb, ...rest] = args;
  if (name === undefined || verb === undefined) return errorResult('job: job NAME investigate TOPIC, job NAME watch TARGET, or job NAME COMMAND…');
  const responder = findResponder(name, context);
  if (!responder) return unknownResponder('job', name, context);
  const assign = (job: Job, what: string): TerminalResult => commandResult({ type: 'assign-job', responder: responder.id, job }, `job: ${responder.name} is ${what}`);
  if (verb === 'investigate') {
    const topic = INVESTIGATION_TOPICS.find((candidate) => candidate === rest[0]);
    if (!topic || rest.length > 1) return errorResult(`job: investigate what? ${INVESTIGATION_TOPICS.join(', ')}${meant(closest(rest[0] ?? '', INVESTIGATION_TOPICS))}`);
    return assign({ type: 'investigate', topic }, `looking into ${topic}`);
  }
  if (verb === 'watch') {
    const target = WATCH_TARGETS.find((candidate) => candidate === rest[0]);
    if (!target || rest.length > 1) return errorResult(`job: watch what? ${WATCH_TARGETS.join(', ')}${meant(closest(rest[0] ?? '', WATCH_TARGETS))}`);
    return assign({ type: 'watch', target }, `watching ${target}`);
  }
  const inner = parseLine([verb, ...rest]);
  if (inner.kind === 'error') return errorResult(`job: ${inner.message}`);
  if (inner.kind !== 'command') return errorResult(`job: ${verb} is not something to do; give an action, e.g. job ${responder.id} dsh -g tools -F 7 chef-client`);
  const job = inner.command;
  if (job.type === 'ask-for-help' || job.type === 'assign-job') return errorResult('job: a job is one action, not calling or directing others');
  return assign(job, `on it: ${inner.echo}`);
}
