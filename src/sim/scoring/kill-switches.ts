// Kill switches: how soon the spread was stopped after the first sign of failure (the fleet-wide Chef
// pause where the level has one; chef-client stopped on the hosts not yet hit where it has not), load shed
// while customers were hurt, broken hosts drained, and every switch turned back on afterwards.

import { FamilySheet, fading, type Helped, type SheetResult } from './family-sheet';
import { creditedOf, impactEndTick, type RunFacts } from './run-facts';
import { capital, count, lasting, listOf } from './words';
import type { KillSwitchScoring } from './scoring-config';

const OUT_OF = { stopSpread: 45, shedLoad: 20, drain: 10, switchedBackOn: 25 };

export function scoreKillSwitches(facts: RunFacts, settings: KillSwitchScoring): SheetResult {
  const sheet = new FamilySheet('kill-switches', facts.indexOf);
  stopSpread(sheet, facts, settings);
  shedLoad(sheet, facts, settings);
  drainBroken(sheet, facts);
  switchedBackOn(sheet, facts);
  return sheet.result();
}

function stopSpread(sheet: FamilySheet, facts: RunFacts, settings: KillSwitchScoring): void {
  const helped: Helped = {
    takeaway: 'understand-your-automation',
    text: facts.config.chef.hasFleetPause
      ? 'Pausing Chef fleet-wide the moment the first host broke would have kept the upgrade off every host not yet hit.'
      : 'Chef can be turned off by hand even without a switch: stopping chef-client on every host not yet hit, in the first minute or two, keeps the upgrade off them.',
  };
  if (facts.firstSignTick === null) return void sheet.notCounted('stop-spread', 'Nothing broke, so there was no spread to stop');
  const atRisk = facts.hosts.filter((host) => host.atRisk && (host.hitTick !== null || host.protectedTick !== null));
  const saved = atRisk.filter((host) => host.protectedTick !== null && host.hitTick === null);
  if (saved.length === 0) {
    const hit = atRisk.filter((host) => host.hitTick !== null).length;
    const text = atRisk.some((host) => host.protectedTick !== null)
      ? `Chef was switched off, but only after the upgrade had reached all ${count(hit, 'production host')}.`
      : `Chef kept running on the hosts not yet hit, so the upgrade reached all ${count(hit, 'production host')} in turn.`;
    return void sheet.gain('stop-spread', OUT_OF.stopSpread, 0, text, null, helped);
  }
  // The spread is stopped once every host is either already hit or covered by the switch.
  const stoppedTick = Math.max(...atRisk.map((host) => Math.min(host.hitTick ?? Infinity, host.protectedTick ?? Infinity)));
  const seconds = stoppedTick - facts.firstSignTick;
  const lost = atRisk.length - saved.length;
  const how = facts.config.chef.hasFleetPause && creditedOf(facts, 'chef-paused').length > 0 ? 'Chef paused fleet-wide' : 'chef-client stopped on the hosts not yet hit';
  sheet.gain(
    'stop-spread',
    OUT_OF.stopSpread,
    fading(OUT_OF.stopSpread, seconds, settings.stopSpreadSeconds, settings.stopSpreadFadeSeconds),
    `The spread stopped ${lasting(seconds)} after the first sign of failure (${how}): ${count(saved.length, 'host')} kept the old Apache, ${lost} had already broken.`,
    stoppedTick,
    helped,
  );
}

function shedLoad(sheet: FamilySheet, facts: RunFacts, settings: KillSwitchScoring): void {
  const flags = facts.config.featureFlags;
  if (flags.length === 0) return void sheet.notCounted('shed-load', 'This level has no load-shedding switches');
  if (facts.impactTick === null) return void sheet.notCounted('shed-load', 'Customers were never hurt, so there was no load to shed');
  const helped: Helped = {
    takeaway: 'maintain-adaptive-capacity',
    text: 'Switching off the heavy, optional features while the site is slow lets the few hosts still serving carry checkout.',
  };
  const shed = creditedOf(facts, 'feature-flag-set').find((event) => !event.on && event.tick <= impactEndTick(facts));
  if (!shed) return void sheet.gain('shed-load', OUT_OF.shedLoad, 0, 'Every feature stayed on while the site was slow, so the survivors carried all of it.', null, helped);
  const label = flags.find((flag) => flag.id === shed.flag)?.label ?? shed.flag;
  const seconds = Math.max(0, shed.tick - facts.impactTick);
  const soon = seconds <= settings.shedLoadSeconds;
  sheet.gain(
    'shed-load',
    OUT_OF.shedLoad,
    soon ? OUT_OF.shedLoad : OUT_OF.shedLoad / 2,
    `${capital(facts.credit.who(shed))} switched off ${label} ${lasting(seconds)} after customers were first hurt${soon ? '' : ', a while into the slowness'}, so the survivors had less to carry.`,
    shed.tick,
    helped,
  );
}

function drainBroken(sheet: FamilySheet, facts: RunFacts): void {
  const serving = new Set(facts.hosts.filter((host) => host.serving && host.hitTick !== null).map((host) => host.name));
  if (serving.size === 0) return void sheet.notCounted('drain', 'No host behind the load balancer broke, so there was nothing to drain');
  const helped: Helped = {
    takeaway: 'understand-your-automation',
    text: 'Draining a broken host from the load balancer by hand (and restoring it once it serves again) stops customers landing on it at once, not after three failed health checks.',
  };
  // A host is broken from a failed start until Apache next starts.
  const broken = new Set<string>();
  let drained = 0;
  let firstTick: number | null = null;
  for (const event of facts.events) {
    if (event.type === 'apache-failed-to-start') broken.add(event.host);
    else if (event.type === 'apache-started') broken.delete(event.host);
    else if (event.type === 'host-drained' && broken.has(event.host) && facts.credit.credited(event)) {
      drained++;
      firstTick ??= event.tick;
    }
  }
  if (drained === 0) {
    return void sheet.gain('drain', OUT_OF.drain, 0, "No broken host was drained by hand; the load balancer's health checks took each one out, a little late.", null, helped);
  }
  sheet.gain('drain', OUT_OF.drain, OUT_OF.drain, `${count(drained, 'broken host')} drained from the load balancer, so customers stopped landing on them at once.`, firstTick, helped);
}

function switchedBackOn(sheet: FamilySheet, facts: RunFacts): void {
  const { state, config } = facts;
  const stopped = facts.hosts.filter((host) => host.stoppedByPlayer);
  const paused = creditedOf(facts, 'chef-paused').length > 0;
  const flagsOff = [...new Set(creditedOf(facts, 'feature-flag-set').filter((event) => !event.on).map((event) => event.flag))];
  const drained = [...new Set(creditedOf(facts, 'host-drained').map((event) => event.host))];
  if (stopped.length === 0 && !paused && flagsOff.length === 0 && drained.length === 0) {
    return void sheet.notCounted('switched-back-on', 'No switch was turned off, so none needed turning back on');
  }
  const helped: Helped = {
    takeaway: 'understand-your-automation',
    text: 'Turning each switch back on once the fix is out (chef-client, the features, the drained hosts) is part of the fix: Chef left off quietly drifts from the cookbook.',
  };
  // Chef counts three times a feature or a drain: a fleet without Chef misses every fix that follows.
  const chefUnits = stopped.length + (paused ? 1 : 0);
  const kinds = [chefUnits > 0 ? 3 : 0, flagsOff.length > 0 ? 1 : 0, drained.length > 0 ? 1 : 0];
  const weightOf = (kind: number): number => (OUT_OF.switchedBackOn * kinds[kind]!) / kinds.reduce((sum, weight) => sum + weight, 0);
  const lastOn = [...creditedOf(facts, 'chef-daemon-started'), ...creditedOf(facts, 'chef-resumed'), ...creditedOf(facts, 'host-restored'), ...creditedOf(facts, 'feature-flag-set').filter((event) => event.on)];
  const lastTick = lastOn.length > 0 ? Math.max(...lastOn.map((event) => event.tick)) : null;
  const chefOff = stopped.filter((host) => state.hosts[host.id]!.chef.daemon === 'stopped').length + (paused && state.chefPaused ? 1 : 0);
  const stillOff = flagsOff.filter((flag) => !state.featureFlagsOn[flag]);
  const stillDrained = drained.filter((name) => state.hosts.find((host) => host.name === name)?.lb?.drained);
  const allBack = chefOff === 0 && stillOff.length === 0 && stillDrained.length === 0;
  const text = allBack ? 'Everything you switched off was back on by the end.' : 'What is switched off in an incident wants switching back on once the danger is past:';
  sheet.gain('switched-back-on', OUT_OF.switchedBackOn, OUT_OF.switchedBackOn, text, lastTick, helped);
  if (chefOff > 0) {
    const what = paused && state.chefPaused ? 'Chef was still paused fleet-wide' : `chef-client was still stopped on ${count(chefOff, 'host')}`;
    sheet.cost('switched-back-on', (weightOf(0) * chefOff) / chefUnits, `At the end, ${what}: the next cookbook change will not reach ${paused && state.chefPaused ? 'the fleet' : 'them'}.`, facts.endTick);
  }
  if (stillOff.length > 0) {
    const labels = stillOff.map((flag) => config.featureFlags.find((candidate) => candidate.id === flag)?.label ?? flag);
    sheet.cost('switched-back-on', (weightOf(1) * stillOff.length) / flagsOff.length, `At the end, ${listOf(labels)} ${labels.length === 1 ? 'was' : 'were'} still switched off: customers miss ${labels.length === 1 ? 'it' : 'them'}.`, facts.endTick);
  }
  if (stillDrained.length > 0) {
    sheet.cost('switched-back-on', (weightOf(2) * stillDrained.length) / drained.length, `At the end, ${count(stillDrained.length, 'host')} ${stillDrained.length === 1 ? 'was' : 'were'} still drained: capacity left on the table.`, facts.endTick);
  }
}
