// What the terminal needs to know about the level to check names, suggest fixes and complete words:
// plain lists, so the parser stays a pure function of the line and this context.

import type { SimConfig } from '../sim/config';

export interface TerminalContext {
  hostNames: readonly string[];
  /** Group and tier ids, without the `@`. */
  groups: readonly string[];
  featureFlags: readonly string[];
  channels: readonly { id: string; label: string }[];
  /** Whether the level has a fleet-wide Chef switch (`knife pause` still parses without one). */
  hasFleetPause: boolean;
  /** Versions worth suggesting: what is installed, pinned, on the mirror and in the change. */
  pinVersions: readonly string[];
  /** The people who can be paged and given jobs. */
  responders: readonly { id: string; name: string }[];
}

export function terminalContextFor(config: SimConfig, hostNames: readonly string[]): TerminalContext {
  // Group names come first so `@web` means the group (web and php7), as the simulation resolves it.
  const groups = distinct(['all', ...config.tiers.map((tier) => tier.group), ...config.tiers.map((tier) => tier.id)]);
  const { installedVersion, pinnedVersion, mirrorVersion } = config.apache;
  return {
    hostNames: [...hostNames],
    groups,
    featureFlags: config.featureFlags.map((flag) => flag.id),
    channels: config.channels.map((channel) => ({ id: channel.id, label: channel.label })),
    hasFleetPause: config.chef.hasFleetPause,
    pinVersions: distinct([installedVersion, pinnedVersion, mirrorVersion, config.change.pinVersion]),
    responders: config.responders.map((responder) => ({ id: responder.id, name: responder.name })),
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}
