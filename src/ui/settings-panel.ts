// The title's Settings panel: speed, sound, captions and projector mode, each a row of buttons with the
// current choice lit; every change is saved at once and the panel drawn again. Its own module so the
// title scene keeps only the title's menu, and so the settings a player can change sit in one place.

import type { App } from '../app';
import { SPEEDS } from '../session/fixed-step-driver';
import { isProjector } from './projector-mode';
import { saveSettings, VOLUMES } from './settings-store';
import { escapeHtml } from './ui-layer';

export interface SettingsPanelHooks {
  /** Projector mode changes the whole page (the canvas's background too): the title does it. */
  toggleProjector: () => void;
  /** Draw the panel again after a change. */
  redraw: () => void;
}

export function drawSettingsPanel(panel: HTMLElement, app: App, hooks: SettingsPanelHooks): void {
  const settings = app.settings;
  const row = (name: string, values: readonly { value: string; label: string }[], current: string): string =>
    `<div class="choice-row" data-setting="${name}">${values.map((choice) => `<button data-value="${escapeHtml(choice.value)}" class="${choice.value === current ? 'primary' : ''}">${escapeHtml(choice.label)}</button>`).join('')}</div>`;
  const percent = VOLUMES.map((volume) => ({ value: String(volume), label: `${Math.round(volume * 100)} %` }));
  const onOff = [
    { value: 'on', label: 'On' },
    { value: 'off', label: 'Off' },
  ];
  panel.innerHTML = `
      <h2>Settings</h2>
      <p>Game speed when the incident starts (change it while playing with <kbd>+</kbd> and <kbd>-</kbd>):</p>
      ${row(
        'speed',
        SPEEDS.map((speed) => ({ value: String(speed), label: `${speed}×` })),
        String(settings.speed),
      )}
      <div class="setting-line"><span>Sound (<kbd>M</kbd> anywhere):</span> ${row('sound', onOff, settings.muted ? 'off' : 'on')}</div>
      <div class="setting-line"><span>Music and ambience:</span> ${row('music', percent, String(settings.musicVolume))}</div>
      <div class="setting-line"><span>Effects:</span> ${row('effects', percent, String(settings.effectsVolume))}</div>
      <div class="setting-line"><span>Captions for every sound:</span> ${row('captions', onOff, settings.captions ? 'on' : 'off')}</div>
      <div class="setting-line"><span>Projector mode, for a room (<kbd>P</kbd>):</span> ${row('projector', onOff, isProjector() ? 'on' : 'off')}</div>
      <p class="dim"><kbd>Esc</kbd> or <kbd>S</kbd> to close</p>`;
  panel.querySelectorAll<HTMLButtonElement>('.choice-row button').forEach((button) =>
    button.addEventListener('click', () => {
      const value = button.dataset['value']!;
      const setting = button.closest<HTMLElement>('.choice-row')!.dataset['setting'];
      if (setting === 'speed') settings.speed = Number(value);
      if (setting === 'sound' && (value === 'off') !== settings.muted) app.audio.toggleMute();
      if (setting === 'music') app.audio.setVolumes(Number(value), settings.effectsVolume);
      if (setting === 'effects') app.audio.setVolumes(settings.musicVolume, Number(value));
      if (setting === 'captions') settings.captions = value === 'on';
      if (setting === 'projector' && (value === 'on') !== isProjector()) return hooks.toggleProjector();
      saveSettings(settings);
      hooks.redraw();
    }),
  );
}
