// A responder's job in a few words, for chat and the timeline (and for the score, which reads watches
// back from these words).

import type { Job } from './commands';

export function describeJob(job: Job): string {
  if (job.type === 'investigate') return `looking into ${job.topic}`;
  if (job.type === 'watch') return `watching ${job.target}`;
  const targets = 'hosts' in job && Array.isArray(job.hosts) ? ` on ${job.hosts.join(' ')}` : 'host' in job ? ` on ${job.host}` : '';
  return `${job.type}${targets}`;
}
