// The shipped levels as plain JSON, and variations of them a trainer could write: a bigger or smaller
// fleet, other timings. For the tests of bounds and the property tests, which need many valid levels.

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   level JSON is edited here as a trainer would edit the file, untyped by design. */

import { readFileSync } from 'node:fs';
import { hostName } from '../../src/sim/host-names';
import type { TierConfig } from '../../src/sim/config';
import { repoPath } from './level-files';

export type LevelJson = Record<string, any>;

/** A fresh copy of a shipped level file's JSON, to change. */
export function levelJson(id = 'apache-snafu'): LevelJson {
  return JSON.parse(readFileSync(repoPath(`levels/${id}.json`), 'utf8')) as LevelJson;
}

/**
 * The same level with every tier `factor` times as big (at least one host a tier that had any), host
 * numbers widened to fit, and the change's author watching the same host under its new name.
 */
export function scaledFleet(json: LevelJson, factor: number): LevelJson {
  const tiers = json.tiers as TierConfig[];
  const watched = json.change.watchHostName as string;
  let watchedAt: { tier: number; number: number } | null = null;
  tiers.forEach((tier, index) => {
    for (let number = 1; number <= tier.count && watchedAt === null; number++) if (hostName(tier, number) === watched) watchedAt = { tier: index, number };
  });
  for (const tier of tiers) {
    tier.count = tier.count === 0 ? 0 : Math.max(1, Math.round(tier.count * factor));
    tier.hostNumberDigits = Math.max(tier.hostNumberDigits, String(tier.count).length);
  }
  const at = watchedAt as { tier: number; number: number } | null;
  if (at !== null) {
    const tier = tiers[at.tier]!;
    json.change.watchHostName = hostName(tier, Math.min(at.number, tier.count));
  }
  return json;
}

export function hostCount(json: LevelJson): number {
  return (json.tiers as TierConfig[]).reduce((sum, tier) => sum + tier.count, 0);
}
