// The M key on every screen: sound off or on, remembered across reloads.

import type { App } from '../app';
import { saveSettings } from './settings-store';

/** Toggles the sound and saves the choice; returns whether it is now muted. */
export function toggleMute(app: App): boolean {
  const muted = app.audio.toggleMute();
  saveSettings(app.settings);
  return muted;
}
