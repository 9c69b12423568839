// A level as the game uses it: what the menu and the clock need (meta), what the simulation runs (sim),
// what the player can post (comms) and how a run is scored (scoring). Made only by parse-level.ts, from a
// checked level file.

import type { StatusIntent, StatusPageStatus } from '../sim/commands';
import type { SimConfig } from '../sim/config';
import type { MessageIntent } from '../sim/message-intents';
import type { ScoringConfig } from '../sim/scoring/scoring-config';
import type { LevelGuide } from './guide-schema';

export interface LevelMeta {
  schemaVersion: 1;
  /** Kebab-case, unique among levels; also the file's name without `.json`, by convention. */
  id: string;
  title: string;
  summary: string;
  /** What the level teaches a newcomer, for the title's level chooser; null when the file does not say. */
  teaches: string | null;
  /** Short paragraphs shown before the level starts. */
  briefing: string[];
  /** How fast game time runs in the browser: 5 plays an hour of the incident in 12 real minutes. */
  gameSecondsPerRealSecond: number;
  /** The game clock's time of day at second 0, "HH:MM". */
  clockStart: string;
}

/** One way to say something: the words, and what they do (see sim/message-intents). */
export interface Wording<Intent extends string> {
  intent: Intent;
  text: string;
}

/** Prepared posts: each purpose offers wordings with real differences (a clear ask or a vague one…). */
export interface PostChoice {
  label: string;
  wordings: Wording<MessageIntent>[];
}

export interface StatusUpdateChoice {
  label: string;
  status: StatusPageStatus;
  wordings: Wording<StatusIntent>[];
}

/** What the player can post and tell customers, in the level's own words (a trainer may reword them). */
export interface LevelComms {
  posts: PostChoice[];
  statusUpdates: StatusUpdateChoice[];
}

export interface Level {
  meta: LevelMeta;
  sim: SimConfig;
  comms: LevelComms;
  /** How the debrief judges a run of this level: the family weights and the rules' minutes and sizes. */
  scoring: ScoringConfig;
  /** The step-by-step guide shown during the incident (the tutorial's), or null for a level without one. */
  guide: LevelGuide | null;
}
