// Visibility: seeing the fleet when the monitoring cannot. A first look out of band soon after the first
// sign, looking while graph-blind, keeping the monitoring (it runs on Apache too) or restoring it before
// the rest, and checking from outside that the fix took. Filtering the dev-VM noise out of the alert feed
// is left out: today it is a view setting in the UI, with no event in the simulation to score it by.

import type { ToolService } from '../config';
import { FamilySheet, type Helped, type SheetResult } from './family-sheet';
import { SIGHT_SERVICES } from './host-facts';
import { lookedBetween } from './looks';
import { creditedOf, eventsOf, type RunFacts } from './run-facts';
import type { StagingScoring, VisibilityScoring } from './scoring-config';
import { at, lasting } from './words';

const OUT_OF = { firstLook: 20, blindLook: 20, sight: 20, confirm: 20 };
const SIGHT_NAMES: Partial<Record<ToolService, string>> = { 'host-status': 'Nagios', dashboards: 'The graphs' };

export function scoreVisibility(facts: RunFacts, settings: VisibilityScoring, staging: StagingScoring): SheetResult {
  const sheet = new FamilySheet('visibility', facts.indexOf);
  if (facts.firstSignTick === null) {
    sheet.notCounted('first-look', 'Nothing broke, so there was nothing to look for');
    return sheet.result();
  }
  firstLook(sheet, facts, facts.firstSignTick, settings);
  const blind = blindSpans(facts);
  blindLook(sheet, facts, blind);
  const mainRollout = facts.stages.filter((stage) => stage.servingHosts > staging.canaryMaxHosts).map((stage) => stage.startTick);
  const before = mainRollout.length > 0 ? Math.min(...mainRollout) : (facts.resolvedTick ?? facts.endTick);
  for (const service of SIGHT_SERVICES) sight(sheet, facts, service, blind, before);
  confirm(sheet, facts);
  return sheet.result();
}

interface BlindSpan {
  service: ToolService;
  fromTick: number;
  toTick: number;
  /** Whether it came back (at `toTick`) before the level ended. */
  cameBack: boolean;
}

function blindSpans(facts: RunFacts): BlindSpan[] {
  const spans: BlindSpan[] = [];
  for (const event of facts.events) {
    if (event.type === 'tool-went-down' && SIGHT_SERVICES.includes(event.service)) {
      spans.push({ service: event.service, fromTick: event.tick, toTick: facts.endTick, cameBack: false });
    } else if (event.type === 'tool-came-back') {
      const open = spans.find((span) => span.service === event.service && !span.cameBack);
      if (open) Object.assign(open, { toTick: event.tick, cameBack: true });
    }
  }
  return spans;
}

function firstLook(sheet: FamilySheet, facts: RunFacts, firstSign: number, settings: VisibilityScoring): void {
  const helped: Helped = {
    takeaway: 'understand-your-automation',
    text: "A look around the monitoring (ssh or curl to a broken host, the site as a customer, the load balancer's own numbers) shows what is really happening.",
  };
  // A look before anything broke saw nothing of the failure.
  const first = facts.looks.find((look) => look.tick >= firstSign);
  if (!first) return void sheet.gain('first-look', OUT_OF.firstLook, 0, 'Nobody looked at a host, the site or the load balancer directly.', null, helped);
  const seconds = Math.max(0, first.tick - firstSign);
  const soon = seconds <= settings.firstLookSeconds;
  sheet.gain(
    'first-look',
    OUT_OF.firstLook,
    soon ? OUT_OF.firstLook : OUT_OF.firstLook / 2,
    `The first look out of band (${first.what}) came ${lasting(seconds)} after the first sign.`,
    first.tick,
    helped,
    [first.event],
  );
}

function blindLook(sheet: FamilySheet, facts: RunFacts, blind: BlindSpan[]): void {
  if (blind.length === 0) return void sheet.notCounted('blind-look', 'The graphs and Nagios never went dark');
  const helped: Helped = {
    takeaway: 'know-your-dependencies',
    text: 'The graphs and Nagios run on Apache too: when they go dark, out-of-band looks (ssh, curl, the load balancer, the site) are the way to see.',
  };
  const from = Math.min(...blind.map((span) => span.fromTick));
  const looked = blind.some((span) => lookedBetween(facts.looks, facts.watches, span.fromTick, span.toTick, ['site', 'chef-server', 'monitoring']));
  const during = facts.looks.filter((look) => blind.some((span) => look.tick >= span.fromTick && look.tick <= span.toTick)).map((look) => look.event);
  const text = looked
    ? `While the monitoring was dark (from ${at(from)}), you still looked at the fleet another way.`
    : `The monitoring went dark ${at(from)}, and nobody looked at the fleet another way while it was.`;
  sheet.gain('blind-look', OUT_OF.blindLook, looked ? OUT_OF.blindLook : 0, text, from, helped, during);
}

function sight(sheet: FamilySheet, facts: RunFacts, service: ToolService, blind: BlindSpan[], rolloutTick: number): void {
  const rule = `sight-${service}`;
  const name = SIGHT_NAMES[service] ?? service;
  const hosts = facts.hosts.filter((host) => host.sight === service);
  if (hosts.length === 0) return void sheet.notCounted(rule, `This level has no ${name.toLowerCase()} on Apache`);
  const helped: Helped = { takeaway: 'know-your-dependencies', text: 'Fixing the monitoring hosts first (they run on Apache too) gives the team its eyes back for the rest of the fix.' };
  const span = blind.find((candidate) => candidate.service === service);
  if (!span) {
    const its = service === 'dashboards' ? 'their' : 'its';
    // Still lit because the bad change never reached its hosts while you played is luck or a short shift, not your doing.
    if (!hosts.some((host) => host.saved)) return void sheet.notCounted(rule, `${name} never went dark, but nothing of yours kept the bad change off ${its} hosts`);
    const cover = hosts.flatMap((host) => (host.saved ? (facts.cover.get(host.name)?.coverEvents.slice(0, 1) ?? []) : []));
    return void sheet.gain(rule, OUT_OF.sight, OUT_OF.sight, `${name} never went dark: a switch of yours kept the bad change off ${its} hosts.`, null, helped, cover);
  }
  if (!span.cameBack) return void sheet.gain(rule, OUT_OF.sight, 0, `${name} went dark ${at(span.fromTick)} and stayed dark to the end.`, span.fromTick, helped);
  // What brought it back: the last Apache start on one of its hosts, and whose run (or hands) that was.
  const names = new Set(hosts.map((host) => host.name));
  const start = eventsOf(facts, 'apache-started')
    .filter((event) => names.has(event.host) && event.tick <= span.toTick)
    .pop();
  const cause = start ? facts.chef.causeOf(start) : null;
  if (!cause || cause.credit !== 'player') {
    return void sheet.gain(
      rule,
      OUT_OF.sight,
      0,
      `${name} came back ${at(span.toTick)}, only when Chef's own schedule reached ${service === 'dashboards' ? 'their' : 'its'} hosts.`,
      span.toTick,
      helped,
    );
  }
  const who = cause.by === 'player' || cause.by === 'chef' ? 'your' : `${cause.by}'s`;
  if (span.toTick <= rolloutTick) {
    return void sheet.gain(
      rule,
      OUT_OF.sight,
      OUT_OF.sight,
      `${name} came back ${at(span.toTick)} through ${who} work, before the main roll-out: eyes back for the rest of the fix.`,
      span.toTick,
      helped,
      start ? [start] : [],
    );
  }
  sheet.gain(
    rule,
    OUT_OF.sight,
    OUT_OF.sight / 2,
    `${name} came back ${at(span.toTick)} with the rest of the fleet (${who} roll-out), not first.`,
    span.toTick,
    helped,
    start ? [start] : [],
  );
}

function confirm(sheet: FamilySheet, facts: RunFacts): void {
  if (facts.impactTick === null) return void sheet.notCounted('confirm', 'Customers were never hurt, so there was no recovery to confirm');
  const helped: Helped = {
    takeaway: 'understand-your-automation',
    text: "A look from outside once the fix is out (the site as a customer, the load balancer's numbers) confirms it took, before the all-clear.",
  };
  // The fix is out once its last step that changed a serving host starts, or once the fixed cookbook is
  // up and Chef's own runs have brought a host back with it. A fix that reached nobody is none to confirm.
  const fixed = creditedOf(facts, 'cookbook-fixed')[0]?.tick;
  const serving = new Set(facts.hosts.filter((host) => host.serving).map((host) => host.name));
  const carried = fixed !== undefined && facts.tasks.scheduledUpgrades.some((event) => event.type === 'apache-upgraded' && serving.has(event.host) && event.tick > fixed);
  const lastStage = Math.max(-1, ...facts.stages.map((stage) => stage.startTick));
  const from = lastStage >= 0 ? lastStage : carried ? fixed : undefined;
  if (from === undefined) return void sheet.notCounted('confirm', 'Nothing you did brought a host back, so there was no fix of yours to confirm');
  const look = facts.looks.find((candidate) => candidate.tick > from && candidate.what !== 'the staging test');
  const watching = facts.watches.find((span) => span.target === 'site' && span.toTick > from);
  if (look) return void sheet.gain('confirm', OUT_OF.confirm, OUT_OF.confirm, `You checked the fix took: ${look.what} ${at(look.tick)}.`, look.tick, helped, [look.event]);
  if (watching) return void sheet.gain('confirm', OUT_OF.confirm, OUT_OF.confirm, `${watching.name} was watching the site as the fix went out.`, Math.max(from, watching.fromTick), helped);
  sheet.gain('confirm', OUT_OF.confirm, 0, 'Nobody looked from outside to confirm the site was back once the fix was out.', null, helped);
}
