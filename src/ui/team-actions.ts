// The team menu (key C, or a click on a cat): call everyone or one person for help, and give one
// responder one clear job (any action the player has, an investigation or a watch), by keys or clicks.
// Each responder shows where they are (away, on the way, catching up, free, or busy with what).

import { LEAD_COMMAND_TYPES, type Command, type Job } from '../sim/commands';
import type { ResponderConfig } from '../sim/config';
import type { ResponderState } from '../sim/state';
import { planFanOut, planLook, planStatusUpdate, type ActionContext, type Planned } from './incident-actions';
import { backupMove, type BackupMove } from './backup-channel';
import type { Choice } from './chooser';
import { MOST_CHOICES } from './host-choices';
import { SPECIALTY_WORDS } from './specialty-words';

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
    case 'left':
      return 'has had to leave';
  }
}

type JobPlan = { job: Job; typed: string } | null;

/** Commands that direct people, stop their work or answer a review are the lead's; an injection, the facilitator's. */
function isJobCommand(command: Command): command is Extract<Command, Job> {
  return !LEAD_COMMAND_TYPES.includes(command.type) && command.type !== 'inject-event';
}

/** A plan from the action menus, as a job: the same commands the player has, done at the responder's desk. */
function asJob(planned: Planned | null): JobPlan {
  if (!planned || !isJobCommand(planned.command)) return null;
  return { job: planned.command, typed: planned.typed };
}

const INVESTIGATIONS: Choice<JobPlan>[] = [
  { label: 'Why is the broken host broken?', value: { job: { type: 'investigate', topic: 'broken-host' }, typed: 'investigate broken-host' } },
  { label: 'What is up with the php7 boxes?', value: { job: { type: 'investigate', topic: 'php7' }, typed: 'investigate php7' } },
  { label: 'Can we roll back? (the mirror)', value: { job: { type: 'investigate', topic: 'mirror' }, typed: 'investigate mirror' } },
  { label: 'Are the monitoring hosts all right?', value: { job: { type: 'investigate', topic: 'monitoring' }, typed: 'investigate monitoring' } },
];

const WATCHES: Choice<JobPlan>[] = [
  { label: 'The site', detail: 'how many web hosts serve, and whether it is healthy', value: { job: { type: 'watch', target: 'site' }, typed: 'watch site' } },
  { label: 'The Chef server', detail: 'whether a fan-out is overloading it', value: { job: { type: 'watch', target: 'chef-server' }, typed: 'watch chef-server' } },
  { label: 'The monitoring', detail: 'which tools answer again', value: { job: { type: 'watch', target: 'monitoring' }, typed: 'watch monitoring' } },
];

/** The kinds of job a lead gives, each narrowed down by the same menus the player uses. */
function jobKinds(context: ActionContext): Choice<() => Promise<JobPlan>>[] {
  return [
    { label: 'Find something out', detail: 'and report it in chat', value: () => context.chooser.ask('Find out what?', INVESTIGATIONS).then((plan) => plan ?? null) },
    { label: 'Keep watch and report changes', value: () => context.chooser.ask('Watch what?', WATCHES).then((plan) => plan ?? null) },
    { label: 'Run Chef on some hosts', value: async () => asJob(await planFanOut(context, 'run-chef')) },
    { label: 'Stop chef-client on some hosts', detail: 'the kill switch', value: async () => asJob(await planFanOut(context, 'stop-chef')) },
    { label: 'Start chef-client again on some hosts', value: async () => asJob(await planFanOut(context, 'start-chef')) },
    { label: 'Look at one host', value: async () => asJob(await planLook(context)) },
    { label: 'Update the status page', value: async () => asJob(await planStatusUpdate(context)) },
    { label: 'Check the site as a customer', value: () => Promise.resolve({ job: { type: 'view-site' }, typed: 'curl https://www.shop/' }) },
    { label: 'Read the load balancer stats', value: () => Promise.resolve({ job: { type: 'read-lb-stats' }, typed: 'lb stats' }) },
  ];
}

/** What a line of the team menu does: call everyone, open one responder, or lead the team to the backup. */
type TeamChoice = ResponderConfig | 'ask' | BackupMove;

/**
 * The team menu. Its numbers never change during a shift: 1 always calls everyone (saying so when all are
 * here), each cat keeps the number after it in the level's order, and "Everyone to IRC" comes last.
 */
export async function teamMenu(context: ActionContext): Promise<void> {
  const responders = context.level.sim.responders;
  if (responders.length === 0) return context.note('Nobody else is around on this shift.');
  const { team, chat } = context.view();
  const anyoneAway = team.some((responder) => responder.status === 'away');
  const choices: Choice<TeamChoice>[] = [{ label: 'Ask for help', detail: anyoneAway ? 'page everyone who is around' : 'everyone is here already', value: 'ask' }];
  responders.forEach((responder, index) => {
    choices.push({ label: `${responder.name} (${SPECIALTY_WORDS[responder.specialty].long})`, detail: whereabouts(team[index]!), value: responder });
  });
  const move = backupMove(context.level.sim.channels, chat);
  if (move && choices.length < MOST_CHOICES) choices.push({ label: move.label, detail: move.detail, value: move });
  const who = await context.chooser.ask('Your team', choices);
  if (!who) return;
  if (who === 'ask') return anyoneAway ? context.submit({ type: 'ask-for-help' }, 'page') : context.note('Everyone is here already: give each one a clear job.');
  if ('command' in who) return context.submit(who.command, who.typed);
  await responderMenu(context, who);
}

/** One responder: call them when away, give them a job when free (or watching), or say what they are up to. */
export async function responderMenu(context: ActionContext, who: ResponderConfig): Promise<void> {
  const responders = context.level.sim.responders;
  const whereNow = context.view().team[responders.indexOf(who)]!;
  if (whereNow.status === 'away') return context.submit({ type: 'ask-for-help', responder: who.id }, `page ${who.id}`);
  const watching = whereNow.status === 'working' && whereNow.job?.command.type === 'watch';
  if (whereNow.status !== 'idle' && !watching) return context.note(`${who.name} is ${whereabouts(whereNow)}.`);
  const kind = await context.chooser.ask(`A clear job for ${who.name}${watching ? ` (instead of ${whereNow.job!.summary})` : ''}`, jobKinds(context));
  if (!kind) return;
  const plan = await kind();
  if (!plan) return;
  context.submit({ type: 'assign-job', responder: who.id, job: plan.job }, `job ${who.id} ${plan.typed}`);
}
