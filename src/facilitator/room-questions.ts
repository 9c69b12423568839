// Questions for the room, one per takeaway of the true story (src/sim/scoring/takeaways.ts): what these
// runs show, counted from the runs themselves (their moments and scores), then a question that sends the
// room back to what each player could see and why they chose as they did. No number here is written in
// advance: with other runs, other facts and other questions.

import { TAKEAWAYS, type Takeaway, type TakeawayId } from '../sim/scoring/takeaways';
import { minutesBetween } from './game-clock';
import { momentsOf } from './moments-of';
import type { LoadedRun } from './run-file';
import type { MomentId } from './run-moments';

export interface RoomQuestion {
  takeaway: Takeaway;
  /** What the runs show, in sentences with their counts. */
  shows: string[];
  question: string;
}

export function roomQuestions(runs: readonly LoadedRun[]): RoomQuestion[] {
  if (runs.length === 0) return [];
  const ask: Record<TakeawayId, (runs: readonly LoadedRun[]) => { shows: string[]; question: string }> = {
    'understand-your-automation': automation,
    'maintain-adaptive-capacity': capacity,
    'know-your-dependencies': dependencies,
    'build-relationships-share-knowledge': sharing,
    'always-be-learning': learning,
  };
  return TAKEAWAYS.map((takeaway) => {
    const { shows, question } = ask[takeaway.id](runs);
    return { takeaway, shows: [...shows, missedLine(runs, takeaway.id)], question };
  });
}

function automation(runs: readonly LoadedRun[]): { shows: string[]; question: string } {
  const n = runs.length;
  const switched = withMoment(runs, 'kill-switch');
  const canaried = withMoment(runs, 'canary');
  const delays = switched.flatMap((run) => sinceFirstSign(run, 'kill-switch'));
  const shows = [
    `${switched.length} of ${n} threw a kill switch that kept hosts from the bad change${delays.length > 0 ? ` (median ${median(delays)} min after the first sign of trouble)` : ''}.`,
    `${canaried.length} of ${n} tried Chef on one host first (a canary that changed a serving host) before going wider.`,
  ];
  const question =
    switched.length < n
      ? `What told you Chef was spreading the damage, and how do you turn it off here? ${n - switched.length === 1 ? 'One of you' : `${n - switched.length} of you`} never did: what would you have needed to see?`
      : canaried.length < n
        ? 'Everyone found a switch. When the fix was ready, what would one host tried first have shown before the whole fleet took it?'
        : 'Everyone switched Chef off and tried the fix on one host first: what told you to, and how long did it take to decide?';
  return { shows, question };
}

function capacity(runs: readonly LoadedRun[]): { shows: string[]; question: string } {
  const n = runs.length;
  const asked = withMoment(runs, 'help');
  const delays = asked.flatMap((run) => sinceFirstSign(run, 'help'));
  const span =
    delays.length === 0
      ? ''
      : delays.length === 1
        ? ` (${delays[0]} min after the first sign of trouble)`
        : ` (the first ${Math.min(...delays)} min, the last ${Math.max(...delays)} min after the first sign of trouble)`;
  const shows = [`${asked.length} of ${n} asked the team for help${span}; ${n - asked.length} never did.`];
  const question =
    asked.length < n
      ? 'What kept you from calling someone? Who would you call first, and what one job would you give them?'
      : 'Who did you call first, and what one job did you give them? Did they know what to do when they arrived?';
  return { shows, question };
}

function dependencies(runs: readonly LoadedRun[]): { shows: string[]; question: string } {
  const n = runs.length;
  const hasSurvivors = runs.some((run) => momentsOf(run).survivors > 0);
  const early = runs.filter((run) => momentsOf(run).php7BeforeHealthy);
  const blind = early.filter((run) => momentsOf(run).moments.php7?.graphBlind === true);
  const everBlind = runs.filter((run) => run.events.some((event) => event.type === 'tool-went-down' && event.service === 'host-status'));
  const sight = `${everBlind.length} of ${n} lost the fleet's monitoring at some point (graph-blind).`;
  if (!hasSurvivors) return { shows: [sight], question: 'Which of your tools ran on the thing that broke? What did you use to see the fleet once they went dark?' };
  if (early.length === 0) {
    return {
      shows: [`None of ${n} touched the php7 boxes before the rest was healthy.`, sight],
      question: 'How did you know the php7 boxes were the ones keeping the site up, and how did you tell the team to leave them alone?',
    };
  }
  return {
    shows: [`${early.length} of ${n} touched the php7 boxes before the rest was healthy; at that moment ${blind.length} of them could not see the fleet (graph-blind).`, sight],
    question: 'What could they see? What would have told you that the php7 boxes were the only ones still serving?',
  };
}

function sharing(runs: readonly LoadedRun[]): { shows: string[]; question: string } {
  const n = runs.length;
  const updated = withMoment(runs, 'status-page');
  const afterImpact = updated.flatMap((run) => {
    const { impactTick, moments } = momentsOf(run);
    return impactTick === null || !moments['status-page'] ? [] : [minutesBetween(impactTick, moments['status-page'].tick)];
  });
  const when = afterImpact.length > 0 ? ` (median ${median(afterImpact)} min after customers were first hurt)` : '';
  return {
    shows: [`${updated.length} of ${n} updated the status page${when}; ${n - updated.length} never did.`],
    question: 'What did your customers know, and when? What would you have written at the first sign, before you knew the cause?',
  };
}

function learning(runs: readonly LoadedRun[]): { shows: string[]; question: string } {
  const n = runs.length;
  const awarded = runs.filter((run) => run.debrief.score.award.earned);
  const learnings = runs[0]!.debrief.score.award.learnings.map(({ id, label }) => ({
    label,
    learned: runs.filter((run) => run.debrief.score.award.learnings.some((item) => item.id === id && item.learned)).length,
  }));
  const fewest = [...learnings].sort((a, b) => a.learned - b.learned)[0];
  const shows = [`${awarded.length} of ${n} earned the three-armed sweater (learned most, then resolved the incident).`];
  if (fewest) shows.push(`Fewest learned this: "${fewest.label}" (${fewest.learned} of ${n}).`);
  return { shows, question: 'What would have told you sooner? Who in the room found it out, and how?' };
}

/** The points the room missed under a takeaway, on average: where the talk has most to give. */
function missedLine(runs: readonly LoadedRun[], id: TakeawayId): string {
  const missed = runs.map((run) => run.debrief.score.takeaways.find((takeaway) => takeaway.id === id)?.missedTotalPoints ?? 0);
  const average = Math.round((missed.reduce((sum, points) => sum + points, 0) / runs.length) * 10) / 10;
  return `Points of the total missed here: ${average} on average (${Math.min(...missed)} to ${Math.max(...missed)}).`;
}

function withMoment(runs: readonly LoadedRun[], id: MomentId): LoadedRun[] {
  return runs.filter((run) => momentsOf(run).moments[id] !== null);
}

/** Minutes from the run's first sign of trouble to the moment (0 when it came before any sign). */
function sinceFirstSign(run: LoadedRun, id: MomentId): number[] {
  const { firstSignTick, moments } = momentsOf(run);
  const moment = moments[id];
  if (!moment) return [];
  return [Math.max(0, minutesBetween(firstSignTick ?? 0, moment.tick))];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
}
