// Which sounds a moment deserves: maps the events the player hears of to cues and merges what piles up
// within one frame (a hundred hosts failing at once is one "bwomp", not a hundred). Pure: no Howler here,
// so the mapping and the merging are tested in Node; the sound bank only plays what this decides. Sound
// tells no more than the screens: the site's health is heard only while the dashboards show it, and the
// music's mood follows the player's view (session/player-view), never the true state.

import type { PlayerView } from '../session/player-view';
import type { SimConfig } from '../sim/config';
import type { SimEvent } from '../sim/events';
import type { ResponderState } from '../sim/state';
import { cuePriority, type Cue } from './cues';

/** At most this many different cues start in one frame: beyond it, it is noise, not information. */
export const MAX_CUES_PER_FRAME = 3;

export type Mood = 'calm' | 'tense';

/** Who speaks in chat without being a person (their lines do not ping). */
const BOTS = new Set(['chef-bot']);

export class CueDirector {
  private pending = new Map<string, Cue>();

  constructor(private readonly config: SimConfig) {}

  /**
   * Notes the cues these events call for; they play at the next `flush`. `siteVisible`: whether the
   * dashboards show the site now; blind, its turning bad or healthy again makes no sound, as on screen.
   */
  take(events: readonly SimEvent[], siteVisible = true): void {
    for (const event of events) {
      if (!siteVisible && (event.type === 'customers-affected' || event.type === 'incident-resolved')) continue;
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

/**
 * The office's mood follows the site as the player knows it: calm while the dashboards show both pools
 * healthy, tense while they show customers hurting. Blind, it is tense (not knowing is not calm) unless
 * nothing pages and the player's last visit to the site found it loading normally.
 */
export function moodFor(config: SimConfig, view: PlayerView): Mood {
  const { web, api } = view.pools;
  if (web.status !== 'unknown' && api.status !== 'unknown') return web.status === 'healthy' && api.status === 'healthy' ? 'calm' : 'tense';
  const visit = view.site.lastVisit;
  const normalMs = config.traffic.pools.web.baseLatencyMs * config.resolution.healthyLatencyFactor;
  return view.pager.open === 0 && visit !== null && visit.loaded && visit.latencyMs <= normalMs ? 'calm' : 'tense';
}

/** Keyboard mashing for everyone at work right now (a watch is reading graphs, not typing). */
export function mashingCues(config: SimConfig, team: readonly ResponderState[]): Cue[] {
  return config.responders.flatMap((responder, index) => {
    const current = team[index];
    const typing = current?.status === 'working' && current.job?.command.type !== 'watch';
    return typing ? [{ name: `keys-${responder.look}` as const, caption: `${responder.name} mashes the keyboard` }] : [];
  });
}
