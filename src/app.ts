// What every screen shares: the DOM layer, the keyboard, the level catalog, the page's options and the audio.
// Built once in main.ts and handed to each scene.

import type { GameAudio } from './audio/game-audio';
import type { Kiosk } from './kiosk/kiosk-controller';
import type { Talk } from './talk/talk-controller';
import type { LevelCatalog } from './level-catalog';
import type { CurrentRun } from './session/current-run';
import type { Keys } from './ui/keys';
import type { Settings } from './ui/settings-store';
import type { UiLayer } from './ui/ui-layer';
import type { UrlOptions } from './url-options';

export interface App {
  ui: UiLayer;
  keys: Keys;
  catalog: LevelCatalog;
  options: UrlOptions;
  settings: Settings;
  /** Sound and its captions; silent until the first key or click. */
  audio: GameAudio;
  /** Things the player should know that are not part of the game: a bad URL option, a level left out, a save kept aside. */
  notices: string[];
  /**
   * The run being played, set by the incident scene (and the end screen) while there is one, null
   * otherwise: what the crash screen offers to download if anything goes wrong.
   */
  currentRun: CurrentRun | null;
  /** Kiosk mode (`?kiosk=1`): the booth's attract loop, idle timer and board; null otherwise. */
  kiosk: Kiosk | null;
  /** Talk mode (`?talk=1`): the story's run moved on by the presenter's keys, a beat at a time; null otherwise. */
  talk: Talk | null;
}

export const SCENES = {
  boot: 'boot',
  title: 'title',
  briefing: 'briefing',
  incident: 'incident',
  end: 'end',
  benchEmpty: 'bench-empty',
  kioskBoard: 'kiosk-board',
} as const;

/** A problem outside the game (a file, storage, sound) told once: on screen now, and on the title's list of notices. */
export function tellProblem(app: App, problem: string): void {
  if (app.notices.includes(problem)) return;
  app.notices.push(problem);
  app.ui.toast(problem);
}
