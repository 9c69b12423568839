// How far a run has come through its level's guide: given the guide and the run's events so far, which
// steps are done (and when), which can no longer be done (a canary after a wide Chef run), and which is
// next. Pure: the same events give the same answer, so the panel, the tests and a debrief agree.

import type { GuideCondition, GuideFieldTest, GuideStep, LevelGuide } from '../levels/guide-schema';
import type { EventOf, SimEvent } from '../sim/events';

export type GuideStepStatus = 'done' | 'missed' | 'open';

export interface GuideStepProgress {
  id: string;
  status: GuideStepStatus;
  /** The game second the step was done or missed (when its last needed condition happened); null while open. */
  atTick: number | null;
}

export interface GuideProgress {
  steps: GuideStepProgress[];
  /** The index of the first open step: the one to show. Null once none is open. */
  next: number | null;
  /** Steps done (missed ones not counted). */
  done: number;
  finished: boolean;
}

/** The player's own actions: commands without a `by` are the player's (src/sim/commands PLAYER). */
const PLAYER = 'player';

export function guideProgress(guide: LevelGuide, events: readonly SimEvent[]): GuideProgress {
  const steps = guide.steps.map((step) => stepProgress(step, events));
  const next = steps.findIndex((step) => step.status === 'open');
  return { steps, next: next === -1 ? null : next, done: steps.filter((step) => step.status === 'done').length, finished: next === -1 };
}

function stepProgress(step: GuideStep, events: readonly SimEvent[]): GuideStepProgress {
  const results = step.doneWhen.map((condition) => conditionResult(condition, events));
  const missed = results.find((result) => result.status === 'missed');
  if (missed) return { id: step.id, status: 'missed', atTick: missed.atTick };
  if (results.every((result) => result.status === 'done')) return { id: step.id, status: 'done', atTick: Math.max(...results.map((result) => result.atTick!)) };
  return { id: step.id, status: 'open', atTick: null };
}

interface ConditionResult {
  status: GuideStepStatus;
  atTick: number | null;
}

const OPEN: ConditionResult = { status: 'open', atTick: null };

export function conditionResult(condition: GuideCondition, events: readonly SimEvent[]): ConditionResult {
  if (condition.effect === 'canary') return canary(events);
  const needed = condition.times ?? 1;
  let seen = 0;
  for (const event of events) {
    if (!matches(condition, event)) continue;
    seen++;
    if (seen >= needed) return { status: 'done', atTick: event.tick };
  }
  return OPEN;
}

/** Whether one event meets an event condition: its type, who acted, and every field filter. */
export function matches(condition: GuideCondition, event: SimEvent): boolean {
  if (condition.event === undefined || event.type !== condition.event) return false;
  const actor = actorOf(event);
  const by = condition.by ?? (actor === undefined ? 'anyone' : 'player');
  if (by === 'player' && actor !== PLAYER) return false;
  const fields = event as unknown as Readonly<Record<string, unknown>>;
  return Object.entries(condition.where ?? {}).every(([field, test]) => fieldMatches(fields[field], test));
}

/** Who acted, where the event says: `by`, or `from` for a post. */
function actorOf(event: SimEvent): string | undefined {
  if ('by' in event) return event.by;
  if (event.type === 'message-posted') return event.from;
  return undefined;
}

function fieldMatches(value: unknown, test: GuideFieldTest): boolean {
  if (Array.isArray(value)) return value.some((item) => fieldMatches(item, test));
  if (Array.isArray(test)) return test.some((wanted) => wanted === value);
  if (typeof test === 'object') {
    if (typeof value !== 'number') return false;
    return (test.atLeast === undefined || value >= test.atLeast) && (test.atMost === undefined || value <= test.atMost);
  }
  return value === test;
}

/**
 * A canary, by its effect: the player's Chef runs of their own, in order, until one went to a single
 * host alone and Chef finished well there before any wider run of theirs had started. A wider run first
 * (or before the lone one finished) misses it: the fleet got the change before one host had shown it.
 */
function canary(events: readonly SimEvent[]): ConditionResult {
  /** The player's one-host Chef runs under way: task id → host. */
  const lone = new Map<number, string>();
  /** Hosts whose Chef run from a lone task is under way. */
  const running = new Set<string>();
  for (const event of events) {
    if (event.type === 'task-started' && event.action === 'run-chef' && event.by === PLAYER) {
      if (event.hostCount > 1) return { status: 'missed', atTick: event.tick };
      if (event.hostCount === 1) lone.set(event.taskId, event.hosts[0]!);
    } else if (event.type === 'chef-run-started') {
      if (isLoneRun(event, lone)) running.add(event.host);
      else running.delete(event.host);
    } else if (event.type === 'chef-run-finished' && running.has(event.host)) {
      running.delete(event.host);
      if (event.result === 'ok') return { status: 'done', atTick: event.tick };
    }
  }
  return OPEN;
}

function isLoneRun(event: EventOf<'chef-run-started'>, lone: ReadonlyMap<number, string>): boolean {
  return event.trigger === 'manual' && event.taskId !== null && lone.get(event.taskId) === event.host;
}
