// The review the change's author asks for, where the level has one (the Hindsight level): they ask across
// the desk at the level's second, and then the on-call decides. Approved, they push it at once; held, they
// keep it until it is approved; with no answer by the deadline, they push it anyway: nobody objected.
// Holding is only the decision: what ends the incident before it starts is holding it on what a try of
// the change showed (change-evidence.ts).

import type { SimConfig } from './config';
import type { EventLog } from './events';
import { pushChange } from './push-change';
import type { ChangeReviewState, SimState } from './state';
import { ticksFor } from './ticks';

export function runChangeReview(config: SimConfig, state: SimState, log: EventLog): void {
  const review = config.change.review;
  const asked = state.review;
  if (!review || !asked) return;
  const change = config.change;
  if (asked.status === 'not-asked' && state.tick === ticksFor(review.askAtSecond)) {
    asked.status = 'asked';
    asked.askedAtTick = state.tick;
    log.add({ type: 'change-review-asked', by: change.by, version: change.pinVersion, pushesAnywayAtTick: ticksFor(review.pushesAnywayAtSecond) });
    log.add({ type: 'said-in-person', from: change.by, text: review.askText });
  }
  if (asked.status === 'asked' && state.tick >= ticksFor(review.pushesAnywayAtSecond) && !isOut(config, state)) {
    settle(asked, 'pushed-anyway', state.tick);
    log.add({ type: 'change-pushed-anyway', by: change.by, version: change.pinVersion });
    log.add({ type: 'said-in-person', from: change.by, text: `Nobody objected, so the pin bump to ${change.pinVersion} is going out now. Back to the thing I was actually doing.` });
    pushChange(config, state, log);
  }
}

/** Let the change go: its author pushes it to the whole fleet now. Returns why not, or null when it went. */
export function approveChange(config: SimConfig, state: SimState, by: string, log: EventLog): string | null {
  const problem = notOpen(config, state);
  if (problem) return problem;
  const change = config.change;
  settle(state.review!, 'approved', state.tick);
  log.add({ type: 'change-approved', by, author: change.by, version: change.pinVersion, evidence: state.review!.evidence?.kind ?? null });
  log.add({ type: 'said-in-person', from: change.by, text: `Thanks! Pushing the pin bump to ${change.pinVersion} everywhere now.` });
  pushChange(config, state, log);
  return null;
}

/** Ask the author to keep the change: they do, until it is approved. Returns why not, or null when held. */
export function holdChange(config: SimConfig, state: SimState, reason: string | undefined, by: string, log: EventLog): string | null {
  const problem = notOpen(config, state);
  if (problem) return problem;
  const change = config.change;
  const review = state.review!;
  if (review.status === 'held') return `The change is already on hold: ${change.by} will not push it unless you approve it.`;
  settle(review, 'held', state.tick);
  const said = reason?.trim() ?? '';
  log.add({ type: 'change-held', by, author: change.by, version: change.pinVersion, reason: said === '' ? null : said, evidence: review.evidence?.kind ?? null });
  const reply = review.evidence ? `Oh. Then ${change.pinVersion} stays with me until we know why it breaks Apache.` : `Sure, I'll hold it. Tell me what you find.`;
  log.add({ type: 'said-in-person', from: change.by, text: reply });
  return null;
}

/** Why the change cannot be approved or held now, or null when it can. */
function notOpen(config: SimConfig, state: SimState): string | null {
  const review = state.review;
  if (!config.change.review || !review) return 'Nobody has asked you to look at a change here.';
  if (review.status === 'not-asked') return `${config.change.by} has not asked you to look at the change yet.`;
  if (review.status === 'approved' || review.status === 'pushed-anyway' || isOut(config, state)) {
    return 'The change is already out: saying yes or no to it now changes nothing. Pause Chef, or fix forward.';
  }
  return null;
}

/** Whether the whole fleet's cookbook already pins the change's version, however it got there. */
export function isOut(config: SimConfig, state: SimState): boolean {
  return state.pin === config.change.pinVersion;
}

function settle(review: ChangeReviewState, status: ChangeReviewState['status'], tick: number): void {
  review.status = status;
  review.decidedAtTick = tick;
}
