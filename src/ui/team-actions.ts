// The team menu (key C): call everyone or one person for help, and give one responder one clear job, by
// number keys or clicks.
// Each responder shows where they are (away, on the way, catching up, free, or busy with what).

import type { Job } from '../sim/commands';
import type { ResponderConfig } from '../sim/config';
import type { ResponderState } from '../sim/state';
import type { ActionContext } from './incident-actions';
import type { Choice } from './chooser';

const SPECIALTY_WORDS: Record<ResponderConfig['specialty'], string> = {
  'chef-and-yum': 'Chef and yum',
  'fan-out': 'shell fan-out',
  graphs: 'graphs and monitoring',
  comms: 'comms and the status page',
  php7: 'knows the php7 boxes',
  curious: 'curious; pokes things',
};

function whereabouts(state: ResponderState): string {
  switch (state.status) {
    case 'away':
      return 'not here yet';
    case 'coming':
      return 'on the way';
    case 'catching-up':
      return 'catching up';
    case 'idle':
      return 'free for a job';
    case 'working':
      return `busy: ${state.job?.summary ?? 'a job'}`;
  }
}

/** Jobs worth giving, in the words a lead would use; each ends in one simulation command. */
function jobChoices(context: ActionContext): Choice<{ job: Job; typed: string }>[] {
  const selected = context.selectedHost();
  const jobs: Choice<{ job: Job; typed: string }>[] = [
    { label: 'Find out why the broken host is broken', value: { job: { type: 'investigate', topic: 'broken-host' }, typed: 'investigate broken-host' } },
    { label: 'Look into the php7 boxes', value: { job: { type: 'investigate', topic: 'php7' }, typed: 'investigate php7' } },
    { label: 'Check whether we can roll back (the mirror)', value: { job: { type: 'investigate', topic: 'mirror' }, typed: 'investigate mirror' } },
    { label: 'Check the monitoring hosts', value: { job: { type: 'investigate', topic: 'monitoring' }, typed: 'investigate monitoring' } },
    { label: 'Restore the monitoring: run Chef on the tool hosts', value: { job: { type: 'run-chef', hosts: ['@tools'], concurrency: 10 }, typed: 'dsh -g tools -F 10 chef-client' } },
    { label: 'Roll Chef over the web and api hosts, 25 at a time', detail: 'not the php7 nodes', value: { job: { type: 'run-chef', hosts: ['@web', '@api', '-@php7'], concurrency: 25 }, typed: 'dsh -g web,api -x php7 -F 25 chef-client' } },
    { label: 'Keep an eye on the site', value: { job: { type: 'view-site' }, typed: 'curl https://www.shop/' } },
  ];
  if (selected) jobs.unshift({ label: `Look at ${selected} over ssh`, value: { job: { type: 'check-host', host: selected, method: 'ssh' }, typed: `ssh ${selected}` } });
  return jobs;
}

export async function teamMenu(context: ActionContext): Promise<void> {
  const responders = context.level.sim.responders;
  if (responders.length === 0) return context.note('Nobody else is around on this shift.');
  const state = context.state();
  const anyoneAway = state.responders.some((responder) => responder.status === 'away');
  const choices: Choice<ResponderConfig | 'ask'>[] = [];
  if (anyoneAway) choices.push({ label: 'Ask for help', detail: 'call everyone who is around', value: 'ask' });
  responders.forEach((responder, index) => {
    choices.push({ label: `${responder.name} (${SPECIALTY_WORDS[responder.specialty]})`, detail: whereabouts(state.responders[index]!), value: responder });
  });
  const who = await context.chooser.ask('Your team', choices);
  if (!who) return;
  if (who === 'ask') return context.submit({ type: 'ask-for-help' }, '# asking the team for help');
  const whereNow = context.state().responders[responders.indexOf(who)]!;
  if (whereNow.status === 'away') return context.submit({ type: 'ask-for-help', responder: who.id }, `# asking ${who.name} for help`);
  if (whereNow.status !== 'idle') return context.note(`${who.name} is ${whereabouts(whereNow)}.`);
  const job = await context.chooser.ask(`A clear job for ${who.name}`, jobChoices(context));
  if (!job) return;
  context.submit({ type: 'assign-job', responder: who.id, job: job.job }, `# ${who.name}: ${job.typed}`);
}
