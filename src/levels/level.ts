// A level as the game uses it: what the menu and the clock need (meta) and what the simulation runs
// (sim). Made only by parse-level.ts, from a checked level file.

import type { SimConfig } from '../sim/config';

export interface LevelMeta {
  schemaVersion: 1;
  /** Kebab-case, unique among levels; also the file's name without `.json`, by convention. */
  id: string;
  title: string;
  summary: string;
  /** Short paragraphs shown before the level starts. */
  briefing: string[];
  /** How fast game time runs in the browser: 5 plays an hour of the incident in 12 real minutes. */
  gameSecondsPerRealSecond: number;
  /** The game clock's time of day at second 0, "HH:MM". */
  clockStart: string;
}

export interface Level {
  meta: LevelMeta;
  sim: SimConfig;
}
