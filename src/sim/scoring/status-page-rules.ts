// The status page, part of team communication (customers are people to talk to, too): posted within a
// few minutes of customers feeling it, updated on a cadence while they do, and set back to operational
// once the site is well. Only updates the player made or asked for count: a comms cat updating it on
// their own, left without a job, is not the player's doing. A page never updated misses the first rule;
// the cadence and the closing are judged only once there is something to judge.

import type { EventOf } from '../events';
import { fading, type FamilySheet, type Helped } from './family-sheet';
import { poolsHealthyAt } from './pool-health';
import { creditedOf, impactEndTick, type RunFacts } from './run-facts';
import type { TeamCommunicationScoring } from './scoring-config';
import { at, lasting } from './words';

const OUT_OF = { statusPage: 15, cadence: 5, closed: 5 };
const SHARE: Helped['takeaway'] = 'build-relationships-share-knowledge';

export function statusPageRules(sheet: FamilySheet, facts: RunFacts, settings: TeamCommunicationScoring): void {
  if (facts.impactTick === null) {
    sheet.notCounted('status-page', 'Customers were never hurt, so the status page had nothing to say');
    return;
  }
  const impact = facts.impactTick;
  const all = creditedOf(facts, 'status-page-updated');
  // An update posted before customers felt it, and still up when they did, speaks from that moment on.
  const standing = all.filter((event) => event.tick < impact).pop();
  const early = standing && standing.status !== 'operational' ? [{ ...standing, tick: impact }] : [];
  const updates = [...early, ...all.filter((event) => event.tick >= impact)];
  firstUpdate(sheet, impact, updates, settings);
  cadence(sheet, facts, updates, settings);
  closed(sheet, facts, updates);
}

type Update = EventOf<'status-page-updated'>;

function firstUpdate(sheet: FamilySheet, impact: number, updates: Update[], settings: TeamCommunicationScoring): void {
  const helped: Helped = {
    takeaway: SHARE,
    text: 'A short status page update within a few minutes of customers feeling it (what is slow, when the next word comes) saves a flood of tickets.',
  };
  const first = updates.find((event) => event.status !== 'operational');
  if (!first) return void sheet.gain('status-page', OUT_OF.statusPage, 0, 'The status page still said all was well while customers felt the slowness.', null, helped);
  const seconds = first.tick - impact;
  const holding = first.intent === 'looking-into-it';
  const points = fading(OUT_OF.statusPage, seconds, settings.statusPageSeconds, settings.statusPageFadeSeconds) * (holding ? 0.5 : 1);
  const what = holding ? 'a holding line ("looking into it")' : `"${first.status}"`;
  sheet.gain('status-page', OUT_OF.statusPage, points, `The status page said ${what} ${lasting(seconds)} after customers were first hurt.`, first.tick, helped, [first]);
}

function cadence(sheet: FamilySheet, facts: RunFacts, updates: Update[], settings: TeamCommunicationScoring): void {
  const helped: Helped = { takeaway: SHARE, text: `Updating on a cadence (every ${lasting(settings.statusCadenceSeconds)}, even to say "still on it") keeps customers from guessing.` };
  if (updates.length === 0) return void sheet.notCounted('status-cadence', 'No updates, so no cadence to judge');
  // Gaps from each update to the next, and from the last to the end of the trouble if it was not the all-clear.
  const ticks = updates.map((event) => event.tick);
  const last = updates[updates.length - 1]!;
  if (last.status !== 'operational') ticks.push(Math.max(last.tick, impactEndTick(facts)));
  const gaps = ticks.slice(1).map((tick, index) => ({ from: ticks[index]!, seconds: tick - ticks[index]! }));
  if (gaps.length === 0) return void sheet.gain('status-cadence', OUT_OF.cadence, OUT_OF.cadence, 'One update said it all: the site was well again.', last.tick, helped);
  const late = gaps.filter((gap) => gap.seconds > settings.statusCadenceSeconds);
  const longest = Math.max(...gaps.map((gap) => gap.seconds));
  const text =
    late.length === 0
      ? `Status updates came at most ${lasting(longest)} apart.`
      : `${late.length === 1 ? 'One gap' : `${late.length} gaps`} between status updates ran past ${lasting(settings.statusCadenceSeconds)} (the longest ${lasting(longest)}, from ${at(late[0]!.from)}).`;
  sheet.gain('status-cadence', OUT_OF.cadence, OUT_OF.cadence * (1 - late.length / gaps.length), text, late[0]?.from ?? null, helped, updates);
}

function closed(sheet: FamilySheet, facts: RunFacts, updates: Update[]): void {
  const helped: Helped = { takeaway: SHARE, text: 'Setting the status page back to operational, with a word of thanks, closes the loop for customers.' };
  if (updates.length === 0) return void sheet.notCounted('status-closed', 'The status page was never opened, so it had nothing to close');
  // Closing the loop counts when it was true: the page set back to operational with the site healthy, and left so.
  const back = updates.filter((event) => event.status === 'operational' && poolsHealthyAt(facts, event.tick)).pop();
  if (facts.state.statusPage.status !== 'operational') {
    return void sheet.gain('status-closed', OUT_OF.closed, 0, `The status page still said "${facts.state.statusPage.status}" at the end.`, null, helped);
  }
  if (!back) return void sheet.gain('status-closed', OUT_OF.closed, 0, 'The status page went back to "operational" only while customers were still hurting.', null, helped);
  sheet.gain('status-closed', OUT_OF.closed, OUT_OF.closed, `The status page was back to "operational" ${at(back.tick)}, with the site healthy.`, back.tick, helped, [back]);
}
