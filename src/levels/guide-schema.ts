// The `guide` section of a level file: steps shown one at a time on the incident screen (what to press
// next, in plain words), each done when the run's events say it happened, never when a menu opened. A
// step's `doneWhen` is a list of conditions, all needed: an event of a type (with field filters, by the
// player unless it says otherwise, a number of times), or a named effect the events alone cannot say in
// one line (a canary). Progress is worked out in src/session/guide-progress.ts; levels/README.md ("The
// guide") describes the format for trainers.

import { z } from 'zod';
import type { EventOf, SimEventType } from '../sim/events';
import { didYouMean } from './did-you-mean';
import { describeValue } from './describe-value';
import { expecting, fields, list, matching, name, oneOf, text, wholeNumber } from './field-schemas';

/** Who must have acted: the player themself, or anyone at all (a cat, Chef, the world). */
export type GuideActor = 'player' | 'anyone';
export const GUIDE_ACTORS: readonly GuideActor[] = ['player', 'anyone'];

/**
 * Effects a step can wait for that no single event says. `canary`: the player's first Chef run of their
 * own went to one host alone and finished well there before any wider run of theirs started.
 */
export type GuideEffect = 'canary';
export const GUIDE_EFFECTS: readonly GuideEffect[] = ['canary'];

/** A field filter: the value itself, any of a list of values, or a range for a number. */
export type GuideFieldTest = string | number | boolean | Array<string | number | boolean> | { atLeast?: number | undefined; atMost?: number | undefined };

export interface GuideCondition {
  /** An event type (`chef-daemon-stopped`…), or left out when `effect` is given. */
  event?: SimEventType | undefined;
  effect?: GuideEffect | undefined;
  /** Event fields and what they must be; a field holding a list (`hosts`) matches when it has any value given. */
  where?: Record<string, GuideFieldTest> | undefined;
  /** Left out: the player, where the event says who acted; anyone, where it does not. */
  by?: GuideActor | undefined;
  /** How many matching events are needed (left out: 1). */
  times?: number | undefined;
}

export interface GuideStep {
  id: string;
  /** A few words, shown as the card's heading: "Stop the spread". */
  title: string;
  /** What to do and what to press, in plain words. */
  text: string;
  /** Every condition must have happened (in any order) for the step to be done. */
  doneWhen: GuideCondition[];
  /** A short note shown once the step is done: what it did. Left out: "Done." */
  doneText?: string | undefined;
  /** A short note shown when the step can no longer be done (a canary after a wide Chef run). Left out: "Missed." */
  missedText?: string | undefined;
}

export interface LevelGuide {
  steps: GuideStep[];
  /** Shown once every step is done or missed. Left out: a plain "Guide done" line. */
  finishedText?: string | undefined;
}

type FieldsOf<T extends SimEventType> = Exclude<keyof EventOf<T>, 'type' | 'tick'>;

/**
 * The events a guide may wait for, with the fields a step may filter on (each checked against the event
 * by the compiler). Events that carry only internal numbers (task ids, ticks) are left out.
 */
export const GUIDE_EVENT_FIELDS: { readonly [T in SimEventType]?: readonly FieldsOf<T>[] } = {
  'task-started': ['action', 'hostCount', 'hosts', 'concurrency', 'by'],
  'task-finished': ['action', 'hostCount', 'by'],
  'pin-changed': ['version', 'by'],
  'cookbook-fixed': ['by'],
  'chef-run-started': ['host', 'trigger', 'by'],
  'chef-run-finished': ['host', 'result'],
  'apache-upgraded': ['host', 'from', 'to'],
  'apache-failed-to-start': ['host', 'by'],
  'apache-started': ['host', 'by'],
  'default-config-removed': ['host', 'by'],
  'chef-daemon-stopped': ['host', 'by'],
  'chef-daemon-started': ['host', 'by'],
  'chef-paused': ['by'],
  'chef-resumed': ['by'],
  'chef-repaired': ['host', 'by'],
  'host-drained': ['host', 'by'],
  'host-restored': ['host', 'by'],
  'host-left-pool': ['host', 'pool'],
  'host-joined-pool': ['host', 'pool'],
  'alert-raised': ['host', 'tier', 'pagesOnCall'],
  'alert-cleared': ['host', 'tier'],
  'page-sent': ['tier'],
  'page-acked': ['by'],
  'tool-went-down': ['service'],
  'tool-came-back': ['service'],
  'host-checked': ['host', 'method', 'by', 'apacheAnswers'],
  'site-viewed': ['by', 'loaded'],
  'lb-stats-read': ['by'],
  'mirror-checked': ['by'],
  'staging-test-started': ['version', 'by'],
  'staging-test-finished': ['version', 'by', 'installed', 'failedAfterUpgrade', 'runningAfterSecondRun'],
  'feature-flag-set': ['flag', 'on', 'by'],
  'message-posted': ['channel', 'from', 'intent'],
  'status-page-updated': ['status', 'intent', 'by'],
  'channel-went-down': ['channel'],
  'channel-restored': ['channel'],
  'pool-status-changed': ['pool', 'from', 'to'],
  'customers-affected': [],
  'responder-called': ['responder', 'name', 'by'],
  'responder-joined': ['responder', 'name'],
  'responder-caught-up': ['responder', 'name', 'withSummary'],
  'job-assigned': ['responder', 'name', 'by'],
  'job-done': ['responder', 'name'],
  'team-moved-channel': ['from', 'to', 'by'],
  'finding-reported': ['responder', 'name', 'topic', 'finding'],
  'incident-resolved': [],
  'incident-reopened': [],
  // Where the level asks for a review of the change (the Hindsight level), and has meta-monitoring.
  'change-review-asked': ['version'],
  'change-approved': ['by', 'evidence'],
  'change-held': ['by', 'evidence'],
  'change-pushed-anyway': ['version'],
  'change-evidence-found': ['kind', 'version'],
  'incident-averted': ['evidence'],
  'monitoring-alert-raised': ['service', 'pages'],
};

export const GUIDE_EVENT_TYPES = Object.keys(GUIDE_EVENT_FIELDS) as SimEventType[];

/** Whether an event of this type says who acted (`by`, or `from` for a post): only then can a step ask for the player. */
export function eventNamesActor(type: SimEventType): boolean {
  const known = (GUIDE_EVENT_FIELDS[type] ?? []) as readonly string[];
  return known.includes('by') || (type === 'message-posted' && known.includes('from'));
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const range = z.strictObject({ atLeast: z.number().optional(), atMost: z.number().optional() });
const fieldTest = z.union([scalar, z.array(scalar).min(1).max(100), range], {
  error: (issue) => `expected a value to match (text, a number, true or false), a list of them, or a range like { "atLeast": 5 }, got ${describeValue(issue.input)}`,
});

const condition = fields('a condition: an object with "event" (and optionally where, by and times) or "effect"', {
  event: oneOf(GUIDE_EVENT_TYPES).optional(),
  effect: oneOf(GUIDE_EFFECTS).optional(),
  where: z.record(z.string(), fieldTest, expecting('an object of event fields and the values they must have, like { "action": "run-chef" }')).optional(),
  by: oneOf(GUIDE_ACTORS).optional(),
  times: wholeNumber(1, 10_000).optional(),
}).superRefine((given, context) => {
  if ((given.event === undefined) === (given.effect === undefined)) {
    context.addIssue({ code: 'custom', message: 'expected either "event" (an event type to wait for) or "effect" (one of "canary"), not both and not neither' });
    return;
  }
  if (given.effect !== undefined) {
    for (const key of ['where', 'by', 'times'] as const) {
      if (given[key] !== undefined) context.addIssue({ code: 'custom', path: [key], message: `"${key}" goes with "event", not with "effect" (an effect says itself who acts and how often)` });
    }
    return;
  }
  const type = given.event!;
  const known = (GUIDE_EVENT_FIELDS[type] ?? []) as readonly string[];
  for (const key of Object.keys(given.where ?? {})) {
    if (known.includes(key)) continue;
    const guess = didYouMean(key, known);
    const fieldsHere = known.length === 0 ? `event "${type}" has no fields to filter on` : `the fields of "${type}" are ${known.join(', ')}`;
    context.addIssue({ code: 'custom', path: ['where', key], message: `event "${type}" has no field ${JSON.stringify(key)}${guess || ` (${fieldsHere})`}` });
  }
  if (given.by === 'player' && !eventNamesActor(type)) {
    context.addIssue({ code: 'custom', path: ['by'], message: `event "${type}" does not say who acted, so it cannot be "by": "player": use "anyone", or wait for an event of the player's (a task-started, say)` });
  }
});

const step = fields('a guide step: an object with id, title, text and doneWhen (doneText and missedText are optional)', {
  id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case step id like "stop-the-spread" (lowercase letters, digits, single hyphens)'),
  title: name(),
  text: text(),
  doneWhen: list(condition, 'conditions, all needed for the step to be done', 1, 10),
  doneText: text().optional(),
  missedText: text().optional(),
});

export const guideSchema = fields('a guide: an object with steps (and optionally finishedText)', {
  steps: list(step, 'guide steps', 1, 30),
  finishedText: text().optional(),
}).superRefine((given, context) => {
  const seen = new Set<string>();
  given.steps.forEach((candidate, index) => {
    if (seen.has(candidate.id)) context.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `the step id "${candidate.id}" is used by an earlier step: give each step its own id` });
    seen.add(candidate.id);
  });
});

// The file's guide, once checked, is exactly the game's LevelGuide (mutually assignable).
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type GuideSchemaMirrorsLevelGuide = Assert<SameShape<z.output<typeof guideSchema>, LevelGuide>>;
