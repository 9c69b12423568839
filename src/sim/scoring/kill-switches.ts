// Kill switches, judged by what they protected: production hosts kept from the bad change (chef-client
// stopped, Chef paused fleet-wide, or a pin that held the change off) for as long as the cookbook stayed
// dangerous; load shed for the time customers were hurt; broken hosts drained until they served again;
// and each switch that did something turned back on once the danger had passed. A switch flipped and
// flipped back protects nothing and earns nothing. Saying no to a cat's plan, or stopping a job or a
// fan-out, is a switch too, judged the same way (stops.ts).

import type { EventOf, SimEvent } from '../events';
import { FamilySheet, type Helped, type SheetResult } from './family-sheet';
import { creditedOf, eventsOf, type RunFacts } from './run-facts';
import { hurtSecondsBetween, hurtSpans, poolsHealthyAt } from './pool-health';
import { stoppedInTime } from './stops';
import type { CoverKind } from './switch-cover';
import type { KillSwitchScoring } from './scoring-config';
import { capital, count, lasting, listOf } from './words';

const OUT_OF = { stopSpread: 45, stoppedInTime: 15, shedLoad: 20, drain: 10, switchedBackOn: 25 };
const AUTOMATION: Helped['takeaway'] = 'understand-your-automation';
/** The share of the spread's points a pin that still blocks the mirror at the end costs: nothing can be built. */
const PIN_PRICE = 0.2;

export function scoreKillSwitches(facts: RunFacts, settings: KillSwitchScoring): SheetResult {
  const sheet = new FamilySheet('kill-switches', facts.indexOf);
  stopSpread(sheet, facts);
  stoppedInTime(sheet, facts, OUT_OF.stoppedInTime);
  const shed = shedLoad(sheet, facts, settings);
  const drains = drainBroken(sheet, facts);
  switchedBackOn(sheet, facts, shed, drains);
  return sheet.result();
}

const COVER_WORDS: Record<CoverKind, string> = {
  'chef-stopped': 'chef-client stopped on the hosts not yet hit',
  'fleet-pause': 'Chef paused fleet-wide',
  pin: 'the pin moved off the bad version',
};

function stopSpread(sheet: FamilySheet, facts: RunFacts): void {
  const helped: Helped = {
    takeaway: AUTOMATION,
    text: facts.config.chef.hasFleetPause
      ? 'Pausing Chef fleet-wide the moment the first host broke, and holding it until the fix is in, keeps the upgrade off every host not yet hit.'
      : 'Chef can be turned off by hand even without a switch: stopping chef-client on every host not yet hit, in the first minute or two, and keeping it off until the cookbook is fixed, keeps the upgrade off them.',
  };
  if (facts.firstSignTick === null) return void sheet.notCounted('stop-spread', 'Nothing broke, so there was no spread to stop');
  const firstSign = facts.firstSignTick;
  const atRisk = facts.hosts.filter((host) => host.atRisk);
  // What could still be saved at the first sign: the hosts the change had not reached yet.
  const reachable = atRisk.filter((host) => host.hitTick === null || host.hitTick > firstSign);
  const saved = reachable.filter((host) => host.saved);
  const covered = reachable.filter((host) => host.protectedTick !== null);
  if (reachable.length === 0) return void sheet.notCounted('stop-spread', 'Every host at risk had broken by the first sign, so there was nothing left to keep');
  if (saved.length === 0) {
    const hit = reachable.filter((host) => host.hitTick !== null).length;
    const text =
      covered.length > 0
        ? `A switch covered ${count(covered.length, 'host')}, but none was kept from the bad change: it came off, or came too late, while the cookbook was still dangerous (${hit} of ${reachable.length} broke).`
        : `Chef kept running on the hosts not yet hit, so the upgrade reached ${hit} of the ${count(reachable.length, 'production host')} in turn.`;
    return void sheet.gain(
      'stop-spread',
      OUT_OF.stopSpread,
      0,
      text,
      null,
      helped,
      covered.flatMap((host) => facts.cover.get(host.name)?.coverEvents.slice(0, 1) ?? []),
    );
  }
  const coverTick = Math.min(...saved.map((host) => host.protectedTick!));
  const lastCover = Math.max(...saved.map((host) => host.protectedTick!));
  // Said against the moment the line names (the first cover), then while the switch went round, then after.
  const brokenBefore = atRisk.filter((host) => host.hitTick !== null && host.hitTick <= coverTick).length;
  const brokeDuring = reachable.filter((host) => host.hitTick !== null && host.hitTick > coverTick && host.hitTick <= lastCover).length;
  const brokeLater = reachable.filter((host) => !host.saved && host.hitTick !== null && host.hitTick > lastCover).length;
  const exposed = reachable.filter((host) => !host.saved && host.hitTick === null).length;
  const kinds = [...new Set(saved.map((host) => facts.cover.get(host.name)!.coveredBy!))];
  const tail = [
    brokenBefore > 0 ? `${brokenBefore} had already broken by then` : '',
    brokeDuring > 0 ? `${brokeDuring} broke while the switch went round` : '',
    brokeLater > 0 ? `${brokeLater} broke later` : '',
    exposed > 0 ? `${exposed} ${exposed === 1 ? 'was' : 'were'} left open to it` : '',
  ].filter((part) => part !== '');
  const held = facts.danger.passedTick !== null ? ', held until the fix was in' : ', held to the end (the fix never went in)';
  sheet.gain(
    'stop-spread',
    OUT_OF.stopSpread,
    (OUT_OF.stopSpread * saved.length) / reachable.length,
    `${capital(lasting(coverTick - firstSign))} after the first sign, ${listOf(kinds.map((kind) => COVER_WORDS[kind]))}${held}: ${saved.length} of the ${count(atRisk.length, 'production host')} at risk were kept from the bad change${tail.length > 0 ? `; ${listOf(tail)}` : ''}.`,
    coverTick,
    helped,
    saved.slice(0, 3).flatMap((host) => facts.cover.get(host.name)!.coverEvents.slice(0, 1)),
  );
  if (kinds.includes('pin')) {
    // An improvised switch, and an honest one, with a price: say it, and charge it while it still holds.
    const pinEvent = facts.danger.spans.find((span) => span.endedBy === 'pin' && span.endedByPlayer)?.endEvent;
    const version = pinEvent?.type === 'pin-changed' ? pinEvent.version : facts.danger.finalPin;
    const text = `Pinning httpd to ${version}, which the mirror does not have, worked as a kill switch: Chef could not install the bad version. Its price: while it holds, no new server can be built and no broken host heals by Chef.`;
    if (facts.danger.finalPinOnMirror) sheet.note('stop-spread', text, pinEvent?.tick ?? null, pinEvent ? [pinEvent] : []);
    else sheet.cost('stop-spread', OUT_OF.stopSpread * PIN_PRICE, `${text} It still held at the end.`, facts.endTick, undefined, pinEvent ? [pinEvent] : []);
  }
}

interface Shed {
  flag: string;
  offTick: number;
  onTick: number | null;
  /** Seconds it was off while customers were hurt. */
  heldSeconds: number;
  events: SimEvent[];
}

function shedLoad(sheet: FamilySheet, facts: RunFacts, settings: KillSwitchScoring): Shed[] {
  const flags = facts.config.featureFlags;
  if (flags.length === 0) return (void sheet.notCounted('shed-load', 'This level has no load-shedding switches'), []);
  const sheds = flagSpans(facts, hurtSpans(facts));
  if (facts.impactTick === null) return (void sheet.notCounted('shed-load', 'Customers were never hurt, so there was no load to shed'), sheds);
  const helped: Helped = {
    takeaway: 'maintain-adaptive-capacity',
    text: 'Switching off the heavy, optional features while the site is slow, and keeping them off until it is well, lets the few hosts still serving carry checkout.',
  };
  const hurtFrom = facts.impactTick;
  const hurt = hurtSpans(facts);
  const hurtSeconds = Math.max(1, hurtSecondsBetween(hurt, 0, facts.endTick));
  // A blip the load balancer closes by itself is over before any switch could help.
  if (hurtSeconds < settings.shedLoadSeconds && sheds.every((shed) => shed.heldSeconds === 0)) {
    return (void sheet.notCounted('shed-load', `Customers were hurt for ${lasting(hurtSeconds)} in all, too briefly to call for shedding load`), sheds);
  }
  const useful = sheds.filter((shed) => shed.heldSeconds > 0);
  if (useful.length === 0) {
    const text =
      sheds.length > 0
        ? 'A feature was switched off, but not while customers were hurt (or only for a moment), so it carried no load off the survivors.'
        : 'Every feature stayed on while the site was slow, so the survivors carried all of it.';
    return (
      void sheet.gain(
        'shed-load',
        OUT_OF.shedLoad,
        0,
        text,
        null,
        helped,
        sheds.flatMap((shed) => shed.events),
      ),
      sheds
    );
  }
  const best = useful.reduce((a, b) => (b.heldSeconds > a.heldSeconds ? b : a));
  const share = Math.min(1, best.heldSeconds / hurtSeconds);
  const late = Math.max(0, best.offTick - hurtFrom) > settings.shedLoadSeconds;
  const label = flags.find((flag) => flag.id === best.flag)?.label ?? best.flag;
  sheet.gain(
    'shed-load',
    OUT_OF.shedLoad,
    OUT_OF.shedLoad * share * (late ? 0.5 : 1),
    `${label} was off for ${lasting(best.heldSeconds)} of the ${lasting(hurtSeconds)} customers were hurt${late ? `, switched off a while into it (${lasting(best.offTick - hurtFrom)})` : ''}, so the survivors had less to carry.`,
    best.offTick,
    helped,
    best.events,
  );
  return sheds;
}

/** Each time the player switched a feature off, until it came back on (by anyone), and how much of the hurt it covered. */
function flagSpans(facts: RunFacts, hurt: ReturnType<typeof hurtSpans>): Shed[] {
  const open = new Map<string, Shed>();
  const spans: Shed[] = [];
  for (const event of eventsOf(facts, 'feature-flag-set')) {
    const current = open.get(event.flag);
    if (!event.on && !current && facts.credit.credited(event)) {
      const shed: Shed = { flag: event.flag, offTick: event.tick, onTick: null, heldSeconds: 0, events: [event] };
      open.set(event.flag, shed);
      spans.push(shed);
    } else if (event.on && current) {
      current.onTick = event.tick;
      current.events.push(event);
      open.delete(event.flag);
    }
  }
  for (const shed of spans) shed.heldSeconds = hurtSecondsBetween(hurt, shed.offTick, shed.onTick ?? facts.endTick);
  return spans;
}

interface Drain {
  host: string;
  event: EventOf<'host-drained'>;
  /** Drained while its Apache was down. */
  broken: boolean;
  /** Put back while its Apache was still down (customers landed on it again), and when it was put back. */
  restoredBroken: boolean;
  restoredTick: number | null;
  restoreEvent: SimEvent | null;
}

function drainBroken(sheet: FamilySheet, facts: RunFacts): Drain[] {
  const drains = drainSpans(facts);
  // A canary the change broke on purpose, before the fleet had it, is a try: nothing to drain for.
  const brokeServing = facts.hosts.some((host) => host.serving && host.hitTick !== null && !facts.triedHosts.has(host.name));
  if (!brokeServing && drains.length === 0) return (void sheet.notCounted('drain', 'No host behind the load balancer broke, so there was nothing to drain'), drains);
  const helped: Helped = {
    takeaway: AUTOMATION,
    text: 'Draining a broken host from the load balancer by hand (and restoring it once it serves again) stops customers landing on it at once; draining a healthy one only takes capacity away.',
  };
  const useful = drains.filter((drain) => drain.broken && !drain.restoredBroken);
  const healthy = drains.filter((drain) => !drain.broken);
  const text =
    useful.length > 0
      ? `${count(useful.length, 'broken host')} drained from the load balancer while broken, and not put back before ${useful.length === 1 ? 'it was' : 'they were'} fixed.`
      : drains.some((drain) => drain.broken)
        ? 'Broken hosts were drained, but put back while still broken, so customers landed on them again.'
        : "No broken host was drained by hand; the load balancer's health checks took each one out, a little late.";
  sheet.gain(
    'drain',
    OUT_OF.drain,
    useful.length > 0 ? OUT_OF.drain : 0,
    text,
    useful[0]?.event.tick ?? null,
    helped,
    useful.map((drain) => drain.event),
  );
  if (healthy.length > 0) {
    sheet.cost(
      'drain',
      OUT_OF.drain,
      `${count(healthy.length, 'healthy host')} ${healthy.length === 1 ? 'was' : 'were'} drained too, taking serving capacity away.`,
      healthy[0]!.event.tick,
      undefined,
      healthy.map((drain) => drain.event),
    );
  }
  return drains;
}

function drainSpans(facts: RunFacts): Drain[] {
  const down = new Set<string>();
  const open = new Map<string, Drain>();
  const drains: Drain[] = [];
  for (const event of facts.events) {
    if (event.type === 'apache-failed-to-start') down.add(event.host);
    else if (event.type === 'apache-started') down.delete(event.host);
    else if (event.type === 'host-drained' && facts.credit.credited(event) && !open.has(event.host) && facts.hosts.some((host) => host.name === event.host && host.serving)) {
      const drain: Drain = { host: event.host, event, broken: down.has(event.host), restoredBroken: false, restoredTick: null, restoreEvent: null };
      open.set(event.host, drain);
      drains.push(drain);
    } else if (event.type === 'host-restored' && open.has(event.host)) {
      Object.assign(open.get(event.host)!, { restoredBroken: down.has(event.host), restoredTick: event.tick, restoreEvent: event });
      open.delete(event.host);
    }
  }
  return drains;
}

/** A switch that did something, and whether it was turned back on at the right time: after the danger, with the hosts well. */
interface Restorable {
  what: string;
  weight: number;
  /** How much of it was back on in time: 1 all of it, 0 none. */
  share: number;
  evidence: SimEvent[];
}

function switchedBackOn(sheet: FamilySheet, facts: RunFacts, sheds: Shed[], drains: Drain[]): void {
  const { state } = facts;
  const helped: Helped = {
    takeaway: AUTOMATION,
    text: 'Turning each switch back on once the fix is in and the hosts are well (chef-client, the features, the drained hosts) is part of the fix: Chef left off quietly drifts from the cookbook.',
  };
  const passed = facts.danger.passedTick;
  const restorables: Restorable[] = [];

  // chef-client on the hosts it kept whole: back on after the danger, and running at the end.
  const stoppedSaved = facts.hosts.filter((host) => host.saved && host.stoppedByPlayer);
  if (stoppedSaved.length > 0) {
    const starts = eventsOf(facts, 'chef-daemon-started');
    const back = stoppedSaved.filter(
      (host) => state.hosts[host.id]!.chef.daemon === 'running' && passed !== null && starts.some((event) => event.host === host.name && event.tick >= passed),
    );
    const what =
      back.length === stoppedSaved.length
        ? `chef-client on the ${count(stoppedSaved.length, 'host')} it kept whole`
        : `chef-client on ${back.length} of the ${count(stoppedSaved.length, 'host')} it kept whole`;
    restorables.push({ what, weight: 3, share: back.length / stoppedSaved.length, evidence: starts.filter((event) => back.some((host) => host.name === event.host)) });
  }
  const coveredBy = (kind: CoverKind): boolean => facts.hosts.some((host) => host.saved && facts.cover.get(host.name)?.coveredBy === kind);
  if (coveredBy('fleet-pause')) {
    const resumed = creditedOf(facts, 'chef-resumed').find((event) => passed !== null && event.tick >= passed);
    restorables.push({ what: 'the fleet-wide Chef pause', weight: 3, share: !state.chefPaused && resumed !== undefined ? 1 : 0, evidence: resumed ? [resumed] : [] });
  }
  // A pin that held the change off is turned back on by pinning forward, once the fix is in.
  if (coveredBy('pin')) {
    const forward = creditedOf(facts, 'pin-changed')
      .filter((event) => event.hosts === null)
      .pop();
    const back = facts.danger.finalPinOnMirror && passed !== null;
    const what = back
      ? 'the pin, moved forward with the fix'
      : facts.danger.finalPinOnMirror
        ? 'the pin (moved back to the bad version before the fix was in)'
        : `the pin (still ${facts.danger.finalPin}, which the mirror cannot serve)`;
    restorables.push({ what, weight: 2, share: back ? 1 : 0, evidence: forward ? [forward] : [] });
  }
  for (const shed of sheds.filter((candidate) => candidate.heldSeconds > 0)) {
    const label = facts.config.featureFlags.find((flag) => flag.id === shed.flag)?.label ?? shed.flag;
    const back = shed.onTick !== null && poolsHealthyAt(facts, shed.onTick) && state.featureFlagsOn[shed.flag] === true;
    restorables.push({ what: label, weight: 1, share: back ? 1 : 0, evidence: shed.events });
  }
  const usefulDrains = drains.filter((drain) => drain.broken && !drain.restoredBroken);
  if (usefulDrains.length > 0) {
    const back = usefulDrains.filter((drain) => drain.restoredTick !== null && !state.hosts.find((host) => host.name === drain.host)?.lb?.drained);
    restorables.push({
      what: `the ${count(usefulDrains.length, 'drained host')}`,
      weight: 1,
      share: back.length / usefulDrains.length,
      evidence: back.flatMap((drain) => (drain.restoreEvent ? [drain.restoreEvent] : [])),
    });
  }

  const leftOff = switchesLeftOff(facts);
  if (restorables.length === 0) {
    if (leftOff.length === 0) return void sheet.notCounted('switched-back-on', 'No switch of yours protected anything, so none needed turning back on');
    return void sheet.gain(
      'switched-back-on',
      OUT_OF.switchedBackOn,
      0,
      `No switch of yours protected anything, and at the end ${listOf(leftOff)} ${leftOff.length === 1 ? 'was' : 'were'} still off.`,
      facts.endTick,
      helped,
    );
  }
  const weight = restorables.reduce((sum, item) => sum + item.weight, 0);
  const earned = restorables.reduce((sum, item) => sum + item.weight * item.share, 0);
  const back = restorables.filter((item) => item.share === 1).map((item) => item.what);
  const notBack = restorables.filter((item) => item.share < 1).map((item) => item.what);
  const chefSwitch = stoppedSaved.length > 0 || coveredBy('fleet-pause');
  const danger = passed === null && chefSwitch ? ' The fix never went in, so Chef could not safely come back on.' : '';
  const text =
    notBack.length === 0
      ? `Every switch that protected something was back on once the fix was in: ${listOf(back)}.`
      : `Not back on in time, or still off at the end: ${listOf(notBack)}${back.length > 0 ? `; back on: ${listOf(back)}` : ''}.${danger}`;
  sheet.gain(
    'switched-back-on',
    OUT_OF.switchedBackOn,
    (OUT_OF.switchedBackOn * earned) / weight,
    text,
    passed,
    helped,
    restorables.flatMap((item) => item.evidence),
  );
}

/** Switches of the player's still off at the end, whatever they did. */
function switchesLeftOff(facts: RunFacts): string[] {
  const { state } = facts;
  const off: string[] = [];
  const stopped = new Set(creditedOf(facts, 'chef-daemon-stopped').map((event) => event.host));
  const stillStopped = [...stopped].filter((name) => state.hosts.find((host) => host.name === name)?.chef.daemon === 'stopped').length;
  if (stillStopped > 0) off.push(`chef-client on ${count(stillStopped, 'host')}`);
  if (state.chefPaused && creditedOf(facts, 'chef-paused').length > 0) off.push('the fleet-wide Chef pause');
  const flags = [
    ...new Set(
      creditedOf(facts, 'feature-flag-set')
        .filter((event) => !event.on)
        .map((event) => event.flag),
    ),
  ].filter((flag) => !state.featureFlagsOn[flag]);
  if (flags.length > 0) off.push(listOf(flags.map((flag) => facts.config.featureFlags.find((candidate) => candidate.id === flag)?.label ?? flag)));
  const drained = new Set(creditedOf(facts, 'host-drained').map((event) => event.host));
  const stillDrained = [...drained].filter((name) => state.hosts.find((host) => host.name === name)?.lb?.drained).length;
  if (stillDrained > 0) off.push(count(stillDrained, 'drained host'));
  return off;
}
