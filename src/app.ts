// What every screen shares: the DOM layer, the keyboard, the level catalog, the page's options and the audio.
// Built once in main.ts and handed to each scene.

import type { GameAudio } from './audio/game-audio';
import type { LevelCatalog } from './level-catalog';
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
  /** Things the player should know that are not part of the game: a bad URL option, a level left out. */
  notices: string[];
}

export const SCENES = {
  boot: 'boot',
  title: 'title',
  briefing: 'briefing',
  incident: 'incident',
  end: 'end',
  benchEmpty: 'bench-empty',
} as const;
