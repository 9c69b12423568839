// The terminal's help: one overview line per form, and a page per command with the level's own
// groups, versions, flags and channels. Lines stay within 70 characters to fit the panel.

import { INVESTIGATION_TOPICS, STATUS_PAGE_STATUSES, WATCH_TARGETS } from '../sim/commands';
import { MESSAGE_INTENTS } from '../sim/message-intents';
import { DEFAULT_CONFIG_PATH, REMOTE_WORDS } from './remote-command';
import type { TerminalContext } from './terminal-context';
import { closest, meant } from './terminal-suggest';

export const HELP_WIDTH = 70;

export interface HelpTopic {
  name: string;
  /** Lines of the overview, as [form, what it does]. */
  overview: readonly (readonly [string, string])[];
  details: (context: TerminalContext) => string[];
  /** Each one parses: the tests hold the help to its word. */
  examples: readonly string[];
  /** Other names the command answers to (an older name kept working), completed and helped alike. */
  aliases?: readonly string[];
}

const REMOTE_LINES = [
  '  chef-client                    run Chef now',
  '  systemctl stop chef-client     stop the daemon: no more runs',
  '  systemctl start chef-client    start the daemon again',
  '  systemctl start httpd          start Apache by hand (restart too)',
  `  rm -f ${DEFAULT_CONFIG_PATH}`,
  '                                 delete the default config file',
  "  repair-chef                    mend the host's own Chef failure",
  '                                 (php7 boxes, dev VMs), then run it',
  '  service NAME start|stop works too, and sudo is fine.',
];

export const HELP_TOPICS: readonly HelpTopic[] = [
  {
    name: 'dsh',
    overview: [['dsh -g GROUP -F N REMOTE', 'run a command on many hosts']],
    details: (context) => [
      'dsh: run one command on many hosts (a fan-out)',
      '  dsh [-g GROUP,…] [-m HOST,…] [-x NAME,…] [-F N] [--] REMOTE',
      '  -g GROUP   every host in these groups or tiers',
      '  -m HOST    these hosts, by name',
      '  -x NAME    leave out a group or a host: -x php7, -x web-017',
      '  -F N       hosts at once. Default 1: one after another.',
      '             20-30 is kind; more swamps the Chef server and mirror.',
      ...wrapList('groups here:', context.groups),
      'REMOTE, run on every host:',
      ...REMOTE_LINES,
    ],
    examples: [
      'dsh -g web -x php7 -F 25 -- chef-client',
      'dsh -g web,api -x php7 -F 30 systemctl stop chef-client',
      `dsh -m web-017,web-018 rm -f ${DEFAULT_CONFIG_PATH}`,
      'dsh -g php7 repair-chef',
    ],
  },
  {
    name: 'ssh',
    overview: [
      ['ssh HOST', 'look around one host'],
      ['ssh HOST REMOTE', 'run one command on one host'],
    ],
    details: () => [
      'ssh: one host, by hand',
      '  ssh HOST          look around: Apache, Chef and the config',
      '  ssh HOST REMOTE   run one command there (dsh -m HOST REMOTE)',
      'REMOTE is one of:',
      ...REMOTE_LINES,
    ],
    examples: ['ssh web-017', 'ssh web-017 chef-client', 'ssh web-017 sudo service httpd start'],
  },
  {
    name: 'curl',
    overview: [
      ['curl HOST', 'does Apache answer on a host?'],
      ['curl www', 'the shop, as a customer sees it'],
    ],
    details: () => [
      'curl: look from outside, even when the graphs are dark',
      '  curl HOST   does Apache answer there? (http://HOST/… works too)',
      '  curl www    the shop as a customer sees it (or curl shop)',
    ],
    examples: ['curl web-017', 'curl -sI http://web-017/', 'curl www'],
  },
  {
    name: 'knife',
    overview: [
      ['knife pin VERSION [HOST…]', 'set the Apache pin in Chef'],
      ['knife upload apache-fix', 'upload the fixed cookbook'],
      ['knife pause | resume', 'the fleet-wide Chef switch'],
    ],
    details: (context) => [
      "knife: Chef's cookbooks and their Apache pin",
      '  knife pin VERSION         pin Apache on every node',
      '  knife pin VERSION HOST…   pin it on these hosts only (a canary)',
      '  knife upload apache-fix   the fix forward: it removes welcome.conf',
      '                            before Apache (re)starts',
      '  knife pause               stop Chef runs on every node at once',
      '  knife resume              let them run again',
      ...(context.hasFleetPause ? [] : ['This team has no Chef pause: stop chef-client with dsh instead.']),
      ...wrapList('versions here:', context.pinVersions),
    ],
    examples: ['knife pin 2.2.22 web-017', 'knife pin 2.2.21', 'knife upload apache-fix', 'knife pause'],
  },
  {
    name: 'yum',
    overview: [['yum list httpd', 'which httpd versions the mirror has']],
    details: () => [
      'yum: ask the mirror what it has',
      '  yum list httpd                    httpd on the mirror',
      '  yum --showduplicates list httpd   every version it keeps',
      'The mirror keeps only the newest version of each package.',
    ],
    examples: ['yum --showduplicates list httpd'],
  },
  {
    name: 'staging',
    overview: [['staging test VERSION', 'try a version on staging (slow)']],
    details: (context) => [
      'staging: try a change before the fleet does',
      '  staging test VERSION   set staging up, run Chef there, report',
      'Staging takes a while to get ready: that is why people skip it.',
      ...wrapList('versions here:', context.pinVersions),
    ],
    examples: ['staging test 2.2.22'],
  },
  {
    name: 'lb',
    overview: [
      ['lb drain|restore HOST…', 'take hosts out of the pool, or back'],
      ['lb stats', "the load balancer's own numbers"],
    ],
    details: () => [
      'lb: the load balancer in front of web and api',
      '  lb drain HOST…     take hosts out of the pool, healthy or not',
      '  lb restore HOST…   put them back in',
      '  lb stats           the pools as the load balancer sees them',
      'HOST is a host, a @group, or -NAME to leave one out.',
    ],
    examples: ['lb drain web-017', 'lb restore @web -@php7', 'lb stats'],
  },
  {
    name: 'flag',
    overview: [['flag off|on NAME', 'switch a load-shedding feature']],
    details: (context) => [
      'flag: features to switch off so the survivors carry checkout',
      '  flag off NAME   switch it off: less load on web and api',
      '  flag on NAME    switch it back on once the danger is past',
      ...wrapList('flags here:', context.featureFlags),
    ],
    examples: ['flag off recommendations', 'flag on recommendations'],
  },
  {
    name: 'ack',
    overview: [['ack [ID]', 'acknowledge a page (or all open)']],
    details: () => ['ack: tell the pager you are on it', '  ack      every open page', '  ack ID   one page, e.g. ack 3'],
    examples: ['ack', 'ack 3'],
  },
  {
    name: 'say',
    overview: [['say CHANNEL [--KIND] TEXT', 'post in a chat channel']],
    details: (context) => [
      'say: post in a channel',
      '  say CHANNEL TEXT          tell the channel what is happening',
      '  say CHANNEL --KIND TEXT   a post of one kind, as in the post menu:',
      ...wrapList('KIND is one of:', MESSAGE_INTENTS),
      '  --ask-help calls the team; --summary and --update help',
      '  late joiners catch up fast.',
      'CHANNEL is its id or its label.',
      ...wrapList(
        'channels here:',
        context.channels.map((channel) => `${channel.label} (${channel.id})`),
      ),
    ],
    examples: ['say ops "Apache is failing on web; looking."', 'say ops --ask-help "Who can take Chef? Leave php7 alone."', 'say #ops --summary "A second Chef run fixes a host"'],
  },
  {
    name: 'status',
    overview: [['status STATUS [--holding] TEXT', 'update the external status page']],
    details: () => [
      'status: the external status page (hosted outside: it stays up)',
      '  status STATUS TEXT             an update: impact, next update',
      '  status STATUS --holding TEXT   a holding line ("looking into it")',
      ...wrapList('STATUS is one of:', STATUS_PAGE_STATUSES),
    ],
    examples: ['status degraded "Checkout is slow; we are on it"', 'status operational All is well again'],
  },
  {
    name: 'page',
    overview: [['page [NAME]', 'ask one person, or everyone, for help']],
    details: (context) => [
      'page: ask for help (they join after a while, then catch up)',
      '  page        everyone who is around',
      '  page NAME   one person',
      ...wrapList(
        'the team:',
        context.responders.map((responder) => responder.name),
      ),
    ],
    examples: ['page', 'page miso'],
  },
  {
    name: 'job',
    overview: [['job NAME WHAT', 'give one person one clear job']],
    details: () => [
      'job: one clear job for someone who has joined and caught up',
      '  job NAME investigate TOPIC   find out, report in chat',
      '  job NAME watch TARGET        report each change',
      '  job NAME COMMAND…            any other line, done at their desk',
      ...wrapList('TOPIC is one of:', INVESTIGATION_TOPICS),
      ...wrapList('TARGET is one of:', WATCH_TARGETS),
    ],
    examples: ['job miso investigate broken-host', 'job biscuit watch chef-server', 'job biscuit dsh -g tools -F 7 chef-client'],
  },
  {
    name: 'stop',
    overview: [
      ['stop [N]', 'stop your fan-out (Ctrl-C does too)'],
      ['stop NAME', "stop someone's job and fan-outs"],
    ],
    details: (context) => [
      'stop: stop work before it does more',
      '  stop        your newest fan-out; Ctrl-C while it runs does too',
      '  stop N      task N (its number is in the task-started line)',
      '  stop NAME   their job, before it takes effect, and any fan-out',
      '              running in their name',
      '  Hosts not reached yet are left alone; a Chef run already going',
      '  on a host finishes.',
      ...wrapList(
        'the team:',
        context.responders.map((responder) => responder.name),
      ),
    ],
    examples: ['stop', 'stop 12', 'stop biscuit'],
  },
  {
    name: 'no',
    overview: [['no NAME', 'say no to what they said they would do']],
    details: (context) => [
      'no: say no to what someone just said they would do on their own',
      '  Left without a job, a responder says what they are about to do',
      '  and when. no NAME stops it before it starts; they wait for a',
      '  job (give them one with job NAME …).',
      ...wrapList(
        'the team:',
        context.responders.map((responder) => responder.name),
      ),
    ],
    examples: ['no biscuit', 'no Miso'],
  },
  {
    name: 'approve',
    overview: [['approve', 'let the change under review go out']],
    details: () => [
      'approve: the change its author asked you to look at can go out',
      '  They push it to the whole fleet at once. Try it first if you',
      '  can: staging test VERSION, or knife pin VERSION HOST on one',
      '  canary host and a Chef run there.',
      '  Say nothing and it goes out anyway when they stop waiting.',
    ],
    examples: ['approve'],
  },
  {
    name: 'hold',
    overview: [['hold [REASON]', 'ask its author to keep the change back']],
    details: () => [
      'hold: ask the author to keep the change back for now',
      '  hold            they keep it until you approve it',
      '  hold REASON     and tell them why, e.g. what staging showed',
      '  Holding on what a try showed (staging, or a canary whose Apache',
      '  failed) ends the incident before it starts. Holding without a',
      '  look only puts the question off.',
    ],
    examples: ['hold', 'hold "staging: Apache fails after the upgrade"'],
  },
  {
    name: 'handover',
    aliases: ['end-incident'],
    overview: [['handover', 'hand over and end the shift']],
    details: () => [
      'handover: hand the shift over and end it; the debrief follows',
      '  Refused until every serving host is back and healthy. Once the',
      '  incident is resolved the top bar says so: switch back what you',
      '  switched off, post the all-clear, then hand over.',
      '  The H key does the same; end-incident is another name for it.',
    ],
    examples: ['handover', 'end-incident'],
  },
  {
    name: 'help',
    overview: [['help [COMMAND]', 'this list, or one command in full']],
    details: () => ['help: the list of commands', '  help COMMAND   one command in full, e.g. help dsh'],
    examples: ['help', 'help dsh'],
  },
  {
    name: 'clear',
    overview: [['clear', 'clear the screen']],
    details: () => ['clear: clear the screen'],
    examples: ['clear'],
  },
];

export const COMMAND_NAMES: readonly string[] = HELP_TOPICS.flatMap((topic) => [topic.name, ...(topic.aliases ?? [])]);

export function helpOverview(): string[] {
  const lines = HELP_TOPICS.flatMap((topic) => topic.overview.map(([form, what]) => `  ${form.padEnd(26)} ${what}`));
  return ['Commands (help COMMAND for more; Tab completes):', ...lines, 'Quote text with "…" or \'…\'.'];
}

/** The page for one command, or an error line for a topic that does not exist. */
export function helpFor(name: string, context: TerminalContext): { ok: true; lines: string[] } | { ok: false; message: string } {
  // The remote commands are documented under dsh, where they are run.
  const topicName = REMOTE_WORDS.includes(name) ? 'dsh' : name.toLowerCase();
  const topic = HELP_TOPICS.find((candidate) => candidate.name === topicName || candidate.aliases?.includes(topicName));
  if (!topic) return { ok: false, message: `help: no command named ${name}${meant(closest(name, COMMAND_NAMES))}; type help for the list` };
  return { ok: true, lines: [...topic.details(context), ...topic.examples.map((example) => `e.g. ${example}`)] };
}

/** `label a, b, c` wrapped to the panel, continuation lines indented. */
function wrapList(label: string, items: readonly string[]): string[] {
  if (items.length === 0) return [`${label} none`];
  const lines: string[] = [];
  let line = label;
  items.forEach((item, index) => {
    const piece = `${item}${index < items.length - 1 ? ',' : ''}`;
    if (line.length + 1 + piece.length > HELP_WIDTH && line.trim() !== '') {
      lines.push(line);
      line = '   ';
    }
    line = `${line} ${piece}`;
  });
  lines.push(line);
  // A single item longer than the panel (a very long host group name) is cut rather than overflowing.
  return lines.map((text) => (text.length > HELP_WIDTH ? `${text.slice(0, HELP_WIDTH - 1)}…` : text));
}
