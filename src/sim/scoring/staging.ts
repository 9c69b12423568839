// Staging: the change (or the fix) tried in staging or on a canary before the fleet; the roll-out in
// stages (one host, a batch, the rest), each waiting for the last, with a look between; the php7
// survivors left alone until the rest is healthy; and fan-outs the Chef server can carry. A step counts
// by what it changed on hosts serving customers (see rollout-stages.ts), never by being issued.

import { FamilySheet, type Helped, type SheetResult } from './family-sheet';
import { lookedBetween } from './looks';
import { reviewRule } from './review-rule';
import { creditedOf, impactEndTick, type RunFacts } from './run-facts';
import { stageEffect, type RolloutStage } from './rollout-stages';
import type { StagingScoring } from './scoring-config';
import { survivorsLost } from './total-adjustments';
import { at, capital, count, listOf } from './words';

const OUT_OF = { triedFirst: 30, stages: 25, checks: 15, survivors: 20, fanOut: 10 };

/** Where the change was held and never reached the fleet, a step by hand was a try of it, not a roll-out to stage. */
function changeStayedOff(facts: RunFacts): boolean {
  return facts.review !== null && facts.review.outTick === null;
}

const AUTOMATION: Helped['takeaway'] = 'understand-your-automation';

export function scoreStaging(facts: RunFacts, settings: StagingScoring): SheetResult {
  const sheet = new FamilySheet('staging', facts.indexOf);
  const stages = [...facts.stages].sort((a, b) => a.startTick - b.startTick);
  triedFirst(sheet, facts, stages, settings);
  reviewRule(sheet, facts);
  inStages(sheet, facts, stages, settings);
  checksBetween(sheet, facts, stages);
  survivorsLeftAlone(sheet, facts, stages);
  fanOutWidth(sheet, facts);
  return sheet.result();
}

type Kind = 'canary' | 'batch' | 'rest';

function kindOf(stage: RolloutStage, facts: RunFacts, settings: StagingScoring): Kind {
  if (stage.servingHosts <= settings.canaryMaxHosts) return 'canary';
  const serving = facts.hosts.filter((host) => host.serving).length;
  return stage.servingHosts <= serving * settings.batchMaxShare ? 'batch' : 'rest';
}

function triedFirst(sheet: FamilySheet, facts: RunFacts, stages: RolloutStage[], settings: StagingScoring): void {
  const helped: Helped = {
    takeaway: AUTOMATION,
    text: 'Trying the change on one canary host (or in staging, slow as it is) before the fleet shows a surprise on one host instead of all of them.',
  };
  // A fleet-wide pin the mirror can serve rolls a version out; one it cannot is a kill switch, not a step.
  const fleetPin = creditedOf(facts, 'pin-changed').find((event) => event.hosts === null && event.version === facts.config.apache.mirrorVersion);
  // Where the change waits for a review, letting it go (or letting the deadline pass) takes it to the fleet.
  const review = facts.review;
  const reviewOut = review && review.outTick !== null && (review.approved || review.pushedAnyway) ? review.outTick : null;
  const wide = stages.find((stage) => kindOf(stage, facts, settings) !== 'canary');
  const wideTick = Math.min(fleetPin?.tick ?? Infinity, wide?.startTick ?? Infinity, reviewOut ?? Infinity);
  const canary = stages.find((stage) => kindOf(stage, facts, settings) === 'canary' && stage.endTick <= wideTick);
  // A test that installed nothing new (a version the mirror lacks, or the one already running) tried nothing.
  const staged = creditedOf(facts, 'staging-test-finished').find((event) => event.tick <= wideTick && event.installed > 0 && event.version !== facts.config.apache.installedVersion);
  // A canary pin that Chef's own run installed, and that showed the change failing, was a try too.
  const pinnedCanary = !staged && !canary && review?.evidence?.kind === 'canary' && review.evidence.tick <= wideTick ? review.evidence : null;
  const pinned = reviewOut !== null && reviewOut === wideTick ? facts.config.change.pinVersion : (fleetPin?.version ?? null);
  if (staged || canary || pinnedCanary) {
    const what = staged
      ? `in staging first (${staged.summary.replace(/\.$/, '')})`
      : canary
        ? `on ${canary.servingHosts === 1 ? 'one host' : count(canary.servingHosts, 'host')} first (a canary: ${stageEffect(canary)})`
        : `on a canary first (${pinnedCanary!.hosts.join(', ')}: Apache would not start)`;
    const text = Number.isFinite(wideTick) ? `You tried it ${what}, before it went wider ${at(wideTick)}.` : `You tried it ${what}, and it went no wider.`;
    const tick = staged?.tick ?? canary?.startTick ?? pinnedCanary!.tick;
    const evidence = staged ? [staged] : canary ? [canary.task.event, ...canary.task.effectEvents] : [pinnedCanary!];
    sheet.gain('tried-first', OUT_OF.triedFirst, OUT_OF.triedFirst, text, tick, helped, evidence);
    return void ignoredTry(sheet, facts, stages, settings, wideTick, pinned);
  }
  if (!Number.isFinite(wideTick)) {
    const text = changeStayedOff(facts)
      ? 'The change was not tried anywhere first, in staging or on a canary.'
      : "Nothing you did by hand changed a serving host, so nothing was tried first: Chef's own schedule did the rolling.";
    return void sheet.gain('tried-first', OUT_OF.triedFirst, 0, text, null, helped);
  }
  const size = (fleetPin && fleetPin.tick === wideTick) || reviewOut === wideTick ? 'the whole fleet' : `${count(wide!.servingHosts, 'serving host')} at once`;
  sheet.gain(
    'tried-first',
    OUT_OF.triedFirst,
    0,
    `The first step went to ${size}, with nothing tried on one host or in staging before.`,
    wideTick,
    helped,
    wide ? [wide.task.event] : fleetPin ? [fleetPin] : review?.outEvent ? [review.outEvent] : [],
  );
}

/**
 * Trying first is half the habit; believing what the try showed is the other half. The last try before
 * going wider showed Apache failing (a canary's Apache would not start, or staging failed with the version
 * then pinned fleet-wide), and nothing was fixed in between: that costs half the rule.
 */
function ignoredTry(sheet: FamilySheet, facts: RunFacts, stages: RolloutStage[], settings: StagingScoring, wideTick: number, pinned: string | null): void {
  if (!Number.isFinite(wideTick)) return;
  const fixedTicks = [...creditedOf(facts, 'cookbook-fixed'), ...creditedOf(facts, 'pin-changed').filter((event) => event.hosts === null && event.tick < wideTick)].map(
    (event) => event.tick,
  );
  const fixedAfter = (tick: number): boolean => fixedTicks.some((fixed) => fixed > tick && fixed < wideTick);
  const lastCanary = stages.filter((stage) => kindOf(stage, facts, settings) === 'canary' && stage.endTick <= wideTick).pop();
  const failure = lastCanary
    ? facts.events.find((event) => event.type === 'apache-failed-to-start' && lastCanary.hostNames.includes(event.host) && event.tick >= lastCanary.startTick && event.tick <= wideTick)
    : undefined;
  const staged = creditedOf(facts, 'staging-test-finished')
    .filter((event) => event.tick <= wideTick)
    .pop();
  const stagedFailed = staged && staged.failedAfterUpgrade > 0 && staged.version === pinned && !fixedAfter(staged.tick);
  if ((!failure || fixedAfter(failure.tick)) && !stagedFailed) return;
  const what = failure && !fixedAfter(failure.tick) && failure.type === 'apache-failed-to-start' ? `Apache would not start on ${failure.host}` : 'Apache failing in staging';
  sheet.cost('tried-first', OUT_OF.triedFirst / 2, `The try showed ${what}, and it went wider anyway ${at(wideTick)}.`, wideTick, {
    takeaway: AUTOMATION,
    text: 'A canary is only as good as the look at it: when it fails, stop and fix before going wider.',
  });
}

function inStages(sheet: FamilySheet, facts: RunFacts, stages: RolloutStage[], settings: StagingScoring): void {
  const helped: Helped = { takeaway: AUTOMATION, text: 'Rolling the fix out in stages (one host, a batch, then the rest), each after the last has finished, keeps a surprise small.' };
  // The longest chain of ever-bigger steps, each starting after the one before it had finished.
  const order: Kind[] = ['canary', 'batch', 'rest'];
  const chain: RolloutStage[] = [];
  for (const stage of stages) {
    const last = chain[chain.length - 1];
    const kind = order.indexOf(kindOf(stage, facts, settings));
    if (!last || (kind > order.indexOf(kindOf(last, facts, settings)) && stage.startTick >= last.endTick)) chain.push(stage);
  }
  const sizes = chain.map((stage) => stage.servingHosts).join(', then ');
  if (changeStayedOff(facts)) return void sheet.notCounted('stages', 'The change never went out to the fleet, so there was no roll-out to stage');
  if (stages.length === 0) return void sheet.gain('stages', OUT_OF.stages, 0, 'Nothing you did by hand changed a serving host, so there was no roll-out to stage.', null, helped);
  const points = chain.length >= 3 ? OUT_OF.stages : chain.length === 2 ? OUT_OF.stages / 2 : 0;
  const text =
    chain.length >= 3
      ? `Rolled out in stages, each after the last had finished: ${sizes} hosts.`
      : chain.length === 2
        ? `Rolled out in two steps (${sizes} hosts); a middle batch would have caught a surprise on fewer.`
        : `The roll-out went out in one step (${count(chain[0]!.servingHosts, 'host')}), or its steps did not wait for each other.`;
  sheet.gain(
    'stages',
    OUT_OF.stages,
    points,
    text,
    chain[chain.length - 1]!.startTick,
    helped,
    chain.map((stage) => stage.task.event),
  );
}

function checksBetween(sheet: FamilySheet, facts: RunFacts, stages: RolloutStage[]): void {
  const helped: Helped = {
    takeaway: AUTOMATION,
    text: 'A look between steps (the site, the load balancer, a host over ssh, or a cat watching) catches a bad step before the next one goes out.',
  };
  // Looks between steps are judged only when there were steps; going out in one step is the stages rule's miss.
  if (changeStayedOff(facts)) return void sheet.notCounted('checks', 'The change never went out to the fleet, so there were no steps to look between');
  if (stages.length < 2) return void sheet.notCounted('checks', stages.length === 0 ? 'No roll-out by hand, so no steps to look between' : 'One step, so no pause to look in');
  const gaps = stages.slice(1).map((next, index) => ({ before: stages[index]!, next }));
  const looked = gaps.filter(({ before, next }) => next.startTick >= before.endTick && lookedBetween(facts.looks, facts.watches, before.endTick, next.startTick, ['site', 'chef-server']));
  sheet.gain(
    'checks',
    OUT_OF.checks,
    (OUT_OF.checks * looked.length) / gaps.length,
    `${looked.length} of ${count(gaps.length, 'later step')} went out only after someone had looked at how the last one did.`,
    null,
    helped,
  );
}

function survivorsLeftAlone(sheet: FamilySheet, facts: RunFacts, stages: RolloutStage[]): void {
  const survivors = facts.hosts.filter((host) => host.survivor);
  if (survivors.length === 0) return void sheet.notCounted('survivors', 'This level has no accidental survivors to leave alone');
  if (facts.firstSignTick === null && survivorsLost(facts).length === 0) {
    return void sheet.notCounted('survivors', 'Nothing broke across the fleet, so the survivors never had to carry the site');
  }
  const helped: Helped = {
    takeaway: 'know-your-dependencies',
    text: 'The php7 boxes were serving only because their Chef runs failed: leaving them alone, and saying so to the team, until the rest is healthy keeps the site up.',
  };
  const until = impactEndTick(facts);
  const told = creditedOf(facts, 'message-posted').find((event) => event.intent === 'leave-php7-alone' && event.tick <= until);
  const names = new Set(survivors.map((host) => host.name));
  const others = facts.hosts.filter((host) => host.serving && !host.survivor).length;
  // Left out on purpose: a step whose host list skips every survivor while covering most of the rest.
  const leftOut = stages.find(
    (stage) => stage.broke === 0 && stage.task.hostNames.every((name) => !names.has(name)) && stage.task.hostNames.filter((name) => !names.has(name)).length >= others / 2,
  );
  const harmed = survivorsLost(facts);
  if (harmed.length > 0) {
    const repaired = facts.events.find((event) => event.type === 'chef-repaired' && names.has(event.host));
    const broke = harmed.filter((loss) => loss.how === 'broke').length;
    const drained = harmed.length - broke;
    const what = repaired
      ? `${actorOf(facts, repaired)} mended Chef on the survivors ${at(repaired.tick)}, before the rest was healthy`
      : `The survivors were touched ${at(harmed[0]!.tick)}, before the rest was healthy`;
    const lost = [broke > 0 ? `${broke} took the upgrade and broke` : '', drained > 0 ? `${drained} ${drained === 1 ? 'was' : 'were'} drained from the load balancer` : ''].filter(
      (part) => part !== '',
    );
    const text = `${what}: of the ${count(survivors.length, 'survivor')}, ${listOf(lost)}, and the hosts keeping the site up were the ones lost.`;
    const evidence = [...(repaired ? [repaired] : []), ...harmed.map((loss) => loss.event)];
    return void sheet.gain('survivors', OUT_OF.survivors, OUT_OF.survivors * (1 - harmed.length / survivors.length) * 0.5, text, repaired?.tick ?? harmed[0]!.tick, helped, evidence);
  }
  if (told)
    sheet.gain(
      'survivors',
      OUT_OF.survivors,
      OUT_OF.survivors,
      `You told the team to leave the ${count(survivors.length, 'survivor')} alone ${at(told.tick)}, and they kept serving.`,
      told.tick,
      helped,
      [told],
    );
  else if (leftOut)
    sheet.gain(
      'survivors',
      OUT_OF.survivors,
      OUT_OF.survivors,
      `Your roll-out left the ${count(survivors.length, 'survivor')} out on purpose, and they kept serving.`,
      leftOut.startTick,
      helped,
      [leftOut.task.event],
    );
  else
    sheet.gain(
      'survivors',
      OUT_OF.survivors,
      OUT_OF.survivors / 2,
      `The ${count(survivors.length, 'survivor')} came through on luck (their own Chef runs still failed); saying so makes it a choice.`,
      null,
      helped,
    );
}

function fanOutWidth(sheet: FamilySheet, facts: RunFacts): void {
  const comfortable = facts.config.chef.comfortableConcurrentRuns;
  // A staging test's own runs are two hosts at a time, in staging: not a fan-out across the fleet.
  const staging = new Set(facts.hosts.filter((host) => host.inStaging).map((host) => host.name));
  const fanOuts = facts.tasks.all.filter((task) => task.action === 'run-chef' && task.credit === 'player' && task.concurrency > 1 && !task.hostNames.every((name) => staging.has(name)));
  const overloads = facts.chef.overloads;
  if (fanOuts.length === 0 && overloads.length === 0) return void sheet.notCounted('fan-out', 'No fan-out, so the Chef server was never at risk from one');
  const helped: Helped = {
    takeaway: 'know-your-dependencies',
    text: 'The Chef server and the mirror carry only so many runs at once: fan out 20-30 at a time, and turn chef-client back on a few hosts at a time once the roll-out is done, or their first runs arrive as a herd.',
  };
  const widest = Math.max(0, ...fanOuts.map((task) => task.concurrency));
  const within = widest <= comfortable;
  const text = fanOuts.length === 0 ? 'You fanned out nothing yourself.' : `Your widest fan-out was ${widest} at a time; the Chef server carries about ${comfortable}.`;
  sheet.gain('fan-out', OUT_OF.fanOut, within ? OUT_OF.fanOut : 0, text, fanOuts.find((task) => task.concurrency === widest)?.startTick ?? null, helped);
  for (const overload of overloads) {
    const load = `The Chef server was overloaded ${at(overload.tick)} (${overload.concurrentRuns} runs at once)`;
    if (overload.aloneRuns > 0) {
      sheet.cost('fan-out', OUT_OF.fanOut, `${load}: ${listOf(overload.aloneBy)}, left without a job, fanned out on their own.`, overload.tick);
    } else if (overload.restartRuns >= overload.playerRuns) {
      // Restarting the daemons is a fan-out too: each runs within its splay, so many restarts at once are a herd.
      const when = facts.stages.some((stage) => stage.startTick <= overload.tick && overload.tick < stage.endTick) ? 'while the roll-out still ran' : 'at once';
      sheet.cost('fan-out', OUT_OF.fanOut / 2, `${load}: chef-client came back on many hosts ${when}, and ${overload.restartRuns} of their first runs landed together.`, overload.tick);
    } else {
      sheet.cost('fan-out', OUT_OF.fanOut / 2, `${load}: a fan-out of ${overload.widestFanOut} on top of Chef's own runs was more than it carries.`, overload.tick);
    }
  }
}

function actorOf(facts: RunFacts, event: Parameters<RunFacts['credit']['of']>[0]): string {
  const who = facts.credit.who(event);
  const credit = facts.credit.of(event);
  if (credit === 'alone') return `${who}, left without a job,`;
  if (credit === 'player' && who !== 'you') return `${who}, on the job you gave,`;
  return capital(who);
}
