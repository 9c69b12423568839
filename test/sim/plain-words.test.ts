// Plain words wherever a person speaks: every job a cat says it is doing, has done, will do or has
// stopped reads as a person would say it, never an internal id (`update-status-page`, `watching site`,
// `chef-server`). Host names (`web-017`) are names, and a few hyphenated words are plain English.

import { describe, expect, it } from 'vitest';
import { bundledLevel } from '../support/level-files';
import { INVESTIGATION_TOPICS, WATCH_TARGETS, type Command, type Job } from '../../src/sim/commands';
import { SPECIALTIES, TOOL_SERVICES } from '../../src/sim/config';
import { describeJob } from '../../src/sim/describe-job';
import { COMMAND_TYPES } from '../../src/replay/command-schema';
import { World } from '../support/run-sim';

/** A hyphenated lower-case token that is not the start of a host name (`nagios-web-01`). */
const KEBAB = /\b[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+\b(?!-\d)/g;
/** Hyphenated words people do say. */
const PLAIN = new Set(['fan-out', 'fan-outs', 'on-call', 'all-clear', 'chef-client', 'php7-common', 'php-common', 'follow-up']);

const level = bundledLevel();
const IDS = new Set<string>([
  ...COMMAND_TYPES,
  ...INVESTIGATION_TOPICS,
  ...WATCH_TARGETS,
  ...SPECIALTIES,
  ...TOOL_SERVICES,
  'partial-outage',
  'major-outage',
  'catching-up',
  'looking-into-it',
  ...level.sim.featureFlags.map((flag) => flag.id),
  ...level.sim.tiers.map((tier) => tier.id),
]);

function idsIn(text: string): string[] {
  const kebab = [...text.matchAll(KEBAB)].map((match) => match[0]).filter((word) => !PLAIN.has(word));
  const words = text.split(/[^a-z0-9@-]+/i).filter((word) => IDS.has(word) && word.includes('-') && !PLAIN.has(word));
  return [...new Set([...kebab, ...words])];
}

/** One job of every kind a cat can be given. */
const EVERY_JOB: Job[] = [
  { type: 'run-chef', hosts: ['@web', '@api'], concurrency: 1000 },
  { type: 'run-chef', hosts: ['nagios-web-01', 'graphite-01'] },
  { type: 'stop-chef', hosts: ['@all'], concurrency: 25 },
  { type: 'start-chef', hosts: ['@nagios-web'], concurrency: 5 },
  { type: 'pause-chef' },
  { type: 'resume-chef' },
  { type: 'set-pin', version: '2.2.22' },
  { type: 'set-pin', version: '2.2.22', hosts: ['web-017'] },
  { type: 'fix-cookbook' },
  { type: 'test-in-staging', version: '2.2.22' },
  { type: 'start-apache', hosts: ['web-001', 'web-002', 'web-003', 'web-004', 'web-005'] },
  { type: 'remove-default-config', hosts: ['@web', '-@php7'] },
  { type: 'repair-chef', hosts: ['@php7'], concurrency: 10 },
  { type: 'drain', hosts: ['web-017'] },
  { type: 'restore', hosts: ['web-017'] },
  { type: 'set-feature-flag', flag: 'activity-feed', on: false },
  { type: 'check-host', host: 'web-017', method: 'ssh' },
  { type: 'check-host', host: 'web-017', method: 'curl' },
  { type: 'view-site' },
  { type: 'read-lb-stats' },
  { type: 'check-mirror' },
  { type: 'ack-page' },
  { type: 'post-message', channel: 'ops', text: 'On it.' },
  { type: 'update-status-page', status: 'partial-outage', text: 'Slow.' },
  { type: 'end-incident' },
  { type: 'refuse-intent', responder: 'noodle' },
  { type: 'stop-job', responder: 'noodle' },
  { type: 'stop-task' },
  { type: 'approve-change' },
  { type: 'hold-change', reason: 'staging showed it failing' },
  { type: 'inject-event', event: 'support-escalation' },
  ...INVESTIGATION_TOPICS.map((topic): Job => ({ type: 'investigate', topic })),
  ...WATCH_TARGETS.map((target): Job => ({ type: 'watch', target })),
];

describe('what cats say', () => {
  it('covers every kind of job there is', () => {
    const kinds = new Set(EVERY_JOB.map((job) => job.type));
    expect([...COMMAND_TYPES.filter((type) => type !== 'ask-for-help' && type !== 'assign-job'), 'investigate', 'watch'].filter((type) => !kinds.has(type as Job['type']))).toEqual([]);
  });

  it.each(EVERY_JOB.map((job) => ({ job, summary: describeJob(job) })))('says "$summary" with no internal id', ({ summary }) => {
    expect(idsIn(summary)).toEqual([]);
    expect(summary).not.toMatch(/@/);
  });

  it('in a whole shift of asking, working, announcing, refusing and stopping, never says an internal id', () => {
    const world = new World(level.sim);
    world.runUntilEvent('customers-affected');
    world.give({ type: 'ask-for-help' });
    world.runUntilState((state) => state.responders.every((responder) => responder.status === 'idle' || responder.status === 'working'), 900);
    const ids = level.sim.responders.map((responder) => responder.id);
    let next = 0;
    const give = (command: Command): World => world.give(command);
    // Half the team gets jobs of every kind, one after another; the rest are left to announce their own.
    for (const job of EVERY_JOB.filter((candidate) => candidate.type !== 'end-incident')) {
      const who = ids[next++ % 3]!;
      give({ type: 'assign-job', responder: who, job });
      world.run(5);
      if (next % 4 === 0) give({ type: 'stop-job', responder: who });
      world.run(40);
    }
    world.runUntilEvent('responder-announced');
    give({ type: 'refuse-intent', responder: world.eventsOf('responder-announced')[0]!.responder });
    world.run(600);
    const names = new Set(level.sim.responders.map((responder) => responder.name));
    const lines = [
      ...world
        .eventsOf('message-posted')
        .filter((event) => names.has(event.from))
        .map((event) => event.text),
      ...world
        .eventsOf('line-unheard')
        .filter((event) => names.has(event.from))
        .map((event) => event.text),
      ...world.eventsOf('job-assigned').map((event) => event.job),
      ...world.eventsOf('job-done').map((event) => event.job),
      ...world.eventsOf('responder-announced').map((event) => event.summary),
      ...world.eventsOf('responder-acted-alone').map((event) => event.job),
      ...world.eventsOf('job-stopped').map((event) => event.summary),
      ...world.eventsOf('responders-collided').map((event) => event.job),
    ];
    expect(lines.length).toBeGreaterThan(60);
    expect(world.eventsOf('job-stopped').length + world.eventsOf('intent-refused').length).toBeGreaterThan(2);
    expect(lines.map((line) => ({ line, ids: idsIn(line) })).filter((entry) => entry.ids.length > 0)).toEqual([]);
  });
});
