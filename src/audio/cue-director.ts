// Which sounds a moment deserves: maps the simulation's events to cues and merges what piles up within
// one frame (a hundred hosts failing at once is one "bwomp", not a hundred). Pure: no Howler here, so
// the mapping and the merging are tested in Node; the sound bank only plays what this decides.

import type { SimConfig } from '../sim/config';
import type { SimEvent } from '../sim/events';
import type { SimState } from '../sim/state';
import { cuePriority, type Cue } from './cues';

/** At most this many different cues start in one frame: beyond it, it is noise, not information. */
export const MAX_CUES_PER_FRAME = 3;

export type Mood = 'calm' | 'tense';

/** Who speaks in chat without being a person (their lines do not ping). */
const BOTS = new Set(['chef-bot']);

export class CueDirector {
  private pending = new Map<string, Cue>();

  constructor(private readonly config: SimConfig) {}

  /** Notes the cues these events call for; they play at the next `flush`. */
  take(events: readonly SimEvent[]): void {
    for (const event of events) {
      const cue = this.cueFor(event);
      if (cue && !this.pending.has(cue.name)) this.pending.set(cue.name, cue);
    }
  }

  /** The frame's cues, merged and capped, most important first; clears the queue. */
  flush(): Cue[] {
    if (this.pending.size === 0) return [];
    const cues = [...this.pending.values()].sort((a, b) => cuePriority(b.name) - cuePriority(a.name)).slice(0, MAX_CUES_PER_FRAME);
    this.pending = new Map();
    return cues;
  }

  private cueFor(event: SimEvent): Cue | null {
    switch (event.type) {
      case 'page-sent':
        return { name: 'pager', caption: `Pager beeps: ${event.summary}` };
      case 'alert-raised':
        // The dev VMs' alerts page nobody; a sound for each would bury the ones that matter.
        return event.pagesOnCall ? { name: 'alert', caption: `Alert: ${event.host}` } : null;
      case 'apache-failed-to-start':
        return { name: 'apache-fail', caption: 'Apache fails to start' };
      case 'chef-run-started':
        return event.trigger === 'manual' ? { name: 'chef-run', caption: 'Chef runs' } : null;
      case 'message-posted':
        return event.from === 'player' || BOTS.has(event.from) ? null : { name: 'chat-ping', caption: `Chat: ${event.from}` };
      case 'responder-joined':
      case 'finding-reported':
        return this.meow(event.responder, event.type === 'finding-reported' ? `${event.name} meows: found something` : `${event.name} meows hello`);
      case 'job-assigned':
      case 'responder-acted-alone':
        return this.keys(event.responder, `${event.name} mashes the keyboard`);
      case 'customers-affected':
        return { name: 'failure', caption: 'Uh-oh: customers feel it' };
      case 'incident-resolved':
        return { name: 'success', caption: 'The site is healthy again' };
      default:
        return null;
    }
  }

  private meow(responderId: string, caption: string): Cue | null {
    const responder = this.config.responders.find((candidate) => candidate.id === responderId);
    return responder ? { name: `meow-${responder.look}`, caption } : null;
  }

  private keys(responderId: string, caption: string): Cue | null {
    const responder = this.config.responders.find((candidate) => candidate.id === responderId);
    return responder ? { name: `keys-${responder.look}`, caption } : null;
  }
}

/** The office's mood follows the site: calm while customers are fine, tense while they hurt. */
export function moodFor(state: SimState): Mood {
  return state.pools.web.status === 'healthy' && state.pools.api.status === 'healthy' ? 'calm' : 'tense';
}

/** Keyboard mashing for everyone at work right now (a watch is reading graphs, not typing). */
export function mashingCues(config: SimConfig, state: SimState): Cue[] {
  return config.responders.flatMap((responder, index) => {
    const current = state.responders[index];
    const typing = current?.status === 'working' && current.job?.command.type !== 'watch';
    return typing ? [{ name: `keys-${responder.look}` as const, caption: `${responder.name} mashes the keyboard` }] : [];
  });
}
