// What a trainer may tune about the score, per level: how much each family counts in the total, and the
// minutes and sizes each family's rules judge against. The level file's optional `scoring` section fills
// this in (defaults in src/levels/to-level.ts); the rules themselves live beside this file.

/** The five families the score is made of, in the order the debrief shows them. */
export type FamilyId = 'kill-switches' | 'staging' | 'team-communication' | 'customer-impact' | 'visibility';
export const FAMILY_IDS: readonly FamilyId[] = ['kill-switches', 'staging', 'team-communication', 'customer-impact', 'visibility'];

/** The level file's name for each family (JSON fields are camelCase). */
export const FAMILY_KEYS = {
  'kill-switches': 'killSwitches',
  staging: 'staging',
  'team-communication': 'teamCommunication',
  'customer-impact': 'customerImpact',
  visibility: 'visibility',
} as const satisfies Record<FamilyId, string>;

export type FamilyKey = (typeof FAMILY_KEYS)[FamilyId];

/** Relative weights: only their proportions matter (25/25/20/20/10 and 5/5/4/4/2 score alike). */
export type ScoringWeights = Record<FamilyKey, number>;

export interface KillSwitchScoring {
  /**
   * Kept so older level files stay valid; no longer read: the spread is judged by the share of hosts a
   * switch kept from the bad change, which already falls the later the switch comes.
   */
  stopSpreadSeconds: number;
  stopSpreadFadeSeconds: number;
  /**
   * Shedding load this soon after customers are hurt earns full marks for the share of the hurt it
   * covered; later, half. Customers hurt for less than this in all do not call for shedding.
   */
  shedLoadSeconds: number;
}

export interface StagingScoring {
  /** A first step on at most this many serving hosts is a canary. */
  canaryMaxHosts: number;
  /** A middle step on at most this share of the serving hosts is a batch; anything wider is "the rest". */
  batchMaxShare: number;
}

export interface TeamCommunicationScoring {
  /** Telling the channel this soon after the first sign earns every point, fading over the next seconds. */
  tellChannelSeconds: number;
  tellChannelFadeSeconds: number;
  /** A page acknowledged within this long counts as answered. */
  answerPageSeconds: number;
  /** Asking for help this soon after the first sign earns every point; later, half. */
  askForHelpSeconds: number;
  /** The status page updated this soon after customers are hurt earns every point, fading over the next seconds. */
  statusPageSeconds: number;
  statusPageFadeSeconds: number;
  /** The longest gap between status page updates while customers are hurt. */
  statusCadenceSeconds: number;
  /** Moving the team to a working channel this soon after theirs fails earns every point; later, half. */
  backupChannelSeconds: number;
}

export interface CustomerImpactScoring {
  /** Losing this many minutes' worth of a normal day's orders scores nothing for orders. */
  ordersLostZeroMinutes: number;
  /** This many minutes of a slow (degraded) site scores nothing for slowness. */
  degradedZeroMinutes: number;
  /** This many minutes of a site that is down scores nothing for downtime. */
  downZeroMinutes: number;
}

export interface VisibilityScoring {
  /** A first out-of-band look this soon after the first sign earns every point; later, half. */
  firstLookSeconds: number;
}

export interface AwardScoring {
  /** How many of the things worth learning earn the three-armed sweater. */
  minLearnings: number;
}

/** What the whole run does to the total, beyond the families (see score-run.ts). */
export interface TotalScoring {
  /** An incident never resolved scores at most this: below what the real team's response earns. */
  unresolvedCap: number;
  /** Each minute the site was fully down takes this many points off the total. */
  downPointsPerMinute: number;
  /** Losing the accidental survivors before the rest was healthy takes up to this many points off (all of them lost: all of it). */
  survivorsLostPoints: number;
  /** Each minute a healthy serving host stood drained by the player takes this many points off: capacity left on the table. */
  healthyDrainPointsPerHostMinute: number;
  /**
   * Where the level asks for a review of the change: the most a run can score when the change went out
   * (approved, or pushed when nobody objected) and broke production hosts. Fighting an incident well
   * scores below not having it. 100: no cap.
   */
  badChangeCap: number;
}

export interface ScoringConfig {
  weights: ScoringWeights;
  killSwitches: KillSwitchScoring;
  staging: StagingScoring;
  teamCommunication: TeamCommunicationScoring;
  customerImpact: CustomerImpactScoring;
  visibility: VisibilityScoring;
  award: AwardScoring;
  total: TotalScoring;
}
