// A responder's job in a few plain words, as a person at the next desk would say it ("running Chef on
// every web and API host, all at once"), for chat, the timeline and the team strip. Never an internal id:
// the player reads these while things are on fire. The score reads watches and investigations back
// from these same words, so it calls this function rather than spelling them again.

import type { HostList, InvestigationTopic, Job, StatusPageStatus, WatchTarget } from './commands';

/** A fan-out this wide or wider is, to anyone watching, everything at once. */
const ALL_AT_ONCE = 100;

const TOPIC_WORDS: Record<InvestigationTopic, string> = {
  'broken-host': 'why the broken hosts will not start Apache',
  php7: 'the php7 boxes and their failing Chef runs',
  mirror: 'what the package mirror still has',
  monitoring: 'whether the monitoring can still see',
};

const WATCH_WORDS: Record<WatchTarget, string> = {
  site: 'the site',
  'chef-server': 'the Chef server',
  monitoring: 'the monitoring',
};

const STATUS_WORDS: Record<StatusPageStatus, string> = {
  operational: 'all is well',
  degraded: 'the site is slow',
  'partial-outage': 'part of the site is down',
  'major-outage': 'the site is down',
};

export function describeJob(job: Job): string {
  switch (job.type) {
    case 'investigate':
      return `looking into ${TOPIC_WORDS[job.topic] ?? 'something'}`;
    case 'watch':
      return `keeping an eye on ${WATCH_WORDS[job.target] ?? 'things'}`;
    case 'run-chef':
      return `running Chef on ${hostWords(job.hosts)}${pace(job.concurrency)}`;
    case 'stop-chef':
      return `stopping Chef on ${hostWords(job.hosts)}`;
    case 'start-chef':
      return `turning Chef back on on ${hostWords(job.hosts)}`;
    case 'pause-chef':
      return 'pausing Chef everywhere';
    case 'resume-chef':
      return 'turning Chef back on everywhere';
    case 'set-pin':
      return `pinning Apache to ${job.version} ${job.hosts ? `on ${hostWords(job.hosts)}` : 'for the whole fleet'}`;
    case 'fix-cookbook':
      return 'fixing the cookbook so it deletes the default config first';
    case 'test-in-staging':
      return `trying Apache ${job.version} in staging`;
    case 'start-apache':
      return `starting Apache by hand on ${hostWords(job.hosts)}`;
    case 'remove-default-config':
      return `deleting the default Apache config on ${hostWords(job.hosts)}`;
    case 'repair-chef':
      return `fixing the failing Chef runs on ${hostWords(job.hosts)}`;
    case 'drain':
      return `taking ${hostWords(job.hosts)} out of the load balancer`;
    case 'restore':
      return `putting ${hostWords(job.hosts)} back in the load balancer`;
    case 'set-feature-flag':
      return `switching ${words(job.flag)} ${job.on ? 'back on' : 'off'}`;
    case 'check-host':
      return `checking ${job.host} ${job.method === 'ssh' ? 'over ssh' : 'with curl'}`;
    case 'view-site':
      return 'looking at the site as a customer';
    case 'read-lb-stats':
      return "reading the load balancer's numbers";
    case 'check-mirror':
      return 'checking what the package mirror has';
    case 'ack-page':
      return 'answering the pager';
    case 'post-message':
      return `posting in ${words(job.channel)}`;
    case 'update-status-page':
      return `telling customers on the status page that ${STATUS_WORDS[job.status] ?? 'we are on it'}`;
    case 'end-incident':
      return 'closing the incident';
    // The lead's own commands: refused as jobs, but said plainly if ever shown.
    case 'refuse-intent':
      return `telling ${job.responder} no`;
    case 'stop-job':
      return `stopping ${job.responder}'s job`;
    case 'stop-task':
      return 'stopping a fan-out';
    case 'approve-change':
      return 'letting the change go out';
    case 'hold-change':
      return 'holding the change back';
    case 'inject-event':
      return 'something the facilitator decides';
    default:
      return 'something';
  }
}

/** `@web @api` as "every web and API host", `web-03 web-04` as "web-03 and web-04". */
export function hostWords(hosts: HostList): string {
  const left = hosts.filter((name) => name.startsWith('-')).map((name) => name.slice(1));
  const taken = hosts.filter((name) => !name.startsWith('-'));
  // `-@php7` and `-web-017` leave hosts out of the list, as dsh's own exclusions do.
  // "every php7 host and web-017" left out reads "except the php7 hosts and web-017".
  return left.length > 0 ? `${namedHosts(taken)} except ${namedHosts(left).replace(/^every (.+?) host\b/, 'the $1 hosts')}` : namedHosts(taken);
}

function namedHosts(hosts: HostList): string {
  const groups = hosts.filter((name) => name.startsWith('@')).map((name) => name.slice(1));
  const names = hosts.filter((name) => !name.startsWith('@'));
  const parts: string[] = [];
  if (groups.includes('all')) parts.push('every host');
  else if (groups.length > 0) parts.push(`every ${listOf(groups.map(groupWords))} host`);
  if (names.length > 3) parts.push(`${names.slice(0, 2).join(', ')} and ${names.length - 2} more hosts`);
  else if (names.length > 0) parts.push(listOf(names));
  return parts.length > 0 ? listOf(parts) : 'no hosts';
}

function groupWords(group: string): string {
  if (group === 'api') return 'API';
  if (group === 'dev') return 'dev VM';
  if (group === 'tools') return 'tool';
  return words(group);
}

function pace(concurrency: number | undefined): string {
  if (concurrency === undefined || concurrency <= 1) return ', one at a time';
  return concurrency >= ALL_AT_ONCE ? ', all at once' : `, ${concurrency} at a time`;
}

/** An id as words: `activity-feed` is "activity feed". */
function words(id: string): string {
  return id.replace(/[-_]+/g, ' ');
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
