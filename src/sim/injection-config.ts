// What a facilitator may inject into a run, as a level file says it (the rules are in sim/injections):
// its own module, with no imports, because both the level's config and the commands name it.

export type InjectionId = 'chat-outage' | 'second-failure' | 'support-escalation' | 'responder-leaves';
export const INJECTION_IDS: readonly InjectionId[] = ['chat-outage', 'second-failure', 'support-escalation', 'responder-leaves'];

/** What the facilitator may inject in this level, each with its details; one left out is not offered. */
export interface InjectionsConfig {
  /** The chat service fails now, for this long. */
  chatOutage?: { channel: string; durationSeconds: number };
  /** Apache stops on this many serving hosts of a tier, for a reason the alerts and chat can name. */
  secondFailure?: { tierId: string; hosts: number; reason: string };
  /** Support pages the on-call and posts what customers say. */
  supportEscalation?: { from: string; text: string };
  /** A colleague at their desk has to go (the one on a job if any: that is what hurts), saying why. */
  responderLeaves?: { reason: string };
}

/** Each injection's field in the level's `injections`. */
export const INJECTION_FIELDS: Record<InjectionId, keyof InjectionsConfig> = {
  'chat-outage': 'chatOutage',
  'second-failure': 'secondFailure',
  'support-escalation': 'supportEscalation',
  'responder-leaves': 'responderLeaves',
};
