// What a responder finds when asked to look into something: read off the world as it is now, never
// scripted, so a finding is true when it is reported (and "nothing to see" when it is not).

import type { Investigation } from './commands';
import type { SimConfig } from './config';
import type { Finding } from './events';
import type { SimState } from './state';

export interface InvestigationResult {
  finding: Finding | null;
  text: string;
}

export function investigate(config: SimConfig, state: SimState, job: Investigation): InvestigationResult {
  switch (job.topic) {
    case 'broken-host':
      return brokenHost(config, state);
    case 'php7':
      return php7(config, state);
    case 'mirror':
      return mirror(config, state);
    case 'monitoring':
      return monitoring(state);
  }
}

/** A host whose upgrade run failed to restart Apache and then deleted the default config: the next run will start it. */
function brokenHost(config: SimConfig, state: SimState): InvestigationResult {
  const host = state.hosts.find((candidate) => candidate.apache.status === 'failed' && candidate.chef.lastRun?.result === 'failed' && !candidate.apache.defaultConfigPresent);
  if (!host) return { finding: null, text: 'I looked for a broken web host, but every Apache I checked is either running or mid-run.' };
  return {
    finding: 'second-run-fixes',
    text:
      `${host.name}: the upgrade to ${host.apache.version} dropped ${config.apache.defaultConfigPath}, so the restart failed; ` +
      'the recipe deleted that file at the end of the run, so the next Chef run should start Apache fine.',
  };
}

function php7(config: SimConfig, state: SimState): InvestigationResult {
  const tierIndex = config.tiers.findIndex((tier) => tier.id === 'php7');
  const failing = state.hosts.filter((host) => host.tierIndex === tierIndex && host.chef.brokenReason !== null);
  if (failing.length === 0) return { finding: null, text: 'The php7 boxes run Chef like everyone else now.' };
  return {
    finding: 'php7-failing-chef',
    text:
      `The ${failing.length} php7 web boxes have been failing every Chef run (${failing[0]!.chef.brokenReason}). ` +
      "Nobody noticed in the dev-VM noise, and it's why they never got the new Apache. Careful: fix their Chef and they'll upgrade too.",
  };
}

function mirror(config: SimConfig, state: SimState): InvestigationResult {
  const pkg = config.apache.packageName;
  if (state.mirrorVersion === config.apache.installedVersion) return { finding: null, text: `The mirror still has ${pkg} ${state.mirrorVersion}.` };
  return {
    finding: 'mirror-lacks-old-package',
    text: `The mirror only keeps the newest ${pkg}: ${state.mirrorVersion}. ${config.apache.installedVersion} is gone, so pinning back can't install anything. We have to go forward.`,
  };
}

function monitoring(state: SimState): InvestigationResult {
  const down = (['host-status', 'dashboards'] as const).filter((service) => !state.toolsUp[service]);
  if (down.length === 0) return { finding: null, text: 'Nagios and the graphs are up; the monitoring can see.' };
  return {
    finding: 'monitoring-down',
    text: `The ${down.map((service) => (service === 'host-status' ? 'Nagios UI' : 'graph')).join(' and ')} hosts run Apache too, and they got the same upgrade: we're blind until they're fixed. The checks and pages still work.`,
  };
}
