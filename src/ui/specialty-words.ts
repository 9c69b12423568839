// What each responder is good at, in words: a word or two under a cat on the briefing, a little more in
// the team menu. Kept together so the two never drift apart.

import type { ResponderConfig } from '../sim/config';

export const SPECIALTY_WORDS: Record<ResponderConfig['specialty'], { short: string; long: string }> = {
  'chef-and-yum': { short: 'Chef and yum', long: 'Chef and yum' },
  'fan-out': { short: 'shell fan-out', long: 'shell fan-out' },
  graphs: { short: 'graphs', long: 'graphs and monitoring' },
  comms: { short: 'comms', long: 'comms and the status page' },
  php7: { short: 'php7 boxes', long: 'knows the php7 boxes' },
  curious: { short: 'curious', long: 'curious; pokes things' },
};
