// The action bar's actions: each key opens a short numbered menu (what, on which hosts, how many at a
// time) and ends in one simulation command, echoed in the terminal as the line that would have typed it.

import type { Level } from '../levels/level';
import type { Command, HostList, StatusPageStatus } from '../sim/commands';
import type { SimState } from '../sim/state';
import type { Choice, Chooser } from './chooser';

export interface ActionContext {
  level: Level;
  state: () => SimState;
  selectedHost: () => string | null;
  chooser: Chooser;
  submit: (command: Command, typed: string) => void;
  note: (text: string) => void;
}

interface Targets {
  hosts: HostList;
  dsh: string;
}

function targetChoices(context: ActionContext, includeEverything: boolean): Choice<Targets>[] {
  const choices: Choice<Targets>[] = [
    { label: 'Web, API and tool hosts, not the php7 nodes', value: { hosts: ['@web', '@api', '@tools', '-@php7'], dsh: '-g web,api,tools -x php7' } },
    { label: 'Web servers, not the php7 nodes', value: { hosts: ['@web', '-@php7'], dsh: '-g web -x php7' } },
    { label: 'API servers', value: { hosts: ['@api'], dsh: '-g api' } },
    { label: 'Tool hosts (graphs, Nagios UI, deploys)', detail: 'restore the monitoring first', value: { hosts: ['@tools'], dsh: '-g tools' } },
  ];
  const selected = context.selectedHost();
  if (selected) choices.unshift({ label: `Just ${selected}`, detail: 'the selected host', value: { hosts: [selected], dsh: `-m ${selected}` } });
  if (includeEverything) choices.push({ label: 'Every host, the php7 nodes and dev VMs included', value: { hosts: ['@all'], dsh: '-g all' } });
  return choices;
}

const WIDTHS: Choice<number>[] = [
  { label: '25 at a time', detail: 'dsh -F 25, kind to the Chef server', value: 25 },
  { label: '10 at a time', value: 10 },
  { label: 'One at a time', detail: 'slow and careful', value: 1 },
  { label: 'All at once', detail: 'risky: the Chef server and mirror overload', value: 1000 },
];

async function fanOut(context: ActionContext, what: string, remote: string, type: 'run-chef' | 'stop-chef' | 'start-chef'): Promise<void> {
  const targets = await context.chooser.ask(`${what} on which hosts?`, targetChoices(context, type === 'run-chef'));
  if (!targets) return;
  const width = targets.hosts.length === 1 && !targets.hosts[0]!.startsWith('@') ? 1 : await context.chooser.ask('How many at a time?', WIDTHS);
  if (width === null) return;
  context.submit({ type, hosts: targets.hosts, concurrency: width }, `dsh ${targets.dsh} -F ${width} ${remote}`);
}

export async function chefSwitch(context: ActionContext): Promise<void> {
  const choices: Choice<string>[] = [
    { label: 'Stop chef-client', detail: 'no more scheduled runs on those hosts', value: 'stop' },
    { label: 'Start chef-client again', detail: 'turn the switch back on', value: 'start' },
  ];
  if (context.level.sim.chef.hasFleetPause) {
    choices.unshift({ label: context.state().chefPaused ? 'Resume Chef fleet-wide' : 'Pause Chef fleet-wide', detail: 'the kill switch', value: 'pause' });
  }
  const choice = await context.chooser.ask('chef-client: the kill switch', choices);
  if (choice === 'pause') {
    const paused = context.state().chefPaused;
    context.submit({ type: paused ? 'resume-chef' : 'pause-chef' }, paused ? 'knife resume' : 'knife pause');
  } else if (choice === 'stop') await fanOut(context, 'Stop chef-client', 'systemctl stop chef-client', 'stop-chef');
  else if (choice === 'start') await fanOut(context, 'Start chef-client', 'systemctl start chef-client', 'start-chef');
}

export async function runChef(context: ActionContext): Promise<void> {
  await fanOut(context, 'Run Chef', 'chef-client', 'run-chef');
}

export async function lookAtHost(context: ActionContext): Promise<void> {
  const selected = context.selectedHost();
  const host =
    selected ??
    (await context.chooser.ask('Look at which host? (or click a tile first)', [
      { label: context.level.sim.change.watchHostName, detail: 'where it started', value: context.level.sim.change.watchHostName },
      ...['nagios-web-01', 'graphite-01', 'web-php7-01', 'api-01', 'web-050'].map((name) => ({ label: name, value: name })),
    ]));
  if (!host) return;
  const method = await context.chooser.ask(`How to look at ${host}?`, [
    { label: 'ssh in', detail: 'package, config, Chef: everything, in 10 s', value: 'ssh' as const },
    { label: 'curl it', detail: 'only whether Apache answers, in 3 s', value: 'curl' as const },
  ]);
  if (!method) return;
  context.submit({ type: 'check-host', host, method }, method === 'ssh' ? `ssh ${host}` : `curl http://${host}/`);
}

export async function shedLoad(context: ActionContext): Promise<void> {
  const flags = context.level.sim.featureFlags;
  if (flags.length === 0) return context.note('This level has no load-shedding flags.');
  const state = context.state();
  const flag = await context.chooser.ask(
    'Switch which feature?',
    flags.map((candidate) => ({ label: `${candidate.label}: now ${state.featureFlagsOn[candidate.id] ? 'ON' : 'OFF'}`, detail: candidate.description, value: candidate })),
  );
  if (!flag) return;
  const on = !state.featureFlagsOn[flag.id];
  context.submit({ type: 'set-feature-flag', flag: flag.id, on }, `flag ${on ? 'on' : 'off'} ${flag.id}`);
}

export async function cookbook(context: ActionContext): Promise<void> {
  const sim = context.level.sim;
  const selected = context.selectedHost();
  const choices: Choice<() => void>[] = [
    { label: 'Check the mirror', detail: 'yum list httpd', value: () => context.submit({ type: 'check-mirror' }, 'yum list httpd') },
    { label: 'Fix the cookbook forward', detail: 'delete the default config before restarting Apache', value: () => context.submit({ type: 'fix-cookbook' }, 'knife upload apache-fix') },
    { label: `Pin httpd back to ${sim.apache.installedVersion}`, detail: 'roll back', value: () => context.submit({ type: 'set-pin', version: sim.apache.installedVersion }, `knife pin ${sim.apache.installedVersion}`) },
  ];
  if (sim.staging) {
    choices.push({ label: `Test ${sim.change.pinVersion} in staging`, detail: 'slow to set up', value: () => context.submit({ type: 'test-in-staging', version: sim.change.pinVersion }, `staging test ${sim.change.pinVersion}`) });
  }
  if (selected) {
    choices.push({ label: `Canary: pin ${sim.change.pinVersion} on ${selected} only`, value: () => context.submit({ type: 'set-pin', version: sim.change.pinVersion, hosts: [selected] }, `knife pin ${sim.change.pinVersion} ${selected}`) });
  }
  (await context.chooser.ask('Cookbook and packages', choices))?.();
}

const STATUS_UPDATES: { status: StatusPageStatus; label: string; text: string }[] = [
  { status: 'degraded', label: 'Degraded', text: 'The shop is slow right now and some pages fail. We know why and are fixing it; next update in 15 minutes.' },
  { status: 'major-outage', label: 'Major outage', text: 'The shop is down. We are working on it and will update here every 15 minutes.' },
  { status: 'degraded', label: 'Recovering', text: 'A fix is rolling out and most pages are quick again. Next update in 15 minutes.' },
  { status: 'operational', label: 'Operational', text: 'All fixed: the shop is back to normal. Thank you for your patience.' },
];

export async function statusPage(context: ActionContext): Promise<void> {
  const update = await context.chooser.ask(
    'Post to the external status page',
    STATUS_UPDATES.map((candidate) => ({ label: candidate.label, detail: candidate.text, value: candidate })),
  );
  if (!update) return;
  context.submit({ type: 'update-status-page', status: update.status, text: update.text }, `status ${update.status} "${update.text}"`);
}

export async function postMessage(context: ActionContext): Promise<void> {
  const state = context.state();
  const channel = context.level.sim.channels.find((candidate) => state.channelsUp[candidate.id]);
  if (!channel) return context.note('Every chat channel is down.');
  const watch = context.level.sim.change.watchHostName;
  const message = await context.chooser.ask(`Post in ${channel.label}`, [
    { label: 'Say what is happening', value: { intent: 'tell-channel', text: `Apache won't start on ${watch} after the pin bump, and every web server will get the same change. I'm on it.` } },
    { label: 'Ask for help with a clear job', value: { intent: 'ask-help', text: 'Could someone watch the load balancer stats and tell me when hosts come back? Please leave the php7 boxes alone.' } },
    { label: 'Tell everyone to leave the php7 boxes alone', value: { intent: 'leave-php7-alone', text: 'Please leave the php7 web boxes alone: their Chef runs fail, which is exactly why they are still serving.' } },
    { label: 'Post a running summary', value: { intent: 'summary', text: 'Summary so far: the httpd upgrade drops a default config that stops Apache; the old package is gone from the mirror; a second Chef run fixes a host.' } },
    { label: 'All clear', value: { intent: 'all-clear', text: 'All clear: the site is healthy again. Thanks, everyone. Debrief tomorrow, no blame.' } },
  ]);
  if (!message) return;
  context.submit({ type: 'post-message', channel: channel.id, text: message.text, intent: message.intent }, `say ${channel.id} "${message.text}"`);
}
