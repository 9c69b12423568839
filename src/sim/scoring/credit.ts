// Whose decision each event was. The player's own actions count, and so do a responder's actions on a job
// the player gave them (giving the job was the decision). A responder acting alone, left idle too long,
// earns nothing, but the harm it does still costs: the lead left them without a job.

import { PLAYER } from '../commands';
import type { SimConfig } from '../config';
import type { HostAction } from '../commands';
import type { SimEvent } from '../events';

export type Credit = 'player' | 'alone' | 'none';

/** Which task action can have emitted each host-level event (so a long fan-out keeps its job's credit). */
const TASK_ACTIONS: Partial<Record<SimEvent['type'], readonly HostAction[]>> = {
  'chef-run-started': ['run-chef', 'repair-chef'],
  'chef-daemon-stopped': ['stop-chef'],
  'chef-daemon-started': ['start-chef'],
  'chef-repaired': ['repair-chef'],
  'host-drained': ['drain'],
  'host-restored': ['restore'],
  'apache-started': ['start-apache'],
  'apache-failed-to-start': ['start-apache'],
  'default-config-removed': ['remove-default-config'],
};

export interface CreditBook {
  of(event: SimEvent): Credit;
  /** Whether the event was the player's decision. */
  credited(event: SimEvent): boolean;
  /** "you", or "Miso" for a responder: for reason lines. */
  who(event: SimEvent): string;
}

/** Reads every event once, in order, and remembers whose decision each one was. */
export function creditBook(config: SimConfig, events: readonly SimEvent[]): CreditBook {
  const names = new Map(config.responders.map((responder) => [responder.name, responder.id]));
  /** The credit of each responder's current job, by id: set when the job is given or taken alone. */
  const jobSource = new Map<string, Credit>();
  /** The credit of the job each responder last finished, by name: what they do next is that job's doing. */
  const lastDone = new Map<string, Credit>();
  /** The credit of each actor's latest task per action, so events of a long task keep their task's credit. */
  const taskCredit = new Map<string, Credit>();
  const credits = new Map<SimEvent, Credit>();

  const byCredit = (by: string): Credit => (by === PLAYER ? 'player' : names.has(by) ? (lastDone.get(by) ?? 'none') : 'none');

  for (const event of events) {
    let credit: Credit = 'none';
    switch (event.type) {
      case 'job-assigned':
        credit = event.by === PLAYER ? 'player' : 'none';
        jobSource.set(event.responder, credit);
        break;
      case 'responder-acted-alone':
        credit = 'alone';
        jobSource.set(event.responder, credit);
        break;
      case 'job-done':
        credit = jobSource.get(event.responder) ?? 'none';
        lastDone.set(event.name, credit);
        break;
      case 'finding-reported':
      case 'watch-reported':
        credit = jobSource.get(event.responder) ?? 'none';
        break;
      case 'message-posted':
        // Posts name their author in `from`: the player's own, or a responder posting on a job.
        credit = byCredit(event.from);
        break;
      case 'task-started':
        credit = byCredit(event.by);
        taskCredit.set(`${event.by}/${event.action}`, credit);
        break;
      default:
        if ('by' in event && typeof event.by === 'string') credit = hostEventCredit(event, event.by, taskCredit) ?? byCredit(event.by);
    }
    credits.set(event, credit);
  }

  return {
    of: (event) => credits.get(event) ?? 'none',
    credited: (event) => credits.get(event) === 'player',
    who: (event) => {
      const by = actorOf(event);
      return by === PLAYER ? 'you' : by;
    },
  };
}

function hostEventCredit(event: SimEvent, by: string, taskCredit: ReadonlyMap<string, Credit>): Credit | undefined {
  if (by === PLAYER) return 'player';
  for (const action of TASK_ACTIONS[event.type] ?? []) {
    const credit = taskCredit.get(`${by}/${action}`);
    if (credit !== undefined) return credit;
  }
  return undefined;
}

function actorOf(event: SimEvent): string {
  if ('by' in event && typeof event.by === 'string') return event.by;
  if (event.type === 'message-posted') return event.from;
  return 'name' in event && typeof event.name === 'string' ? event.name : '';
}
