// Which seats hear of each kind of event, as it happens: the commander's timeline (the team, the pager,
// what was done), ops' terminal and alert feed, comms' channel and status page, the investigator's looks
// and the cookbook. Keyed by every event type, so a new kind of event that nobody was given fails to
// compile. Events that only the truth knows (a host's Apache upgraded, a pool's real status, the
// incident resolved) go to no seat: the players learn them by looking, and the debrief tells them after.

import type { SimEvent } from '../sim/events';
import type { Seat } from './seats';
import { SEAT_COMMANDS } from './seat-commands';

type EventType = SimEvent['type'];

const C: Seat = 'commander';
const O: Seat = 'ops';
const M: Seat = 'comms';
const I: Seat = 'investigator';
const NOBODY: readonly Seat[] = [];

export const SEATS_HEARING: Readonly<Record<EventType, readonly Seat[]>> = {
  // A refusal goes to the seats that own the refused command (see seatsHearing below).
  'command-refused': NOBODY,
  // The terminal's fan-outs and switches; the commander's timeline records them too.
  'task-started': [O, C],
  'task-finished': [O, C],
  'task-stopped': [O, C],
  'chef-daemon-stopped': [O, C],
  'chef-daemon-started': [O, C],
  'chef-paused': [O, C],
  'chef-resumed': [O, C],
  'chef-repaired': [O, C],
  'host-drained': [O, C],
  'host-restored': [O, C],
  'feature-flag-set': [O, C],
  'chef-server-overloaded': [O],
  'chef-server-recovered': [O],
  // The alert feed and the pager.
  'alert-raised': [O],
  'alert-cleared': [O],
  'page-sent': [C, O],
  'page-acked': [C, O],
  'site-alert-raised': [C, O, M],
  'site-alert-cleared': [C, O, M],
  'tool-went-down': [O, C],
  'tool-came-back': [O, C],
  'monitoring-alert-raised': [O, I],
  'monitoring-alert-cleared': [O, I],
  // The cookbook, the mirror, staging and the looks out of band.
  'pin-upload-started': [I, C],
  'pin-changed': [I, C],
  'cookbook-fix-upload-started': [I, C],
  'cookbook-fixed': [I, C],
  'staging-test-started': [I, C],
  'staging-test-finished': [I, C],
  'change-evidence-found': [I],
  'host-checked': [I],
  'lb-stats-read': [I],
  'mirror-checked': [I],
  'site-viewed': [I, M],
  // The change its author asked about: the commander decides, the investigator tries it.
  'change-review-asked': [C, I],
  'change-approved': [C, I],
  'change-held': [C, I],
  'change-pushed-anyway': [C, I],
  'said-in-person': [C],
  // The channel, the customers and the status page.
  'message-posted': [M],
  'line-unheard': [M],
  'status-page-updated': [M, C],
  'channel-went-down': [M, C],
  'channel-restored': [M, C],
  'team-moved-channel': [M, C],
  'watch-reported': [M, C],
  'finding-reported': [M, C],
  // The team of cats: the commander's to lead.
  'responder-called': [C],
  'responder-left': [C],
  'responder-joined': [C],
  'responder-caught-up': [C],
  'job-assigned': [C],
  'job-done': [C],
  'responders-collided': [C],
  'responder-acted-alone': [C],
  'responder-announced': [C],
  'intent-refused': [C],
  'job-stopped': [C],
  'team-chilled': [C],
  'team-warmed': [C],
  // Everyone learns that the shift is over.
  'level-ended': [C, O, M, I],
  // The truth, for the debrief: nobody hears these as they happen.
  'chef-run-started': NOBODY,
  'chef-run-finished': NOBODY,
  'package-unavailable': NOBODY,
  'apache-upgraded': NOBODY,
  'apache-failed-to-start': NOBODY,
  'apache-started': NOBODY,
  'apache-crashed': NOBODY,
  'default-config-removed': NOBODY,
  'host-left-pool': NOBODY,
  'host-joined-pool': NOBODY,
  'pool-status-changed': NOBODY,
  'customers-affected': NOBODY,
  'incident-averted': NOBODY,
  'incident-resolved': NOBODY,
  'incident-reopened': NOBODY,
  // The facilitator sees their own injections; the players meet what follows from them.
  'facilitator-injected': NOBODY,
};

/** The seats that hear this event as it happens. */
export function seatsHearing(event: SimEvent): readonly Seat[] {
  if (event.type === 'command-refused') return SEAT_COMMANDS[event.command];
  return SEATS_HEARING[event.type];
}
