// The action bar's actions: each key opens a short numbered menu (what, on which hosts, how many at a
// time) and ends in one simulation command, echoed in the terminal as the line that would have typed it.
// The `plan…` functions only ask and return the command, so the team menu can hand the same choices to a
// responder as a job.

import type { Level, LevelComms, Wording } from '../levels/level';
import type { PlayerView } from '../session/player-view';
import type { Command } from '../sim/commands';
import { backupMove, type BackupMove } from './backup-channel';
import type { Choice, Chooser } from './chooser';
import { canaryHosts, fanOutTargets, hostsToLookAt, MOST_CHOICES, type Targets } from './host-choices';

export interface ActionContext {
  level: Level;
  /** What the player can know now: the menus offer and word choices from that, never from the truth. */
  view: () => PlayerView;
  selectedHost: () => string | null;
  chooser: Chooser;
  submit: (command: Command, typed: string) => void;
  note: (text: string) => void;
}

/** A command chosen in the menus, with the terminal line that would have typed it. */
export interface Planned {
  command: Command;
  typed: string;
}

const WIDTHS: Choice<number>[] = [
  { label: '25 at a time', detail: 'dsh -F 25, kind to the Chef server', value: 25 },
  { label: '10 at a time', value: 10 },
  { label: 'One at a time', detail: 'slow and careful', value: 1 },
  { label: 'All at once', detail: 'risky: the Chef server and mirror overload', value: 1000 },
];

export type FanOutType = 'run-chef' | 'stop-chef' | 'start-chef';
const FAN_OUTS: Record<FanOutType, { what: string; remote: string }> = {
  'run-chef': { what: 'Run Chef', remote: 'chef-client' },
  'stop-chef': { what: 'Stop chef-client', remote: 'systemctl stop chef-client' },
  'start-chef': { what: 'Start chef-client', remote: 'systemctl start chef-client' },
};

/** The choice in the Run Chef menu that leads to a numbered list of single hosts: a canary by keys alone. */
const CANARY = 'canary';

export async function planFanOut(context: ActionContext, type: FanOutType): Promise<Planned | null> {
  const { what, remote } = FAN_OUTS[type];
  const groups: Choice<Targets | typeof CANARY>[] = fanOutTargets(context.level.sim, context.selectedHost(), type === 'run-chef');
  // A Chef run offers one canary host before the fleet-wide choice, so a keyboard player finds it too;
  // the groups keep their numbers (1 to 4 on the Apache SNAFU), the canary comes after them.
  const targets = type === 'run-chef' ? await context.chooser.ask(`${what} on which hosts?`, withCanaryChoice(groups)) : await context.chooser.ask(`${what} on which hosts?`, groups);
  if (!targets) return null;
  if (targets === CANARY) return planCanaryRun(context);
  const width = targets.hosts.length === 1 && !targets.hosts[0]!.startsWith('@') ? 1 : await context.chooser.ask('How many at a time?', WIDTHS);
  if (width === null) return null;
  return { command: { type, hosts: targets.hosts, concurrency: width }, typed: `dsh ${targets.dsh} -F ${width} ${remote}` };
}

function withCanaryChoice(groups: Choice<Targets | typeof CANARY>[]): Choice<Targets | typeof CANARY>[] {
  const canary: Choice<typeof CANARY> = { label: 'One canary host…', detail: 'try it on one host first, look, then go wider', value: CANARY };
  const everything = groups.findIndex((choice) => choice.value !== CANARY && choice.value.hosts.includes('@all'));
  const choices = [...groups];
  choices.splice(everything < 0 ? choices.length : everything, 0, canary);
  // Nine keys: a big trainer's fleet gives up its last group before the canary.
  while (choices.length > MOST_CHOICES) {
    const at = choices.indexOf(canary);
    choices.splice(at > 0 ? at - 1 : choices.length - 1, 1);
  }
  return choices;
}

/** A Chef run on one host picked from a numbered list: the same command as a click-chosen "Just web-042". */
export async function planCanaryRun(context: ActionContext): Promise<Planned | null> {
  const host = await context.chooser.ask('Run Chef on which one host first? (a canary)', canaryHosts(context.level.sim, context.view().fleet.hosts, context.selectedHost(), true));
  if (!host) return null;
  return { command: { type: 'run-chef', hosts: [host], concurrency: 1 }, typed: `dsh -m ${host} -F 1 chef-client` };
}

/** The pin on one host picked from a numbered list: the Cookbook's canary of the change itself. */
async function planCanaryPin(context: ActionContext): Promise<Planned | null> {
  const version = context.level.sim.change.pinVersion;
  const host = await context.chooser.ask(`Pin ${version} on which one host first? (a canary)`, canaryHosts(context.level.sim, context.view().fleet.hosts, context.selectedHost(), false));
  if (!host) return null;
  return { command: { type: 'set-pin', version, hosts: [host] }, typed: `knife pin ${version} ${host}` };
}

function submitPlanned(context: ActionContext, planned: Planned | null): void {
  if (planned) context.submit(planned.command, planned.typed);
}

export async function chefSwitch(context: ActionContext): Promise<void> {
  const choices: Choice<string>[] = [
    { label: 'Stop chef-client', detail: 'no more scheduled runs on those hosts', value: 'stop' },
    { label: 'Start chef-client again', detail: 'turn the switch back on', value: 'start' },
  ];
  if (context.level.sim.chef.hasFleetPause) {
    choices.unshift({ label: context.view().switches.chefPaused ? 'Resume Chef fleet-wide' : 'Pause Chef fleet-wide', detail: 'the kill switch', value: 'pause' });
  }
  const choice = await context.chooser.ask('chef-client: the kill switch', choices);
  if (choice === 'pause') {
    const paused = context.view().switches.chefPaused;
    context.submit({ type: paused ? 'resume-chef' : 'pause-chef' }, paused ? 'knife resume' : 'knife pause');
  } else if (choice === 'stop') submitPlanned(context, await planFanOut(context, 'stop-chef'));
  else if (choice === 'start') submitPlanned(context, await planFanOut(context, 'start-chef'));
}

export async function runChef(context: ActionContext): Promise<void> {
  submitPlanned(context, await planFanOut(context, 'run-chef'));
}

export async function lookAtHost(context: ActionContext): Promise<void> {
  submitPlanned(context, await planLook(context));
}

export async function planLook(context: ActionContext): Promise<Planned | null> {
  const selected = context.selectedHost();
  const host = selected ?? (await context.chooser.ask('Look at which host? (or click a tile first)', hostsToLookAt(context.level.sim, context.view().fleet.hosts)));
  if (!host) return null;
  const method = await context.chooser.ask(`How to look at ${host}?`, [
    { label: 'ssh in', detail: 'package, config, Chef: everything, in 10 s', value: 'ssh' as const },
    { label: 'curl it', detail: 'only whether Apache answers, in 3 s', value: 'curl' as const },
  ]);
  if (!method) return null;
  return { command: { type: 'check-host', host, method }, typed: method === 'ssh' ? `ssh ${host}` : `curl http://${host}/` };
}

export async function shedLoad(context: ActionContext): Promise<void> {
  const flags = context.level.sim.featureFlags;
  if (flags.length === 0) return context.note('This level has no load-shedding flags.');
  const { featureFlagsOn } = context.view().switches;
  const flag = await context.chooser.ask(
    'Switch which feature?',
    flags.map((candidate) => ({ label: `${candidate.label}: now ${featureFlagsOn[candidate.id] ? 'ON' : 'OFF'}`, detail: candidate.description, value: candidate })),
  );
  if (!flag) return;
  const on = !featureFlagsOn[flag.id];
  context.submit({ type: 'set-feature-flag', flag: flag.id, on }, `flag ${on ? 'on' : 'off'} ${flag.id}`);
}

export async function cookbook(context: ActionContext): Promise<void> {
  const sim = context.level.sim;
  const choices: Choice<() => void | Promise<void>>[] = [
    { label: 'Check the mirror', detail: 'yum list httpd', value: () => context.submit({ type: 'check-mirror' }, 'yum list httpd') },
    { label: 'Fix the cookbook forward', detail: 'delete the default config before restarting Apache', value: () => context.submit({ type: 'fix-cookbook' }, 'knife upload apache-fix') },
    {
      label: `Pin httpd back to ${sim.apache.installedVersion}`,
      detail: 'roll back',
      value: () => context.submit({ type: 'set-pin', version: sim.apache.installedVersion }, `knife pin ${sim.apache.installedVersion}`),
    },
  ];
  if (sim.staging) {
    choices.push({
      label: `Test ${sim.change.pinVersion} in staging`,
      detail: 'slow to set up',
      value: () => context.submit({ type: 'test-in-staging', version: sim.change.pinVersion }, `staging test ${sim.change.pinVersion}`),
    });
  }
  // Both canaries ask for the host by number (the selected one first), so no click is needed.
  choices.push(
    { label: 'Canary: run Chef on one host…', detail: 'try the fix on one host, look, then go wider', value: async () => submitPlanned(context, await planCanaryRun(context)) },
    {
      label: `Canary: pin ${sim.change.pinVersion} on one host…`,
      detail: 'the change on one host before the fleet',
      value: async () => submitPlanned(context, await planCanaryPin(context)),
    },
  );
  await (
    await context.chooser.ask('Cookbook and packages', choices)
  )?.();
}

/**
 * R: the change its author asked you to look at (a level with a review). Hold it while you try it, try it
 * in staging or on one host (the Cookbook's canary), or let it go out; a held change can still be let go.
 */
export async function reviewChange(context: ActionContext): Promise<void> {
  const review = context.view().review;
  const sim = context.level.sim;
  if (!review || review.status === 'not-asked') return context.note('Nobody has asked you to look at a change.');
  if (review.status !== 'asked' && review.status !== 'held') return context.note(`The change is already out: ${review.by} pushed httpd ${review.version} to every node.`);
  const choices: Choice<() => void | Promise<void>>[] = [];
  if (review.status === 'asked') {
    choices.push({
      label: 'Hold it while I try it',
      detail: `${review.by} waits for your word`,
      value: () => context.submit({ type: 'hold-change', reason: 'trying it first' }, 'hold trying it first'),
    });
  }
  if (sim.staging) {
    choices.push({
      label: `Test ${review.version} in staging`,
      detail: 'two Chef runs on the staging hosts',
      value: () => context.submit({ type: 'test-in-staging', version: review.version }, `staging test ${review.version}`),
    });
  }
  choices.push(
    { label: `Canary: pin ${review.version} on one host…`, detail: 'then run Chef there and look', value: async () => submitPlanned(context, await planCanaryPin(context)) },
    { label: 'Canary: run Chef on one host…', detail: 'after pinning it there', value: async () => submitPlanned(context, await planCanaryRun(context)) },
    { label: 'Let it go out now', detail: `${review.by} pushes it to every node`, value: () => context.submit({ type: 'approve-change' }, 'approve') },
  );
  await (
    await context.chooser.ask(`${review.by}'s change: httpd pin ${review.version}`, choices)
  )?.();
}

/** Picks one wording: straight away when there is only one, otherwise the player reads and chooses. */
async function chooseWording<Intent extends string>(context: ActionContext, question: string, wordings: readonly Wording<Intent>[]): Promise<Wording<Intent> | null> {
  if (wordings.length === 1) return wordings[0]!;
  return context.chooser.ask(
    question,
    wordings.map((wording) => ({ label: `“${wording.text}”`, value: wording })),
  );
}

export async function statusPage(context: ActionContext): Promise<void> {
  submitPlanned(context, await planStatusUpdate(context));
}

export async function planStatusUpdate(context: ActionContext): Promise<Planned | null> {
  const update = await context.chooser.ask(
    'Post to the external status page',
    context.level.comms.statusUpdates.map((candidate) => ({
      label: candidate.label,
      detail: candidate.wordings.length === 1 ? candidate.wordings[0]!.text : `${candidate.wordings.length} ways to word it`,
      value: candidate,
    })),
  );
  if (!update) return null;
  const wording = await chooseWording(context, `${update.label}: what do customers read?`, update.wordings);
  if (!wording) return null;
  return {
    command: { type: 'update-status-page', status: update.status, text: wording.text, intent: wording.intent },
    typed: `status ${update.status}${wording.intent === 'looking-into-it' ? ' --holding' : ''} "${wording.text}"`,
  };
}

export async function postMessage(context: ActionContext): Promise<void> {
  const { teamChannel, channelsUp } = context.view().chat;
  // The team's channel when it works; when it is down, the first channel that still answers (the backup).
  const channels = context.level.sim.channels;
  const channel = channels.find((candidate) => candidate.id === teamChannel && channelsUp[candidate.id]) ?? channels.find((candidate) => channelsUp[candidate.id]);
  if (!channel) return context.note('Every chat channel is down.');
  const posts: Choice<LevelComms['posts'][number] | BackupMove>[] = context.level.comms.posts.map((candidate) => ({
    label: candidate.label,
    detail: candidate.wordings.length === 1 ? undefined : `${candidate.wordings.length} ways to say it`,
    value: candidate,
  }));
  // After the level's own posts, so their numbers stay the same whether or not a backup is offered.
  const move = backupMove(channels, context.view().chat);
  if (move && posts.length < MOST_CHOICES) posts.push({ label: move.label, detail: move.detail, value: move });
  const purpose = await context.chooser.ask(`Post in ${channel.label}`, posts);
  if (!purpose) return;
  if ('command' in purpose) return context.submit(purpose.command, purpose.typed);
  const wording = await chooseWording(context, `${purpose.label}: which words?`, purpose.wordings);
  if (!wording) return;
  const kind = wording.intent === 'tell-channel' ? '' : ` --${wording.intent}`;
  context.submit({ type: 'post-message', channel: channel.id, text: wording.text, intent: wording.intent }, `say ${channel.id}${kind} "${wording.text}"`);
}

/**
 * H: hand over and end the shift. Ending cannot be undone, so a site that looks whole asks once first;
 * one that looks broken goes to the world, whose refusal in the terminal says plainly why not yet. Blind,
 * the player cannot tell which, so they are asked either way (asking tells them nothing).
 */
export async function handOver(context: ActionContext): Promise<void> {
  const { shift } = context.view();
  if (shift.siteWhole === false) return context.submit({ type: 'end-incident' }, 'handover');
  const detail =
    shift.siteWhole === null
      ? 'the dashboards are dark, so you cannot see the site; if it is not whole yet, the shift goes on'
      : shift.handOver
        ? 'the site is healthy; the shift ends and the debrief follows'
        : 'the site looks whole, but not for long yet; the shift ends and the debrief follows';
  const question = shift.siteWhole === null ? 'Hand over without seeing the site?' : 'Hand over and end the shift?';
  const sure = await context.chooser.ask(question, [{ label: 'Hand over now', detail, value: true }]);
  if (sure) context.submit({ type: 'end-incident' }, 'handover');
}
